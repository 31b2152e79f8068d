import { failure, headline, issue } from "../messages/issues.js";
import { fineOption, type CompiledOffense } from "../model.js";
import { clamp, D, formatMoney, roundMoney, type Dec } from "../money.js";
import type { AssessResultT, ExplanationEntryT } from "../schema/assessment.js";
import type { FineBandT, SettingsT, SimpleFineT, TierT } from "../schema/ruleset.js";
import { allowsReduction, isMitigating, type AppliedCircumstance } from "./circumstances.js";
import { factTitle } from "./fact-text.js";
import { place } from "./placement.js";
import { partRef, settingRef } from "./refs.js";
import type { CaseFacts } from "./case-input.js";
import type { OffenseContext } from "./context.js";
import { explain } from "./explain.js";
import type { Text } from "../messages/catalogue.js";
import { sentence } from "../messages/explanations.js";

export type FineOut = NonNullable<AssessResultT["fine"]>;

/** The fine in exact decimals, before it is written out. */
export interface FineFigures {
  statutory: { min: Dec; max: Dec };
  band: { min: Dec; max: Dec };
  recommended: { min: Dec; max: Dec; point: Dec | null };
  reduced: boolean;
}

/**
 * The amounts a recommendation stands for where one number is needed: its point, or, where the
 * standard places none (band-only), its lower bound for what it surely reaches and its upper
 * bound for what it may reach.
 */
export function recommendedBounds(r: FineFigures["recommended"]): { low: Dec; high: Dec } {
  return { low: r.point ?? r.min, high: r.point ?? r.max };
}

export interface FineResult {
  /** null where the facts leave no room for a fine (a multiple of zero). */
  fine: { figures: FineFigures; out: FineOut } | null;
  explanation: ExplanationEntryT;
}

function base(facts: CaseFacts, name: string): Dec {
  const v = facts[name];
  if (typeof v !== "object") throw new Error(`money fact ${name} was validated but is not a Decimal`);
  return v;
}

/** The statutory bounds for this case: a range, a multiple of a fact, or the alternative whose condition holds. */
export function statutoryBounds(offense: CompiledOffense, facts: CaseFacts, dec: (text: string) => Dec): { fine: SimpleFineT; min: Dec; max: Dec } {
  const spec = offense.def.statutory.fine;
  if (!spec) throw new Error(`offense ${offense.def.id} has no statutory fine`);
  let fine: SimpleFineT;
  if (spec.kind === "alternatives") {
    const matched = offense.fineOptions ? offense.fineOptions.matching(facts) : [];
    const chosen = matched.length === 1 ? fineOption(offense.def, Number(matched[0])) : undefined;
    if (!chosen) {
      const path = `offenses.${offense.def.id}.statutory.fine.options`;
      throw failure("RULESET_INVALID", headline("FINE_OPTIONS_NOT_ONE", { offense: offense.def.id, count: matched.length }), [
        { ...issue(matched.length === 0 ? "TIERS_GAP" : "TIERS_OVERLAP", path, { of: "fine-options" }), ...offense.where() },
      ]);
    }
    fine = chosen;
  } else fine = spec;
  if (fine.kind === "range") return { fine, min: dec(fine.min), max: dec(fine.max) };
  const b = base(facts, fine.base);
  return { fine, min: b.times(dec(fine.minMultiple)), max: b.times(dec(fine.maxMultiple)) };
}

function bandBounds(band: FineBandT, fine: SimpleFineT, s: { min: Dec; max: Dec }, facts: CaseFacts, dec: (text: string) => Dec): { min: Dec; max: Dec } {
  switch (band.kind) {
    case "amount":
      return { min: dec(band.min), max: dec(band.max) };
    case "multiple": {
      const b = fine.kind === "multiple" ? base(facts, fine.base) : ZERO;
      return { min: b.times(dec(band.min)), max: b.times(dec(band.max)) };
    }
    case "fraction": {
      const width = s.max.minus(s.min);
      return { min: s.min.plus(width.times(dec(band.min))), max: s.min.plus(width.times(dec(band.max))) };
    }
  }
}

