import type { ConditionFacts } from "../conditions/compile.js";
import type { PreparedConditions } from "../conditions/prepared.js";
import { circumstanceOfKey } from "../conditions/circumstance-atom.js";
import { ReferenceConditions } from "../conditions/reference.js";
import type { CompiledOffense } from "../model.js";
import { parseDecimal } from "../money.js";
import type { Finding } from "./check-conditions.js";
import { describe } from "./check-coverage.js";
import { constantsByFact, type Axis } from "./regions.js";

/**
 * A compiled group of conditions must say what json-rules-engine says on every boundary point of
 * its facts: each region of each fact, the others at their first region. A disagreement refuses
 * the pack, naming the entry, its condition and the facts.
 */
export async function referenceDisagreement(o: CompiledOffense, group: PreparedConditions, axes: readonly Axis[] | null): Promise<Finding[]> {
  const reference = new ReferenceConditions(group.entries);
  for (const point of boundaryPoints(axes ?? rawAxes(o, group))) {
    const compiled = group.matching(point).sort();
    const expected = (await reference.matching(point)).sort();
    if (compiled.join() !== expected.join()) {
      const conditions = group.entries.filter((e) => compiled.includes(e.id) !== expected.includes(e.id)).map((e) => `${e.id} ${JSON.stringify(e.when)}`);
      const found = `${describe(point)}: ${conditions.join("; ")} (compiled [${compiled.join(", ")}], json-rules-engine [${expected.join(", ")}])`;
      return [
        {
          code: "CONDITION_ENGINE_MISMATCH",
          zh: `编译后的条件与 json-rules-engine 的结果不一致：${found}。请报告此缺陷`,
          en: `The compiled conditions disagree with json-rules-engine: ${found}. Please report this defect`,
        },
      ];
    }
  }
  return [];
}

/** Each region of each fact, with every other fact at its first region. */
function* boundaryPoints(axes: readonly Axis[]): Generator<ConditionFacts> {
  const first = Object.fromEntries(axes.map((a) => [a.fact, a.reps[0]]));
  yield first;
  for (const a of axes) for (const v of a.reps.slice(1)) yield { ...first, [a.fact]: v };
}

/** Where constants do not fit a fact's type, the constants themselves are the points compared. */
function rawAxes(o: CompiledOffense, group: PreparedConditions): Axis[] {
  const numeric = (fact: string) => ["money", "number", "integer"].includes(o.facts.get(fact)?.type ?? "");
  return [...constantsByFact(group)].map(([fact, values]) => {
    if (circumstanceOfKey(fact) !== undefined) return { fact, reps: [true, false], points: 0n };
    const reps = [...new Set(values)].map((v) => (numeric(fact) && (typeof v === "string" || typeof v === "number") ? (parseDecimal(v) ?? v) : v));
    return { fact, reps: reps.length > 0 ? reps : [null], points: 0n };
  });
}
