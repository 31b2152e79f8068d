// npm run bench: the engine's speed and memory as ratios against baselines measured in the same run.
// It measures the built package (packages/core/dist), as an application imports it.
//  1. assessSync() on a fixture case vs a hand-coded function computing the same fine, timed in turns.
//  2. loading a generated 10,000-offense pack: time, and heap retained after a full collection.
//  3. time per assessment with a 20-offense pack vs the 10,000-offense pack (should be ≈ 1).
//  4. validating 3,032 offenses on disk as `cailiang validate` does (the bureau's 32 rows, renamed
//     copies, and its cases), in a child process of the built packages: time and peak RSS.
// The last line is one JSON object of the figures; `npm run bench:check` compares it with the goals.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { assessSync, D, Registry, type AssessInputT } from "@cailiang/core";
import { fixtureRuleset, generalHeader, rulesetOf, sourceOf, theft } from "../packages/core/test/fixture-pack.js";

/** Calls per timed round of an assessment (the hand-coded baseline gets four times as many), and rounds. */
const N = 10_000;
const ROUNDS = 7;

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

/**
 * Times operations against each other: each is warmed up (V8 optimises assess() over its first
 * ~20,000 calls; it is timed warm, as a server runs it), then they are timed in turns, ROUNDS
 * rounds of `n` calls each, and each gets its median round. Taking turns means a change in the
 * machine's load (a shared 2-core machine) falls on all of them alike rather than on whichever
 * ran at the time; the median drops a round a neighbour disturbed.
 */
function timeAgainst(ops: Array<{ label: string; n: number; op: () => unknown }>): number[] {
  for (const { n, op } of ops) for (let i = 0; i < Math.max(n, 20_000); i++) op();
  const rounds = ops.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) {
    ops.forEach(({ n, op }, k) => {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) op();
      rounds[k]?.push(((performance.now() - t0) * 1000) / n);
    });
  }
  return ops.map(({ label }, k) => {
    const sorted = (rounds[k] ?? []).sort((a, b) => a - b);
    const us = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    const spread = `${(sorted[0] ?? 0).toFixed(2)}–${(sorted.at(-1) ?? 0).toFixed(2)}`;
    console.log(`${label.padEnd(48)} ${us.toFixed(2).padStart(9)} µs/op ${Math.round(1e6 / us).toLocaleString("en").padStart(10)} ops/s  (median of ${ROUNDS} rounds, ${spread})`);
    return us;
  });
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

/** Loads a generated pack; the heap is measured before its text exists and after it is dropped. */
async function loadTimed(label: string, count: number): Promise<{ registry: Registry; ms: number; mib: number }> {
  const heap0 = heapMiB();
  let source: ReturnType<typeof packOf> | undefined = packOf(count);
  const t0 = performance.now();
  const registry = await Registry.load([source]);
  const ms = performance.now() - t0;
  source = undefined;
  const mib = heapMiB() - heap0;
  console.log(`${label.padEnd(48)} load ${ms.toFixed(0)} ms, heap +${mib.toFixed(1)} MiB retained`);
  return { registry, ms, mib };
}

/** A rules folder of 3,032 offenses: the shipped version's 32 rows under new ids, 94⅔ times over. */
function writeLargePack(): string {
  const from = fileURLToPath(new URL("../rules/hebei-luquan-gxj/1.0.0", import.meta.url));
  const root = mkdtempSync(join(tmpdir(), "cailiang-bench-"));
  const to = join(root, "hebei-luquan-gxj", "1.0.0");
  cpSync(from, to, { recursive: true });
  const offenses = readdirSync(join(to, "offenses")).filter((f) => f.endsWith(".json"));
  for (let copy = 1, made = offenses.length; made < 3032; copy++) {
    for (const f of offenses) {
      if (made >= 3032) break;
      const o = JSON.parse(readFileSync(join(to, "offenses", f), "utf8")) as { id: string; concurrent?: string[] };
      o.id = `${o.id}-c${copy}`;
      o.concurrent = (o.concurrent ?? []).map((id) => `${id}-c${copy}`);
      writeFileSync(join(to, "offenses", `${o.id}.json`), `${JSON.stringify(o, null, 2)}\n`);
      made++;
    }
  }
  return root;
}

function validateLarge(): { ms: number; mib: number } {
  const dir = writeLargePack();
  try {
    const child = fileURLToPath(new URL("./validate-child.mjs", import.meta.url));
    const r = spawnSync(process.execPath, [child, dir], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`validate child failed: ${r.stderr}`);
    const { ms, maxRssMiB, offenses, issues } = JSON.parse(r.stdout) as { ms: number; maxRssMiB: number; offenses: number; issues: number };
    if (issues !== 0 || offenses !== 3032) throw new Error(`expected 3,032 valid offenses, got ${offenses} with ${issues} issue(s)`);
    console.log(`${"validate 3,032 offenses (child, built packages)".padEnd(48)} ${ms.toFixed(0)} ms, peak RSS ${maxRssMiB.toFixed(0)} MiB`);
    return { ms, mib: maxRssMiB };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fixture = await Registry.load([sourceOf(fixtureRuleset())]);
const expected = assessSync(fixture, input).fine?.recommended.point;
if (expected !== handCoded("12000.50")) throw new Error(`engine ${expected} and hand-coded ${handCoded("12000.50")} disagree`);

console.log("cailiang benchmark (Node " + process.version + ")\n");
const [hand, engine] = timeAgainst([
  { label: "hand-coded fine (baseline)", n: N * 4, op: () => handCoded("12000.50") },
  { label: "assessSync() on the fixture pack", n: N, op: () => assessSync(fixture, input) },
]) as [number, number];
console.log(`ratio assess / hand-coded: ${(engine / hand).toFixed(1)}×\n`);

const small = await loadTimed("20-offense pack", 20);
const large = await loadTimed("10,000-offense pack", 10_000);
const [tSmall, tLarge] = timeAgainst([
  { label: "assessSync() with 20 offenses", n: N, op: () => assessSync(small.registry, input) },
  { label: "assessSync() with 10,000 offenses", n: N, op: () => assessSync(large.registry, input) },
]) as [number, number];
console.log(`ratio 10,000 / 20 offenses: ${(tLarge / tSmall).toFixed(2)} (≈ 1: cost does not grow with the pack)\n`);

const validate = validateLarge();
const round = (x: number, places = 2) => Number(x.toFixed(places));
console.log(
  JSON.stringify({
    assessUs: round(engine),
    handUs: round(hand),
    assessVsHand: round(engine / hand),
    load10kMs: round(large.ms, 0),
    load10kMiB: round(large.mib, 1),
    largeVsSmall: round(tLarge / tSmall),
    validate3kMs: round(validate.ms, 0),
    validate3kMiB: round(validate.mib, 1),
  }),
);