const ZERO = D(0);
const HALF = D("0.5");

/**
 * The fine: statutory bounds, the tier's band, then the recommendation placed by the standard's
 * method, mitigating and aggravating circumstances weighed together. Where a legal ground for 减轻
 * is found (arts. 30, 31, 32, the standard's own list), the range below the statutory minimum is
 * offered beside; the recommendation goes there only where the standard's rule says it must.
 * Every amount is clamped to the statute: never above its maximum, never below zero.
 */
export function computeFine({ version, offense, facts, applied }: OffenseContext, tier: TierT, conditionsUsed: ReadonlySet<string>): FineResult {
  const { settings } = version.def;
  const { dec } = version;
  const s = statutoryBounds(offense, facts, dec);
  if (!tier.fine) throw new Error(`tier ${tier.id} has no band although the statute sets a fine`);
  const raw = bandBounds(tier.fine, s.fine, s, facts, dec);
  // The band may never leave the statute, whatever the data says.
  const lo = clamp(raw.min, s.min, s.max);
  const hi = clamp(raw.max, lo, s.max);

  const mitigating = applied.filter(isMitigating);
  // A circumstance that made a penalty available (拒不改正 → 罚款) is not weighed twice.
  const aggravating = applied.filter((c) => c.effect === "aggravate" && !conditionsUsed.has(c.id));
  const grounds = applied.filter(allowsReduction);
  const reduction = reductionRule(settings.reduction, tier, grounds, aggravating.length, { lo, min: s.min });
  const placement = tier.placement ?? settings.placement;
  const placed = place(placement, lo, hi, mitigating.length, aggravating.length, dec);

  // 以上/以下 include the number; 超过/不满 and a zero minimum do not (a fine of 0 is no fine):
  // an excluded bound moves in by one unit of the ruleset's rounding.
  const { scale, mode } = settings.rounding;
  const unit = dec(`1e-${scale}`);
  const excludesMin = s.fine.minInclusive === false || s.min.isZero();
  const lowest = excludesMin ? s.min.plus(unit) : s.min;
  const highest = s.fine.maxInclusive === false ? s.max.minus(unit) : s.max;
  if (highest.lt(lowest)) {
    const zero = formatMoney(s.max);
    return {
      fine: null,
      explanation: explain("fine", sentence.FINE_IMPOSSIBLE({ max: zero }), [offense.penaltyBasis]),
    };
  }
  const fix = (v: Dec) => clamp(roundMoney(v, scale, mode), lowest, highest);
  const below = reduction.available ? reductionRange(s.min, dec(settings.reduction.floorFractionOfMinimum), unit, settings.rounding) : null;
  const reduce = below !== null && reduction.recommended;
  const recommended = reduce
    ? { min: below.min, max: below.max, point: roundMoney(below.min.plus(s.min).times(HALF), scale, mode) as Dec | null }
    : { min: fix(placed.min), max: fix(placed.max), point: placed.point === null ? null : fix(placed.point) };
  const figures: FineFigures = {
    statutory: { min: s.min, max: s.max },
    band: { min: fix(lo), max: fix(hi) },
    recommended,
    reduced: reduce,
  };
  const f = (v: Dec) => formatMoney(v);
  const reductionBasis = below ? [...new Set(grounds.map((c) => c.basis)), settings.reduction.basis] : [];
  const fine: FineOut = {
    statutory: { min: f(figures.statutory.min), max: f(figures.statutory.max) },
    band: { min: f(figures.band.min), max: f(figures.band.max) },
    recommended: { min: f(recommended.min), max: f(recommended.max), point: recommended.point === null ? null : f(recommended.point) },
    reduced: reduce,
    reduction: below ? { min: f(below.min), max: f(below.max), basis: reductionBasis } : null,
  };
  const placementBasis = placement.basis ? [placement.basis] : [];
  const basis = [offense.penaltyBasis, ...placementBasis, ...new Set([...mitigating, ...aggravating].map((c) => c.basis))];
  if (below) basis.push(settings.reduction.basis);
  const multiple = s.fine.kind === "multiple" ? { base: s.fine.base, baseTitle: factTitle(offense, s.fine.base), min: s.fine.minMultiple, max: s.fine.maxMultiple } : null;
  const reductionText = !below
    ? null
    : reduce
      ? sentence.FINE_REDUCED({ grounds, floorFraction: settings.reduction.floorFractionOfMinimum, bandMin: fine.band.min, lighterMax: f(fix(placed.max)) })
      : sentence.FINE_REDUCTION_OFFERED({ grounds, min: f(below.min), max: f(below.max), why: reduction.why });
  const ti = offense.def.tiers.indexOf(tier);
  const rules = [
    partRef(offense, "statutory.fine"),
    partRef(offense, `tiers[${ti}].fine`),
    tier.placement ? partRef(offense, `tiers[${ti}].placement`, placement.method) : settingRef(version, "settings.placement", placement.method),
    ...(below ? [settingRef(version, "settings.reduction.floorFractionOfMinimum", settings.reduction.floorFractionOfMinimum)] : []),
    settingRef(version, "settings.rounding"),
  ];
  const values: Record<string, string> = {};
  if (s.fine.kind === "multiple") values[s.fine.base] = base(facts, s.fine.base).toString();
  values.mitigating = String(mitigating.length);
  values.aggravating = String(aggravating.length);
  if (below) values.reductionGrounds = String(grounds.length);
  const explanation = explain(
    "fine",
    sentence.FINE({ role: offense.roleTitle, statutory: fine.statutory, multiple, tier, band: fine.band, placed: placed.text, reduction: reductionText, recommended: fine.recommended }),
    basis,
    { rules, values },
  );
  return { fine: { figures, out: fine }, explanation };
}

