// npm run differential -- --old <core dist/index.js> [--count 10000] [--seed 7] [--keep-going] [--ignore-hash]
// Proves that a refactor of the engine changes no answer: random cases over every offense of the
// shipped packs and of the two-version fixture (art. 37) go through an old build of @cailiang/core
// and through this tree's source, and every result (or error) must agree byte for byte.
// Build the old side from any commit:
//   git worktree add /tmp/old <commit> && (cd /tmp/old && npm ci && npm run build)
//   npm run differential -- --old /tmp/old/packages/core/dist/index.js
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import * as next from "@cailiang/core";
import { readRulesDir } from "@cailiang/core/node";
import { alternatives, explosives, generalHeader, noFine, refusedOnly, rulesetOf, sourceOf, theft, theftUpTo } from "../packages/core/test/fixture-pack.js";

type Core = Pick<typeof next, "Registry" | "assess">;
type Source = next.RulesetSource;

const { values: args } = parseArgs({
  options: { old: { type: "string" }, count: { type: "string", default: "10000" }, seed: { type: "string", default: "7" }, "keep-going": { type: "boolean", default: false }, "ignore-hash": { type: "boolean", default: false } },
});
if (!args.old) throw new Error("--old <path to the old build's dist/index.js> is required");
const old = (await import(pathToFileURL(resolve(args.old)).href)) as Core;
const COUNT = Number(args.count);

/** mulberry32: a small seeded generator, so a run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(Number(args.seed));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const chance = (p: number) => rand() < p;
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

function day(iso: string, plus: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plus);
  return d.toISOString().slice(0, 10);
}

/** Every threshold a condition tree compares a fact with. */
function thresholds(c: unknown, into: Map<string, string[]>): void {
  if (!c || typeof c !== "object") return;
  const o = c as Record<string, unknown>;
  for (const k of ["all", "any"]) if (Array.isArray(o[k])) (o[k] as unknown[]).forEach((x) => thresholds(x, into));
  if (o.not) thresholds(o.not, into);
  if (typeof o.fact === "string") {
    const list = into.get(o.fact) ?? [];
    for (const v of Array.isArray(o.value) ? o.value : [o.value]) list.push(String(v));
    into.set(o.fact, list);
  }
}

function numberNear(points: readonly string[], integer: boolean): string | number {
  const step = integer ? 1 : 0.01;
  if (points.length > 0 && chance(0.7)) {
    const t = Number(pick(points));
    const v = Math.max(0, t + pick([-step, 0, step]));
    return integer ? Math.round(v) : v.toFixed(2);
  }
  const v = integer ? int(0, 200) : int(0, 5_000_000) / 100;
  return chance(0.5) ? v : integer ? String(v) : v.toFixed(2);
}

interface Offense {
  id: string;
  facts: Array<{ name: string; type: string; required: boolean; values?: Array<{ value: string }> }>;
  circumstances: Array<{ id: string }>;
  tiers: Array<{ when?: unknown }>;
  statutory: { fine?: { kind: string; options?: Array<{ when: unknown }> } | null };
  filingThreshold?: unknown;
}

interface Pack {
  sources: Source[];
  offenses: Offense[];
  general: string[];
  /** The span of dates the versions cover, to draw acts from (and a little before and after). */
  from: string;
  to: string;
}

function randomFacts(o: Offense): Record<string, unknown> {
  const th = new Map<string, string[]>();
  (o.tiers ?? []).forEach((t) => thresholds(t.when, th));
  o.statutory?.fine?.options?.forEach((x) => thresholds(x.when, th));
  thresholds(o.filingThreshold, th);
  const facts: Record<string, unknown> = {};
  for (const f of o.facts ?? []) {
    if (f.required === false && chance(0.3)) continue;
    const points = th.get(f.name) ?? [];
    switch (f.type) {
      case "money":
      case "number":
        facts[f.name] = numberNear(points, false);
        break;
      case "integer":
        facts[f.name] = numberNear(points, true);
        break;
      case "boolean":
        facts[f.name] = chance(0.5);
        break;
      case "enum":
        facts[f.name] = pick((f.values ?? []).map((v) => v.value));
        break;
      case "date":
        facts[f.name] = day("2026-01-01", int(-400, 400));
        break;
    }
  }
  // Now and then a bad input, so the errors are compared too.
  if (chance(0.03) && o.facts?.[0]) facts[o.facts[0].name] = pick(["-5", "abc", true, "1.234", "1e3"]);
  if (chance(0.01)) facts.notDeclared = "1";
  return facts;
}

function randomCase(pack: Pack): Record<string, unknown> {
  const o = pick(pack.offenses);
  const ids = [...pack.general, ...(o.circumstances ?? []).map((c) => c.id)];
  const circumstances = ids.filter(() => chance(0.12));
  const span = Math.round((Date.parse(pack.to) - Date.parse(pack.from)) / 86_400_000);
  const act = day(pack.from, int(-60, span + 60));
  const discovered = day(act, int(0, chance(0.15) ? 2200 : 700));
  const filed = day(discovered, int(0, 15));
  const decision = day(filed, int(0, 120));
  const individual = chance(0.4);
  const party = individual
    ? { kind: "individual", age: pick([null, undefined, int(10, 80), 15, 17]), capacity: pick(["full", "full", "partial", "none", undefined]) }
    : { kind: "organization" };
  const concurrent = chance(0.1) ? [pick(pack.offenses).id] : undefined;
  return {
    ...(chance(0.9) ? {} : { ruleset: undefined }),
    offense: o.id,
    ...(concurrent ? { concurrent } : {}),
    party,
    dates: { act, discovered: chance(0.93) ? discovered : null, filed: chance(0.93) ? filed : undefined, decision },
    facts: { ...randomFacts(o), ...(concurrent ? randomFacts(pack.offenses.find((x) => x.id === concurrent[0]) as Offense) : {}) },
    circumstances,
  };
}

