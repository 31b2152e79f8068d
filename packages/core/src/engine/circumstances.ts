import type { CompiledOffense } from "../model.js";
import type { AssessInputParsed } from "../schema/assessment.js";
import type { CircumstanceEffect } from "../schema/vocabulary.js";
import { sentence } from "../messages/explanations.js";

export interface AppliedCircumstance {
  id: string;
  title: string;
  titleEn: string;
  effect: CircumstanceEffect;
  mandatory: boolean;
  basis: string;
  harm: boolean;
}

const MITIGATING: ReadonlySet<CircumstanceEffect> = new Set(["mitigate", "reduce", "mitigate-or-reduce"]);

export function isMitigating(c: AppliedCircumstance): boolean {
  return MITIGATING.has(c.effect);
}

/** A 减轻 basis: only these effects may take a fine below the statutory minimum. */
export function allowsReduction(c: AppliedCircumstance): boolean {
  return c.effect === "reduce" || c.effect === "mitigate-or-reduce";
}

/**
 * The circumstances found, as declared by the ruleset or the offense, plus those that come from
 * the party rather than from a finding: age 14–17 (art. 30) and partial capacity (art. 31).
 */
export function appliedCircumstances(offense: CompiledOffense, party: AssessInputParsed["party"], found: readonly string[]): AppliedCircumstance[] {
  const out: AppliedCircumstance[] = found.map((id) => {
    const c = offense.circumstances.get(id);
    if (!c) throw new Error(`circumstance ${id} was checked but is unknown`);
    return { id: c.id, title: c.title, titleEn: c.titleEn ?? c.id, effect: c.effect, mandatory: c.mandatory, basis: c.basis, harm: c.harm ?? false };
  });
  if (party.kind === "individual" && party.age != null && party.age >= 14 && party.age < 18) {
    // 行政处罚法第三十条: 已满十四周岁不满十八周岁 → 应当从轻或者减轻.
    const t = sentence.MINOR_14_TO_17();
    out.push({ id: "minor-14-17", title: t.zh, titleEn: t.en, effect: "mitigate-or-reduce", mandatory: true, basis: "行政处罚法第三十条", harm: false });
  }
  if (party.kind === "individual" && party.capacity === "partial") {
    // 行政处罚法第三十一条: 尚未完全丧失辨认或者控制自己行为能力 → 可以从轻或者减轻.
    const t = sentence.PARTIAL_CAPACITY();
    out.push({ id: "partial-capacity", title: t.zh, titleEn: t.en, effect: "mitigate-or-reduce", mandatory: false, basis: "行政处罚法第三十一条", harm: false });
  }
  return out;
}
