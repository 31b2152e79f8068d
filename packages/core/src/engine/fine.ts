import { CailiangError } from "../errors.js";
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
      throw new CailiangError("RULESET_INVALID", `违法行为 ${offense.def.id} 的法定罚款选项有 ${matched.length} 项同时适用`, `${matched.length} statutory fine options of offense ${offense.def.id} apply`, [
        { code: matched.length === 0 ? "TIERS_GAP" : "TIERS_OVERLAP", path: `offenses.${offense.def.id}.statutory.fine.options`, zh: "法定罚款选项须恰有一项适用", en: "Exactly one statutory fine option must apply", ...offense.where() },
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
      explanation: explain("fine", `依本案事实法定罚款上限为 ${zero} 元，无法处以罚款`, `On these facts the statutory maximum is ${zero} yuan: no fine can be imposed`, [offense.penaltyBasis]),
    };
  }
  const fix = (v: Dec) => clamp(roundMoney(v, scale, mode), lowest, highest);
  // 减轻: below the statutory minimum, down to the floor the standard states, never to zero.
  const floor = clamp(roundMoney(s.min.times(dec(settings.reduction.floorFractionOfMinimum)), scale, mode), unit, s.min);
  // The highest amount of the rounding unit strictly below the minimum (6000.39 → 6000; 100000 → 99999).
  const underMin = roundMoney(s.min, scale, "up").minus(unit);
  // A minimum within one unit of zero (a small base's 5%) leaves no amount below it to reduce to.
  const below = reduction.available && floor.lte(underMin) ? { min: floor, max: underMin } : null;
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
  const statutoryText = s.fine.kind === "multiple" ? `${factTitle(offense, s.fine.base)}的 ${s.fine.minMultiple} 至 ${s.fine.maxMultiple} 倍` : "";
  const statutoryTextEn = s.fine.kind === "multiple" ? `${s.fine.base} × [${s.fine.minMultiple}, ${s.fine.maxMultiple}]` : "";
  const pointText = fine.recommended.point === null ? "" : `，建议值 ${fine.recommended.point} 元`;
  const pointTextEn = fine.recommended.point === null ? "" : `, point ${fine.recommended.point} yuan`;
  const belowText = below
    ? reduce
      ? `；具有减轻处罚情节（${grounds.map((c) => c.title).join("、")}），依本基准减轻处罚：在法定最低罚款以下、不低于其 ${settings.reduction.floorFractionOfMinimum} 倍的范围内建议（从轻处罚可在 ${fine.band.min}–${f(fix(placed.max))} 元内）`
      : `；具有减轻处罚情节（${grounds.map((c) => c.title).join("、")}），可以减轻处罚：减轻处罚幅度 ${f(below.min)}–${f(below.max)} 元${reduction.why ? `（${reduction.why}，不作为建议值）` : ""}`
    : "";
  const belowTextEn = below
    ? reduce
      ? `; 减轻 grounds (${grounds.map((c) => c.titleEn).join(", ")}): reduced below the statutory minimum, not under ${settings.reduction.floorFractionOfMinimum} of it, as the standard says`
      : `; 减轻 grounds (${grounds.map((c) => c.titleEn).join(", ")}): a reduced fine may be ${f(below.min)}–${f(below.max)} yuan${reduction.whyEn ? ` (${reduction.whyEn}; not the recommendation)` : ""}`
    : "";
  const ti = offense.def.tiers.indexOf(tier);
  const rules = [
    partRef(offense, "statutory.fine"),
    partRef(offense, `tiers[${ti}].fine`),
    tier.placement ? partRef(offense, `tiers[${ti}].placement`, placement.method) : settingRef(version, "settings.placement", placement.method),
    ...(below ? [settingRef(version, "settings.reduction.floorFractionOfMinimum", settings.reduction.floorFractionOfMinimum)] : []),
    settingRef(version, "settings.rounding"),
  ];
  const values: Record<string, string> = {
    ...(s.fine.kind === "multiple" ? { [s.fine.base]: base(facts, s.fine.base).toString() } : {}),
    mitigating: String(mitigating.length),
    aggravating: String(aggravating.length),
    ...(below ? { reductionGrounds: String(grounds.length) } : {}),
  };
  const explanation = explain(
    "fine",
    `${offense.roleTitle ? `对${offense.roleTitle}：` : ""}法定罚款幅度 ${fine.statutory.min}–${fine.statutory.max} 元${statutoryText ? `（${statutoryText}）` : ""}；「${tier.title}」阶次幅度 ${fine.band.min}–${fine.band.max} 元；${placed.zh}${belowText}；建议罚款 ${fine.recommended.min}–${fine.recommended.max} 元${pointText}`,
    `${offense.roleTitle ? "The responsible persons: " : ""}Statutory fine ${fine.statutory.min}–${fine.statutory.max} yuan${statutoryTextEn ? ` (${statutoryTextEn})` : ""}; tier "${tier.id}" band ${fine.band.min}–${fine.band.max}; ${placed.en}${belowTextEn}; recommended ${fine.recommended.min}–${fine.recommended.max}${pointTextEn}`,
    basis,
    { rules, values },
  );
  return { fine: { figures, out: fine }, explanation };
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
): { available: boolean; recommended: boolean; why: string; whyEn: string } {
  const available = grounds.length > 0 && at.min.cmp(ZERO) > 0;
  const r = rule.recommend;
  if (!available) return { available, recommended: false, why: "", whyEn: "" };
  if (!r) return { available, recommended: false, why: "本基准未规定减轻处罚的建议条件", whyEn: "the standard recommends 减轻 in no case" };
  const inTier = r.tiers === "lowest" ? at.lo.eq(at.min) : r.tiers.includes(tier.id);
  if (!inTier) return { available, recommended: false, why: r.tiers === "lowest" ? `本基准仅在起点为法定最低数额的阶次建议减轻，「${tier.title}」阶次不属于` : `本基准不在「${tier.title}」阶次建议减轻`, whyEn: `the standard does not recommend 减轻 in tier "${tier.id}"` };
  // A ground of the standard's own list that says 应当减轻 (effect reduce) needs no count.
  const must = grounds.some((c) => c.effect === "reduce" && c.mandatory);
  if (grounds.length < r.minGrounds && !must) return { available, recommended: false, why: `本基准须具有 ${r.minGrounds} 项以上减轻情节方建议减轻`, whyEn: `the standard recommends 减轻 with at least ${r.minGrounds} grounds` };
  if (r.withoutAggravation && aggravating > 0) return { available, recommended: false, why: "同时具有从重情节，经综合衡量不建议减轻", whyEn: "an aggravating circumstance is weighed against it" };
  return { available, recommended: true, why: "", whyEn: "" };
}
