// The property that ties review to assessment: a decided case built from assess()'s own
// recommendation, by the procedure it requires, has no error finding; and every single defect
// planted in it is found.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadRegistryFromDir } from "@cailiang/core/node";
import { assess, D, formatMoney, review, type AssessInputT, type AssessResultT, type DecidedCaseT, type FindingCode, type Registry } from "@cailiang/core";

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistryFromDir("rules");
});

const money = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((fen) => (fen / 100).toFixed(2));
const casualties = fc.integer({ min: 0, max: 3 });

/** Offenses of the shipped pack with their facts: multiples, ranges with a minimum, conditional and confiscation rows. */
const offenseAndFacts = fc.oneof(
  money(200_000).map((unpaidFee) => ({ offense: "dlf-71", facts: { unpaidFee }, own: [] as string[] })),
  fc.record({ rectification: fc.constantFrom("partial", "none"), energyTce: fc.integer({ min: 0, max: 30_000 }) }).map((facts) => ({ offense: "jnf-83", facts, own: [] as string[] })),
  money(100_000).map((illegalGains) => ({ offense: "jnf-76", facts: { illegalGains }, own: [] as string[] })),
  fc.record({ lossAmount: money(500_000), casualties }).map((facts) => ({ offense: "dlf-65", facts, own: ["serious-circumstances"] })),
  fc.record({ goodsValue: money(2_000_000), casualties }).map((facts) => ({ offense: "mb-45-1", facts, own: ["overdue-correction", "serious-circumstances"] })),
  money(50_000).map((illegalGains) => ({ offense: "dgy-38-1", facts: { illegalGains }, own: [] as string[] })),
);

const GENERAL = ["minor-violation", "corrected-promptly", "no-harm", "minor-harm", "first-offense", "eliminated-harm", "coerced", "confessed", "meritorious", "repeat-offense", "refused-correction", "obstructed", "serious-harm"];
const EXCLUSIVE = [["no-harm", "minor-harm", "serious-harm"], ["corrected-promptly", "refused-correction"]];
const compatible = (ids: readonly string[], id: string) => !ids.includes(id) && EXCLUSIVE.every((g) => !g.includes(id) || !ids.some((x) => g.includes(x)));

const caseInput: fc.Arbitrary<AssessInputT> = fc
  .record({
    of: offenseAndFacts,
    picked: fc.subarray(GENERAL, { maxLength: 4 }),
    ownPicked: fc.subarray(["serious-circumstances", "overdue-correction"]),
    party: fc.oneof(
      fc.constant({ kind: "organization" as const }),
      fc.record({ kind: fc.constant("individual" as const), age: fc.oneof(fc.constant(null), fc.integer({ min: 12, max: 80 })), capacity: fc.constantFrom("full" as const, "partial" as const, "none" as const) }),
    ),
    // Discovery from the same month to three years after the act (art. 36: two years).
    lag: fc.integer({ min: 1, max: 1100 }),
  })
  .map(({ of, picked, ownPicked, party, lag }) => {
    const act = "2026-01-05";
    const discovered = addDays(act, lag);
    return {
      offense: of.offense,
      party,
      dates: { act, discovered, filed: addDays(discovered, 2), decision: addDays(discovered, 30) },
      facts: of.facts,
      circumstances: [...picked, ...ownPicked.filter((c) => of.own.includes(c))].reduce<string[]>((acc, id) => (compatible(acc, id) ? [...acc, id] : acc), []),
    };
  });

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The decided case a careful officer writes from the assessment: its penalties, its point, its procedure. */
function decidedFrom(input: AssessInputT, r: AssessResultT): DecidedCaseT {
  const penalized = r.outcome === "penalty" || r.outcome === "may-waive";
  const { decision, ...dates } = input.dates;
  return {
    ...input,
    dates,
    caseNumber: "P-1",
    decided: {
      procedure: r.procedure.summary ? "summary" : "ordinary",
      penalties: penalized ? r.penalties.map((p) => (p.type === "fine" && r.fine ? { type: p.type, amount: r.fine.recommended.point ?? r.fine.recommended.min } : { type: p.type })) : [],
      hearingOffered: r.procedure.hearing,
      legalReviewed: r.procedure.legalReview,
      collectiveDiscussed: r.procedure.collectiveDiscussion,
      dates: { filed: input.dates.filed ?? undefined, decided: decision },
    },
  };
}

type Plant = (c: DecidedCaseT, r: AssessResultT) => DecidedCaseT | null;
const withDecided = (c: DecidedCaseT, d: Partial<DecidedCaseT["decided"]>): DecidedCaseT => ({ ...c, decided: { ...c.decided, ...d } });
const fineAt = (c: DecidedCaseT) => (c.decided.penalties ?? []).findIndex((p) => p.type === "fine");
const setFine = (c: DecidedCaseT, amount: string) => withDecided(c, { penalties: (c.decided.penalties ?? []).map((p) => (p.type === "fine" ? { ...p, amount } : p)) });
const penalized = (c: DecidedCaseT) => (c.decided.penalties ?? []).length > 0;
const hasReductionGround = (r: AssessResultT) => r.fine?.reduced === true || r.circumstances.some((x) => x.effect === "reduce" || x.effect === "mitigate-or-reduce");

