import { D, formatMoney } from "../money.js";
import type { Registry } from "../registry.js";
import type { AssessResultT } from "../schema/assessment.js";
import { PENALTY_TYPES } from "../schema/vocabulary.js";
import type { DecidedCaseParsed } from "./decided-case.js";
import type { Text } from "../messages/catalogue.js";
import { majorReason } from "../messages/findings.js";

/** Whether a decision is major (重大), and why. */
export interface MajorStatus {
  major: boolean;
  reasons: Text[];
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
  const reasons: Text[] = [];
  const given = c.decided.penalties;
  if (given.length > 0 && def) {
    if (result.procedure.major) reasons.push(majorReason.BY_RECOMMENDATION());
    const at = D(def.fineAtLeast[c.party.kind]);
    const fine = given.filter((p) => p.type === "fine" && p.amount !== undefined).reduce((s, p) => s.plus(D(String(p.amount))), D(0));
    if (fine.gte(at)) reasons.push(majorReason.FINE({ amount: formatMoney(fine), threshold: formatMoney(at) }));
    const heavy = given.filter((p) => def.penaltyTypes.includes(p.type));
    if (heavy.length > 0) reasons.push(majorReason.PENALTIES({ titles: heavy.map((p) => PENALTY_TYPES[p.type].zh), types: heavy.map((p) => p.type) }));
  }
  return { major: reasons.length > 0, reasons, basis: def?.basis ?? null };
}
