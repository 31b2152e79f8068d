import { MEASURE_TYPES, type MeasureType } from "../schema/vocabulary.js";
import type { MeasureOut, OffenseContext } from "./context.js";
import { explain } from "./explain.js";
import type { ExplanationEntryT } from "../schema/assessment.js";

export interface Exemption {
  /** exempt = 不予处罚 (mandatory); may-exempt = 可以不予处罚 (discretionary); null = neither. */
  kind: "exempt" | "may-exempt" | null;
  explanation: ExplanationEntryT[];
  /** What the law orders instead of a penalty (arts. 30, 31: the guardian's duties). */
  measures: MeasureOut[];
}

interface Ground {
  kind: "exempt" | "may-exempt";
  zh: string;
  en: string;
  basis: string;
  measure?: MeasureType;
}

/** Grounds for no penalty (arts. 30, 31, 33 and the standard's no-penalty list), mandatory first. */
export function exemption({ version, offense, input: { party }, applied, facts }: OffenseContext): Exemption {
  const found = new Set(applied.map((c) => c.id));
  const grounds: Ground[] = [];
  const notes: ExplanationEntryT[] = [];
  if (party.kind === "individual" && party.age != null && party.age < 14) {
    grounds.push({ kind: "exempt", zh: "不满十四周岁的未成年人有违法行为的，不予行政处罚，责令监护人加以管教", en: "A minor under 14: no penalty; the guardian is ordered to discipline", basis: "行政处罚法第三十条", measure: "order-guardian-discipline" });
  }
  if (party.kind === "individual" && party.capacity === "none") {
    grounds.push({ kind: "exempt", zh: "精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚，但应当责令其监护人严加看管和治疗", en: "Unable to recognise or control own conduct: no penalty; the guardian is ordered to keep strict watch and arrange treatment", basis: "行政处罚法第三十一条", measure: "order-guardian-care" });
  }
  for (const c of applied) {
    if (c.effect !== "exempt" && c.effect !== "may-exempt") continue;
    if (c.id === "no-fault" && !offense.def.noFaultExempts) {
      notes.push(explain("exemption", `${c.title}：本违法行为所依据的法律另有规定，不因此免予处罚`, `${c.titleEn}: the offense's law provides otherwise, so it does not exempt`, [c.basis]));
      continue;
    }
    grounds.push({ kind: c.effect, zh: c.title, en: c.titleEn, basis: c.basis });
  }
  for (const e of version.def.exemptions) {
    if (e.allOf.every((id) => found.has(id))) grounds.push({ kind: e.effect, zh: e.title, en: `exemption ${e.id}`, basis: e.basis });
  }
  const listed = new Set(offense.noPenalty.matching(facts));
  for (const e of offense.def.noPenaltyList) {
    if (listed.has(e.id) && e.requires.every((id) => found.has(id))) {
      grounds.push({ kind: e.effect, zh: `免罚清单：${e.title}`, en: `No-penalty list entry ${e.id}`, basis: e.basis });
    }
  }
  const chosen = grounds.find((g) => g.kind === "exempt") ?? grounds.find((g) => g.kind === "may-exempt");
  if (!chosen) {
    return { kind: null, explanation: [...notes, explain("exemption", "不具有不予处罚的情形", "No ground for exemption", [])], measures: [] };
  }
  const all = grounds.filter((g) => g.kind === chosen.kind);
  const basis = [...new Set(all.map((g) => g.basis)), "行政处罚法第三十三条第三款"];
  const zh = all.map((g) => g.zh).join("；");
  const en = all.map((g) => g.en).join("; ");
  const entry =
    chosen.kind === "exempt"
      ? explain("exemption", `${zh}：依法不予行政处罚，应当对当事人进行教育`, `${en}: no penalty by law; the party must be educated`, basis)
      : explain("exemption", `${zh}：可以不予行政处罚（裁量），如不予处罚应当对当事人进行教育；下列为拟给予的处罚`, `${en}: the penalty may be waived (discretion); if waived the party must be educated; the penalty otherwise due follows`, basis);
  const measures = all.flatMap((g) => (g.measure ? [{ type: g.measure, title: MEASURE_TYPES[g.measure].zh, mandatory: true }] : []));
  return { kind: chosen.kind, explanation: [...notes, entry], measures };
}
