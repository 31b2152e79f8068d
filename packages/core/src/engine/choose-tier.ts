import { failure, headline, issue } from "../messages/issues.js";
import { circumstanceOfKey } from "../conditions/circumstance-atom.js";
import { collectFacts } from "../conditions/prepared.js";
import type { ConditionT } from "../schema/condition.js";
import type { DeclaredGapT, TierT } from "../schema/ruleset.js";
import type { OffenseContext } from "./context.js";

export type TierChoice =
  /** `shared`: the other tiers whose conditions hold at this boundary value, which `tier` takes as the standard declares. */
  | { kind: "tier"; tier: TierT; shared: readonly TierT[] }
  /** A region the standard leaves uncovered on purpose (offense.gaps). */
  | { kind: "gap"; gap: DeclaredGapT };

/**
 * The tier of the case: exactly one tier's conditions hold; or two hold at a threshold value both
 * include (以上、以下包括本数, 民法典第一千二百五十九条), and the standard's `boundary` says which takes
 * it (validation has proved they meet nowhere else); or none holds and a declared gap does. Anything
 * else is an error in the rule data.
 */
export function chooseTier({ offense, facts, version }: OffenseContext): TierChoice {
  const { def } = offense;
  const matched = offense.tiers.matching(facts).map((id) => def.tiers.find((t) => t.id === id) as TierT);
  const boundary = def.boundary ?? version.def.settings.boundary;
  if (matched.length === 1) return { kind: "tier", tier: matched[0] as TierT, shared: [] };
  if (matched.length > 1 && boundary) {
    // Tiers are listed from the lightest to the heaviest, and matched in that order.
    const tier = (boundary === "lower" ? matched[0] : matched[matched.length - 1]) as TierT;
    return { kind: "tier", tier, shared: matched.filter((t) => t !== tier) };
  }
  if (matched.length === 0 && offense.gaps) {
    const [id] = offense.gaps.matching(facts);
    const gap = def.gaps.find((g) => g.id === id);
    if (gap) return { kind: "gap", gap };
  }
  const shown = Object.entries(facts).map(([k, v]) => `${k}=${String(v)}`).join(", ");
  const ids = matched.map((t) => t.id);
  const path = `offenses.${def.id}.tiers`;
  throw failure("RULESET_INVALID", headline("TIERS_NOT_ONE", { offense: def.id, count: matched.length, facts: shown }), [
    { ...(matched.length === 0 ? issue("TIERS_GAP", path, { of: "tiers" }) : issue("TIERS_OVERLAP", path, { of: "tiers", ids })), ...offense.where() },
  ]);
}

/** A rule condition's circumstances, found once: conditions are the loaded rule data's, never changed. */
const read = new WeakMap<ConditionT, readonly string[]>();

/** The circumstances a condition reads: when one chose the tier, it is not counted again (禁止重复评价). */
export function circumstancesRead(when: ConditionT | undefined): readonly string[] {
  if (!when) return [];
  let ids = read.get(when);
  if (!ids) {
    ids = [...collectFacts(when, new Set())].flatMap((k) => circumstanceOfKey(k) ?? []);
    read.set(when, ids);
  }
  return ids;
}