/** Each planted defect, where it can be planted in this case. */
const PLANTS: Partial<Record<FindingCode, Plant>> = {
  FINE_ABOVE_STATUTORY_MAX: (c, r) => (r.fine && fineAt(c) >= 0 ? setFine(c, formatMoney(D(r.fine.statutory.max).plus(1))) : null),
  FINE_BELOW_STATUTORY_MIN: (c, r) => (r.fine && fineAt(c) >= 0 && D(r.fine.statutory.min).gte(1) && !hasReductionGround(r) ? setFine(c, formatMoney(D(r.fine.statutory.min).minus(1))) : null),
  FINE_OUTSIDE_RECOMMENDED: (c, r) => {
    if (!r.fine || fineAt(c) < 0) return null;
    const above = D(r.fine.recommended.max).plus(1);
    if (above.lte(r.fine.statutory.max) && above.gte(r.fine.statutory.min)) return setFine(c, formatMoney(above));
    const below = D(r.fine.recommended.min).minus(1);
    return below.gte(r.fine.statutory.min) && below.gt(0) ? setFine(c, formatMoney(below)) : null;
  },
  PENALTY_TYPE_NOT_ALLOWED: (c, r) => (r.outcome === "penalty" || r.outcome === "may-waive" || r.outcome === "measures-only" ? withDecided(c, { penalties: [...(c.decided.penalties ?? []), { type: "detention" }] }) : null),
  MANDATORY_PENALTY_MISSING: (c, r) => {
    const m = r.outcome === "penalty" ? r.penalties.find((p) => p.mandatory) : undefined;
    return m ? withDecided(c, { penalties: (c.decided.penalties ?? []).filter((p) => p.type !== m.type) }) : null;
  },
  PENALIZED_BUT_EXEMPT: (c, r) => (r.outcome === "no-penalty" ? withDecided(c, { penalties: [{ type: "warning" }] }) : null),
  TIME_BARRED: (c, r) => (r.outcome === "time-barred" ? withDecided(c, { penalties: [{ type: "warning" }] }) : null),
  SUMMARY_NOT_ALLOWED: (c, r) => (penalized(c) && !r.procedure.summary ? withDecided(c, { procedure: "summary" }) : null),
  HEARING_NOT_OFFERED: (c, r) => (penalized(c) && r.procedure.hearing ? withDecided(c, { hearingOffered: false }) : null),
  LEGAL_REVIEW_MISSING: (c, r) => (penalized(c) && r.procedure.legalReview ? withDecided(c, { legalReviewed: false }) : null),
  COLLECTIVE_DISCUSSION_MISSING: (c, r) => (penalized(c) && r.procedure.collectiveDiscussion ? withDecided(c, { collectiveDiscussed: false }) : null),
  FILING_LATE: (c, r) => {
    const file = r.procedure.deadlines.file;
    if (c.decided.procedure !== "ordinary" || !file) return null;
    const filed = addDays(file, 1);
    return filed <= c.decided.dates.decided ? withDecided(c, { dates: { ...c.decided.dates, filed } }) : null;
  },
  DECISION_LATE: (c, r) => {
    const decide = r.procedure.deadlines.decide;
    return c.decided.procedure === "ordinary" && decide ? withDecided(c, { dates: { ...c.decided.dates, decided: addDays(decide, 1) } }) : null;
  },
  HEAVIER_THAN_NOTIFIED: (c) => {
    const f = (c.decided.penalties ?? []).find((p) => p.type === "fine");
    return f?.amount !== undefined && D(String(f.amount)).gte(1) ? withDecided(c, { notifiedFine: formatMoney(D(String(f.amount)).minus(1)) }) : null;
  },
};

describe("review against assess() (property)", () => {
  it("a case decided as assessed has no error finding; each planted defect is found", async () => {
    const planted = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(caseInput, async (input) => {
        let r: AssessResultT;
        try {
          r = await assess(registry, input);
        } catch {
          return; // inputs the engine refuses (e.g. a fact a tier needs) are not decided cases
        }
        const clean = decidedFrom(input, r);
        const findings = await review(registry, clean);
        expect(findings.filter((f) => f.severity === "error")).toEqual([]);
        for (const [code, plant] of Object.entries(PLANTS)) {
          const c = plant(clean, r);
          if (!c) continue;
          planted.set(code, (planted.get(code) ?? 0) + 1);
          const got = await review(registry, c);
          expect(got.map((f) => f.code), `${code} in ${JSON.stringify(c)}`).toContain(code);
        }
      }),
      { numRuns: 300 },
    );
    // The generator reaches every defect it can plant.
    expect([...planted.keys()].sort()).toEqual(Object.keys(PLANTS).sort());
  });
});
