import type Decimal from "decimal.js";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { assess, D, Registry, type AssessResultT } from "../src/index.js";
import { AGGRAVATING, MITIGATING, caseInput, compatible } from "./arbitraries.js";
import { fixtureRuleset, generalHeader, rulesetOf, sourceOf, theft, theftUpTo } from "./fixture-pack.js";

let registry: Registry;
beforeAll(async () => {
  registry = await Registry.load([sourceOf(fixtureRuleset())]);
});

const RUNS = { numRuns: 300 };
const point = (r: AssessResultT) => (r.fine ? D(r.fine.recommended.point ?? r.fine.recommended.max) : D(-1));

describe("legal invariants (fast-check)", () => {
  it("the fine never exceeds the statutory maximum nor goes below zero (nor is zero: a fine of 0 is no fine)", async () => {
    await fc.assert(
      fc.asyncProperty(caseInput, async (i) => {
        const r = await assess(registry, i);
        if (!r.fine) return;
        const max = D(r.fine.statutory.max);
        const p = r.fine.recommended.point ?? r.fine.recommended.max;
        for (const v of [r.fine.band.min, r.fine.band.max, r.fine.recommended.min, r.fine.recommended.max, p]) {
          expect(D(v).gt(0)).toBe(true);
          expect(D(v).lte(max)).toBe(true);
        }
        expect(D(r.fine.recommended.min).lte(p)).toBe(true);
        expect(D(p).lte(r.fine.recommended.max)).toBe(true);
      }),
      RUNS,
    );
  });

  /** Adding one circumstance of `ids` to any case moves the recommended point only as `holds` allows. */
  const adding = (ids: readonly string[], holds: (after: Decimal, before: Decimal) => boolean) =>
    fc.assert(
      fc.asyncProperty(caseInput, fc.constantFrom(...ids), async (i, extra) => {
        fc.pre(compatible(i.circumstances ?? [], extra));
        const before = await assess(registry, i);
        const after = await assess(registry, { ...i, circumstances: [...(i.circumstances ?? []), extra] });
        expect(holds(point(after), point(before))).toBe(true);
      }),
      RUNS,
    );

  it("adding an aggravating circumstance never lowers the recommended fine", () => adding(AGGRAVATING, (after, before) => after.gte(before)));

  it("adding a mitigating circumstance never raises the recommended fine", () => adding(MITIGATING, (after, before) => after.lte(before)));

  it("减轻 results lie below the statutory minimum only with a 减轻 basis", async () => {
    await fc.assert(
      fc.asyncProperty(caseInput, async (i) => {
        const r = await assess(registry, i);
        if (!r.fine || !point(r).lt(r.fine.statutory.min)) return;
        expect(r.fine.reduced).toBe(true);
        expect(r.circumstances.some((c) => c.effect === "reduce" || c.effect === "mitigate-or-reduce")).toBe(true);
        expect(r.circumstances.some((c) => c.effect === "aggravate")).toBe(false);
      }),
      RUNS,
    );
  });

  it("with no aggravating circumstance, a mandatory mitigating one keeps the point at or below the middle of the band", async () => {
    await fc.assert(
      fc.asyncProperty(caseInput, async (i) => {
        const r = await assess(registry, i);
        if (!r.fine || r.fine.reduced || !r.circumstances.some((c) => c.mandatory && c.effect.startsWith("mitigate"))) return;
        if (r.circumstances.some((c) => c.effect === "aggravate")) return;
        const mid = D(r.fine.band.min).plus(r.fine.band.max).div(2);
        expect(point(r).lte(mid.plus(1))).toBe(true);
      }),
      RUNS,
    );
  });

  it("the Chinese text names offenses, facts and circumstances by title, never by id; every entry's articles carry their text", async () => {
    const def = fixtureRuleset();
    const ids = [
      ...(def.offenses ?? []).flatMap((o) => [o.id, ...(o.facts ?? []).map((f) => f.name), ...(o.circumstances ?? []).map((c) => c.id)]),
      ...def.circumstances.map((c) => c.id),
    ];
    await fc.assert(
      fc.asyncProperty(caseInput, async (i) => {
        const r = await assess(registry, i);
        for (const text of [...r.explanation.map((e) => e.zh), ...r.warnings.map((w) => w.zh)]) {
          for (const id of ids) expect(text, id).not.toMatch(new RegExp(`(^|[^A-Za-z-])${id}([^A-Za-z-]|$)`));
        }
        for (const e of r.explanation) {
          for (const ref of e.refs) if (ref.kind === "law" && ref.law === "行政处罚法") expect(ref.text, JSON.stringify(ref)).toBeTruthy();
        }
      }),
      RUNS,
    );
  });

  it("a 减轻 ground always offers the range below a statutory minimum above zero, down to the floor, never to zero", async () => {
    await fc.assert(
      fc.asyncProperty(caseInput, async (i) => {
        const r = await assess(registry, i);
        if (!r.fine) return;
        const ground = r.circumstances.some((c) => c.effect === "reduce" || c.effect === "mitigate-or-reduce");
        const min = D(r.fine.statutory.min);
        expect(r.fine.reduction !== null).toBe(ground && min.gt(0));
        if (!r.fine.reduction) return;
        expect(D(r.fine.reduction.max).lt(min)).toBe(true);
        expect(D(r.fine.reduction.min).gt(0)).toBe(true);
        expect(D(r.fine.reduction.min).gte(min.times("0.5").floor())).toBe(true);
      }),
      RUNS,
    );
  });

  it("under 14 or without capacity, or minor + corrected + no harm: never a penalty", async () => {
    await fc.assert(
      fc.asyncProperty(caseInput, fc.integer({ min: 0, max: 13 }), async (i, age) => {
        const child = await assess(registry, { ...i, party: { kind: "individual", age } });
        expect(child.outcome).toBe("no-penalty");
        expect(child.penalties).toEqual([]);
        const ids = (i.circumstances ?? []).filter((c) => !["refused-correction", "minor-harm", "serious-harm"].includes(c));
        const art33 = await assess(registry, { ...i, circumstances: [...new Set([...ids, "minor-violation", "corrected-promptly", "no-harm"])] });
        expect(art33.outcome).toBe("no-penalty");
        expect(art33.fine).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it("assessment is deterministic: the same input and ruleset hash give the same output", async () => {
    const again = await Registry.load([sourceOf(fixtureRuleset())]);
    await fc.assert(
      fc.asyncProperty(caseInput, async (i) => {
        const a = await assess(registry, i);
        const b = await assess(again, structuredClone(i));
        expect(b).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it("the lex-mitior result is never heavier than either version's: outcome first, then the statutory maximum, then the fine (art. 37)", async () => {
    const multiple = fc.integer({ min: 1, max: 10 });
    const fraction = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })).map(([a, b]) => [Math.min(a, b) / 10, Math.max(a, b) / 10] as const);
    const circumstances = fc.subarray(["eliminated-harm", "confessed", "repeat-offense", "obstructed", "minor-violation", "corrected-promptly", "no-harm", "first-offense"]).filter((ids) => !(ids.includes("repeat-offense") && ids.includes("first-offense")));
    const outcomeRank = (o: string) => (o === "penalty" ? 2 : o === "may-waive" ? 1 : 0);
    await fc.assert(
      fc.asyncProperty(multiple, multiple, fraction, fraction, fc.integer({ min: 0, max: 10_000_000 }), circumstances, async (m1, m2, b1, b2, fen, found) => {
        const version = (max: number, band: readonly [number, number], v: string, from: string, to: string | null) => {
          const o = theftUpTo(max);
          o.tiers = theft().tiers.map((t) => ({ ...t, fine: { kind: "fraction", min: String(band[0]), max: String(band[1]) } }));
          return sourceOf(rulesetOf(generalHeader({ version: v, effectiveFrom: from, effectiveTo: to }), [o]), `${v}.json`);
        };
        const both = await Registry.load([version(m1, b1, "1.0.0", "2024-01-01", "2024-12-31"), version(m2, b2, "2.0.0", "2025-01-01", null)]);
        const only1 = await Registry.load([version(m1, b1, "1.0.0", "2024-01-01", null)]);
        const only2 = await Registry.load([version(m2, b2, "2.0.0", "2024-01-01", null)]);
        const i = { offense: "theft", party: { kind: "organization" as const }, dates: { act: "2024-06-01", discovered: "2024-07-01", filed: "2024-07-02", decision: "2025-02-01" }, facts: { unpaidFee: (fen / 100).toFixed(2) }, circumstances: found };
        const chosen = await assess(both, i);
        for (const alone of [await assess(only1, i), await assess(only2, i)]) {
          const [co, ao] = [outcomeRank(chosen.outcome), outcomeRank(alone.outcome)];
          expect(co).toBeLessThanOrEqual(ao);
          if (co < ao || co === 0) continue;
          const [cm, am] = [D(chosen.fine?.statutory.max ?? 0), D(alone.fine?.statutory.max ?? 0)];
          expect(cm.lt(am) || (cm.eq(am) && point(chosen).lte(point(alone)))).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });

  it("a rule pack round-trips through load without loss", async () => {
    const band = fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 })).map(([a, b]) => [Math.min(a, b) / 10, Math.max(a, b) / 10] as const);
    await fc.assert(
      fc.asyncProperty(fc.array(band, { minLength: 3, maxLength: 3 }), fc.string({ minLength: 1, maxLength: 20 }), async (bands, title) => {
        const o = theft({ title });
        o.tiers = theft().tiers.map((t, k) => ({ ...t, fine: { kind: "multiple", min: String(bands[k]?.[0]), max: String(bands[k]?.[1]) } }));
        const first = await Registry.load([sourceOf(rulesetOf(generalHeader(), [o]))]);
        const def = first.get("fixture").def;
        const second = await Registry.load([sourceOf(def)]);
        expect(second.get("fixture").def).toEqual(def);
        expect(second.get("fixture").hash).toBe(first.get("fixture").hash);
      }),
      { numRuns: 40 },
    );
  });
});