/** With --ignore-hash (across the change that put the holiday calendar into the hash), hashes are left out. */
const HASH = /"hash":"sha256:[0-9a-f]{64}"/g;

async function answer(core: Core, registry: unknown, input: unknown): Promise<string> {
  try {
    const json = JSON.stringify(await core.assess(registry as never, input));
    return args["ignore-hash"] ? json.replace(HASH, '"hash":"…"') : json;
  } catch (err) {
    const e = err as { toJSON?: () => unknown; message?: string };
    return JSON.stringify(e.toJSON ? e.toJSON() : { thrown: String(e.message) });
  }
}

function packOf(sources: Source[]): Pack {
  const defs = sources.map((s) => s.files.map((f) => JSON.parse(f.text) as { offenses?: Offense[]; effectiveFrom?: string; effectiveTo?: string | null; circumstances?: Array<{ id: string }> }));
  const heads = defs.map((files) => files[0] as NonNullable<(typeof files)[0]>);
  const offenses = new Map<string, Offense>();
  for (const files of defs) for (const [i, f] of files.entries()) for (const o of i === 0 ? (f.offenses ?? []) : [f as unknown as Offense]) offenses.set(o.id, o);
  const from = heads.map((h) => h.effectiveFrom as string).sort()[0] as string;
  const to = heads.map((h) => h.effectiveTo ?? day(h.effectiveFrom as string, 365)).sort().at(-1) as string;
  return { sources, offenses: [...offenses.values()], general: (heads[0]?.circumstances ?? []).map((c) => c.id), from, to };
}

const shipped = packOf((await readRulesDir("rules")).map((v) => v.source));
const v1 = { version: "1.0.0", effectiveFrom: "2024-01-01", effectiveTo: "2024-12-31" };
const v2 = { version: "2.0.0", effectiveFrom: "2025-01-01", effectiveTo: null };
// Version 2 keeps theft lighter (three times the fee at most), drops no-fine, and keeps the rest.
const lighterTheft = theftUpTo(3);
lighterTheft.tiers = theft().tiers.map((t, i) => ({ ...t, fine: { kind: "multiple" as const, min: ["0", "1", "2"][i] as string, max: ["1", "2", "3"][i] as string } }));
const twoVersions = packOf([
  sourceOf(rulesetOf(generalHeader(v1), [theft(), explosives(), noFine(), refusedOnly(), alternatives()]), "fixture/1.0.0.json"),
  sourceOf(rulesetOf(generalHeader(v2), [lighterTheft, explosives(), refusedOnly(), alternatives()]), "fixture/2.0.0.json"),
]);

let same = 0;
const changed = new Map<string, number>();
/** What the cases came to (outcome or error code), so a run shows it exercised every path. */
const tally = new Map<string, number>();
const kind = (json: string) => {
  const v = JSON.parse(json) as { outcome?: string; error?: { code: string }; concurrent?: unknown[]; alternative?: unknown };
  return v.error ? `error ${v.error.code}` : `${v.outcome}${v.concurrent?.length ? " art.29" : ""}${v.alternative ? " art.37" : ""}`;
};
const tty = process.stderr.isTTY;
for (const pack of [shipped, twoVersions]) {
  const registries = { old: await old.Registry.load(pack.sources as never), next: await next.Registry.load(pack.sources) };
  const n = pack === shipped ? Math.ceil(COUNT * 0.8) : COUNT - Math.ceil(COUNT * 0.8);
  for (let i = 0; i < n; i++) {
    const input = randomCase(pack);
    const [a, b] = [await answer(old, registries.old, input), await answer(next, registries.next, input)];
    if (a !== b) {
      if (!args["keep-going"]) {
        console.error(`\nDIFFERENT on case ${JSON.stringify(input)}\nold:  ${a}\nnew:  ${b}`);
        process.exit(1);
      }
      // After a deliberate change: say what kinds of answers moved, and go on.
      const moved = `${kind(a)} → ${kind(b)}`;
      changed.set(moved, (changed.get(moved) ?? 0) + 1);
      continue;
    }
    same++;
    tally.set(kind(a), (tally.get(kind(a)) ?? 0) + 1);
    if (tty && same % 250 === 0) process.stderr.write(`\r${same} / ${COUNT} identical`);
  }
}
if (tty) process.stderr.write("\n");
console.log([...tally].sort((x, y) => y[1] - x[1]).map(([k, n]) => `  ${k}: ${n}`).join("\n"));
for (const [moved, n] of changed) console.log(`  changed ${moved}: ${n}`);
console.log(`differential: ${same} of ${COUNT} cases identical byte for byte (seed ${args.seed})`);
if (same !== COUNT) process.exitCode = 1;