/**
 * 减轻: below the statutory minimum, down to the floor the standard states (a fraction of the
 * minimum), never to zero; null where no amount of the rounding unit lies below the minimum.
 */
function reductionRange(min: Dec, floorFraction: Dec, unit: Dec, { scale, mode }: SettingsT["rounding"]): { min: Dec; max: Dec } | null {
  const floor = clamp(roundMoney(min.times(floorFraction), scale, mode), unit, min);
  // The highest amount of the rounding unit strictly below the minimum (6000.39 → 6000; 100000 → 99999).
  const underMin = roundMoney(min, scale, "up").minus(unit);
  // A minimum within one unit of zero (a small base's 5%) leaves no amount below it to reduce to.
  return floor.lte(underMin) ? { min: floor, max: underMin } : null;
}

/**
 * 减轻 is available on a legal ground where the statute has a minimum above zero; the standard's
 * rule (settings.reduction.recommend) says when the recommendation itself goes there, tier-aware.
 */
function reductionRule(
  rule: SettingsT["reduction"],
  tier: TierT,
  grounds: readonly AppliedCircumstance[],
  aggravating: number,
  at: { lo: Dec; min: Dec },
): { available: boolean; recommended: boolean; why: Text | null } {
  const available = grounds.length > 0 && at.min.cmp(ZERO) > 0;
  const r = rule.recommend;
  const not = (why: Text) => ({ available, recommended: false, why });
  if (!available) return { available, recommended: false, why: null };
  if (!r) return not(sentence.REDUCTION_NOT_IN_STANDARD());
  const inTier = r.tiers === "lowest" ? at.lo.eq(at.min) : r.tiers.includes(tier.id);
  if (!inTier) return not(sentence[r.tiers === "lowest" ? "REDUCTION_LOWEST_TIER_ONLY" : "REDUCTION_NOT_IN_TIER"]({ tier }));
  // A ground of the standard's own list that says 应当减轻 (effect reduce) needs no count.
  const must = grounds.some((c) => c.effect === "reduce" && c.mandatory);
  if (grounds.length < r.minGrounds && !must) return not(sentence.REDUCTION_TOO_FEW_GROUNDS({ minGrounds: r.minGrounds }));
  if (r.withoutAggravation && aggravating > 0) return not(sentence.REDUCTION_WEIGHED_AGAINST());
  return { available, recommended: true, why: null };
}
