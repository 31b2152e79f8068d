// npm run bench: the engine's speed as ratios against baselines measured in the same run.
//  1. assess() on a fixture case vs a hand-coded function computing the same fine.
//  2. time per assessment with a 20-offense pack vs a generated 10,000-offense pack (should be ~1).
import { performance } from "node:perf_hooks";
import { assess, D, Registry, type AssessInputT } from "@cailiang/core";
import { fixtureRuleset, generalHeader, rulesetOf, sourceOf, theft } from "../packages/core/test/fixture-pack.js";

const input: AssessInputT = {
  offense: "theft",
  party: { kind: "organization" },
  dates: { act: "2025-03-01", discovered: "2025-05-20", filed: "2025-05-22", decision: "2025-06-10" },
  facts: { unpaidFee: "12000.50" },
  circumstances: ["eliminated-harm"],
};

/** The same case by hand: 一般 tier (1–3 × fee), one mandatory mitigating circumstance, to the yuan, down. */
function handCoded(fee: string): string {
  const f = D(fee);
  const lo = f.times(1);
  const hi = f.times(3);
  const mid = lo.plus(hi).div(2);
  return mid.minus(hi.minus(lo).div(4)).toDecimalPlaces(0, D.ROUND_DOWN).toString();
}

async function timePerOp(label: string, n: number, op: () => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < Math.min(n, 500); i++) await op(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await op();
  const us = ((performance.now() - t0) * 1000) / n;
  console.log(`${label.padEnd(48)} ${us.toFixed(2).padStart(9)} µs/op ${Math.round(1e6 / us).toLocaleString("en").padStart(10)} ops/s`);
  return us;
}

function packOf(count: number) {
  const offenses = Array.from({ length: count }, (_, i) => theft({ id: i === 0 ? "theft" : `theft-${i}`, title: `盗窃电能 ${i}` }));
  return sourceOf(rulesetOf(generalHeader(), offenses));
}

/** Heap in use after a full collection (the bench runs with --expose-gc). */
function heapMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

async function loadTimed(label: string, source: ReturnType<typeof sourceOf>): Promise<Registry> {
  const heap0 = heapMiB();
  const t0 = performance.now();
  const r = await Registry.load([source]);
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(48)} load ${ms.toFixed(0)} ms, heap +${(heapMiB() - heap0).toFixed(1)} MiB retained`);
  return r;
}

const fixture = await Registry.load([sourceOf(fixtureRuleset())]);
const expected = (await assess(fixture, input)).fine?.recommended.point;
if (expected !== handCoded("12000.50")) throw new Error(`engine ${expected} and hand-coded ${handCoded("12000.50")} disagree`);

console.log("cailiang benchmark (Node " + process.version + ")\n");
const N = 20_000;
const hand = await timePerOp("hand-coded fine (baseline)", N * 10, () => handCoded("12000.50"));
const engine = await timePerOp("assess() on the fixture pack", N, () => assess(fixture, input));
console.log(`ratio assess / hand-coded: ${(engine / hand).toFixed(1)}×\n`);

const small = await loadTimed("20-offense pack", packOf(20));
const large = await loadTimed("10,000-offense pack", packOf(10_000));
const tSmall = await timePerOp("assess() with 20 offenses", N, () => assess(small, input));
const tLarge = await timePerOp("assess() with 10,000 offenses", N, () => assess(large, input));
console.log(`ratio 10,000 / 20 offenses: ${(tLarge / tSmall).toFixed(2)} (≈ 1: cost does not grow with the pack)`);
