import type { AssessResultT } from "../schema/assessment.js";
import type { StatutoryPenaltyT, TierT } from "../schema/ruleset.js";
import { PENALTY_TYPES } from "../schema/vocabulary.js";
import type { OffenseContext } from "./context.js";

import { sentence } from "../messages/explanations.js";
export type PenaltyOut = AssessResultT["penalties"][number];
export type ReferralOut = AssessResultT["referrals"][number];

export interface PenaltyChoice {
  penalties: PenaltyOut[];
  /** Penalties the article gives to another authority (「由发证机关吊销」): referred, not imposed here. */
  referrals: ReferralOut[];
  /** Circumstances that were the condition of an applied penalty: not counted again as aggravating. */
  conditionsUsed: Set<string>;
}

interface Applied {
  sp: StatutoryPenaltyT;
  mandatory: boolean;
}

/**
 * Which penalty types apply: the statute bounds them, the tier chooses among the optional ones,
 * conditional ones need their condition found. Illegal gains are confiscated whenever positive
 * (行政处罚法第二十八条第二款), and not when they are zero. An either-or of the article
 * (「降低资质等级或者吊销资质证书」) is one penalty; one another authority imposes is a referral.
 */
export function choosePenalties({ offense, found, facts }: OffenseContext, tier: TierT): PenaltyChoice {
  const basis = offense.penaltyBasis;
  const applied: Applied[] = [];
  const conditionsUsed = new Set<string>();
  for (const sp of offense.def.statutory.penalties) {
    if (sp.mode === "mandatory") applied.push({ sp, mandatory: true });
    else if (sp.mode === "optional") {
      if (tier.penalties.includes(sp.type)) applied.push({ sp, mandatory: false });
    } else {
      const met = (sp.when ?? []).filter((id) => found.has(id));
      if (met.length === 0) continue;
      if (sp.then === "mandatory" || tier.penalties.includes(sp.type)) {
        applied.push({ sp, mandatory: sp.then === "mandatory" });
        met.forEach((id) => conditionsUsed.add(id));
      }
    }
  }
  const penalties = oneOfEach(applied.filter((a) => !a.sp.imposedBy)).map((g) => out(g, basis));
  const referrals = oneOfEach(applied.filter((a) => a.sp.imposedBy)).map((g) => ({ ...out(g, basis), authority: g[0]?.sp.imposedBy as string }));
  const gainsFact = offense.def.illegalGainsFact;
  const gains = gainsFact ? facts[gainsFact] : undefined;
  const hasGains = typeof gains === "object" && gains.gt(0);
  const at = penalties.findIndex((p) => p.type === "confiscate-illegal-gains");
  if (gainsFact && !hasGains && at >= 0) penalties.splice(at, 1);
  if (hasGains && at < 0) penalties.push({ type: "confiscate-illegal-gains", title: PENALTY_TYPES["confiscate-illegal-gains"].zh, mandatory: true, basis: "行政处罚法第二十八条第二款" });
  return { penalties, referrals, conditionsUsed };
}

/** The applied penalties grouped: each either-or (same `choice`) one group, in the article's order. */
function oneOfEach(applied: readonly Applied[]): Applied[][] {
  const groups: Applied[][] = [];
  const byChoice = new Map<string, Applied[]>();
  for (const a of applied) {
    const key = a.sp.choice;
    const group = key ? byChoice.get(key) : undefined;
    if (group) group.push(a);
    else {
      const g = [a];
      if (key) byChoice.set(key, g);
      groups.push(g);
    }
  }
  return groups;
}

function out(group: readonly Applied[], basis: string): PenaltyOut {
  const [first] = group as [Applied, ...Applied[]];
  if (group.length === 1) return { type: first.sp.type, title: PENALTY_TYPES[first.sp.type].zh, mandatory: first.mandatory, basis };
  return {
    type: first.sp.type,
    title: sentence.EITHER_OR({ alternatives: group.map((a) => ({ type: a.sp.type, title: PENALTY_TYPES[a.sp.type].zh })) }).zh,
    mandatory: group.some((a) => a.mandatory),
    basis,
    oneOf: group.map((a) => a.sp.type),
  };
}
