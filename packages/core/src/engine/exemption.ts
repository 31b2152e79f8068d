import { MEASURE_TYPES, type MeasureType } from "../schema/vocabulary.js";
import type { MeasureOut, OffenseContext } from "./context.js";
import { explain } from "./explain.js";
import type { ExplanationEntryT } from "../schema/assessment.js";
import { joinTexts, type Text } from "../messages/catalogue.js";
import { sentence } from "../messages/explanations.js";

export interface Exemption {
  /** exempt = 不予处罚 (mandatory); may-exempt = 可以不予处罚 (discretionary); null = neither. */
  kind: "exempt" | "may-exempt" | null;
  explanation: ExplanationEntryT[];
  /** What the law orders instead of a penalty (arts. 30, 31: the guardian's duties). */
  measures: MeasureOut[];
}

interface Ground {
  kind: "exempt" | "may-exempt";
  text: Text;
  basis: string;
  measure?: MeasureType;
}

/** Grounds for no penalty (arts. 30, 31, 33 and the standard's no-penalty list), mandatory first. */
export function exemption({ version, offense, input: { party }, applied, facts }: OffenseContext): Exemption {
  const found = new Set(applied.map((c) => c.id));
  const grounds: Ground[] = [];
  const notes: ExplanationEntryT[] = [];
  if (party.kind === "individual" && party.age != null && party.age < 14) {
    grounds.push({ kind: "exempt", text: sentence.GROUND_UNDER_14(), basis: "行政处罚法第三十条", measure: "order-guardian-discipline" });
  }
  if (party.kind === "individual" && party.capacity === "none") {
    grounds.push({ kind: "exempt", text: sentence.GROUND_NO_CAPACITY(), basis: "行政处罚法第三十一条", measure: "order-guardian-care" });
  }
  for (const c of applied) {
    if (c.effect !== "exempt" && c.effect !== "may-exempt") continue;
    if (c.id === "no-fault" && !offense.def.noFaultExempts) {
      notes.push(explain("exemption", sentence.NO_FAULT_NOT_EXEMPTING(c), [c.basis]));
      continue;
    }
    grounds.push({ kind: c.effect, text: sentence.GROUND_CIRCUMSTANCE(c), basis: c.basis });
  }
  for (const e of version.def.exemptions) {
    if (e.allOf.every((id) => found.has(id))) grounds.push({ kind: e.effect, text: sentence.GROUND_EXEMPTION_RULE(e), basis: e.basis });
  }
  const listed = new Set(offense.noPenalty.matching(facts));
  for (const e of offense.def.noPenaltyList) {
    if (listed.has(e.id) && e.requires.every((id) => found.has(id))) {
      grounds.push({ kind: e.effect, text: sentence.GROUND_NO_PENALTY_LIST(e), basis: e.basis });
    }
  }
  const chosen = grounds.find((g) => g.kind === "exempt") ?? grounds.find((g) => g.kind === "may-exempt");
  if (!chosen) {
    return { kind: null, explanation: [...notes, explain("exemption", sentence.NO_EXEMPTION(), [])], measures: [] };
  }
  const all = grounds.filter((g) => g.kind === chosen.kind);
  const basis = [...new Set(all.map((g) => g.basis)), "行政处罚法第三十三条第三款"];
  const entry = explain("exemption", sentence[chosen.kind === "exempt" ? "EXEMPT" : "MAY_EXEMPT"]({ grounds: joinTexts(all.map((g) => g.text)) }), basis);
  const measures = all.flatMap((g) => (g.measure ? [{ type: g.measure, title: MEASURE_TYPES[g.measure].zh, mandatory: true }] : []));
  return { kind: chosen.kind, explanation: [...notes, entry], measures };
}
