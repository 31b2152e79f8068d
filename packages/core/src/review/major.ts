import { D, formatMoney } from "../money.js";
import type { Registry } from "../registry.js";
import type { AssessResultT } from "../schema/assessment.js";
import { PENALTY_TYPES } from "../schema/vocabulary.js";
import type { DecidedCaseParsed } from "./decided-case.js";

/** Whether a decision is major (重大), and why. */
export interface MajorStatus {
  major: boolean;
  reasons: string[];
  /** The standard's definition of a major case. */
  basis: string | null;
}

/**
 * A decision is major by the standard's definition (settings.majorCase of the version applied):
 * the assessment says so on its recommendation, or the amount or types actually decided reach the
 * standard's thresholds. Whether it was discussed collectively is what the review checks, not
 * what makes it major.
 */
export function majorStatus(registry: Registry, result: AssessResultT, c: DecidedCaseParsed): MajorStatus {
  const version = registry.versions(result.ruleset.id).find((v) => v.def.version === result.ruleset.version);
  const def = version?.def.settings.majorCase;
  const reasons: string[] = [];
  const given = c.decided.penalties;
  if (given.length > 0 && def) {
    if (result.procedure.major) reasons.push("按裁量基准建议的处罚属重大案件");
    const at = D(def.fineAtLeast[c.party.kind]);
    const fine = given.filter((p) => p.type === "fine" && p.amount !== undefined).reduce((s, p) => s.plus(D(String(p.amount))), D(0));
    if (fine.gte(at)) reasons.push(`决定罚款 ${formatMoney(fine)} 元，达到重大案件标准（${formatMoney(at)} 元以上）`);
    const heavy = given.filter((p) => def.penaltyTypes.includes(p.type));
    if (heavy.length > 0) reasons.push(`决定${heavy.map((p) => PENALTY_TYPES[p.type].zh).join("、")}`);
  }
  return { major: reasons.length > 0, reasons: [...new Set(reasons)], basis: def?.basis ?? null };
}
