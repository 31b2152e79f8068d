import type { AssessResultT } from "../schema/assessment.js";
import type { TierT } from "../schema/ruleset.js";
import { PENALTY_TYPES } from "../schema/vocabulary.js";
import type { OffenseContext } from "./context.js";

export type PenaltyOut = AssessResultT["penalties"][number];

export interface PenaltyChoice {
  penalties: PenaltyOut[];
  /** Circumstances that were the condition of an applied penalty: not counted again as aggravating. */
  conditionsUsed: Set<string>;
}

/**
 * Which penalty types apply: the statute bounds them, the tier chooses among the optional ones,
 * conditional ones need their condition found. Illegal gains are confiscated whenever positive
 * (行政处罚法第二十八条第二款), and not when they are zero.
 */
export function choosePenalties({ offense, found, facts }: OffenseContext, tier: TierT): PenaltyChoice {
  const basis = offense.penaltyBasis;
  const penalties: PenaltyOut[] = [];
  const conditionsUsed = new Set<string>();
  const add = (type: PenaltyOut["type"], mandatory: boolean, b = basis) =>
    penalties.push({ type, title: PENALTY_TYPES[type].zh, mandatory, basis: b });
  for (const sp of offense.def.statutory.penalties) {
    if (sp.mode === "mandatory") add(sp.type, true);
    else if (sp.mode === "optional") {
      if (tier.penalties.includes(sp.type)) add(sp.type, false);
    } else {
      const met = (sp.when ?? []).filter((id) => found.has(id));
      if (met.length === 0) continue;
      if (sp.then === "mandatory" || tier.penalties.includes(sp.type)) {
        add(sp.type, sp.then === "mandatory");
        met.forEach((id) => conditionsUsed.add(id));
      }
    }
  }
  const gainsFact = offense.def.illegalGainsFact;
  const gains = gainsFact ? facts[gainsFact] : undefined;
  const hasGains = typeof gains === "object" && gains.gt(0);
  const at = penalties.findIndex((p) => p.type === "confiscate-illegal-gains");
  if (gainsFact && !hasGains && at >= 0) penalties.splice(at, 1);
  if (hasGains && at < 0) add("confiscate-illegal-gains", true, "行政处罚法第二十八条第二款");
  return { penalties, conditionsUsed };
}
