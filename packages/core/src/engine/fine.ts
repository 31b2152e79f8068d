import { CailiangError } from "../errors.js";
import { fineOption, type CompiledOffense } from "../model.js";
import { clamp, D, formatMoney, roundMoney, type Dec } from "../money.js";
import type { AssessResultT, ExplanationEntryT } from "../schema/assessment.js";
import type { FineBandT, SimpleFineT, TierT } from "../schema/ruleset.js";
import { allowsReduction, isMitigating } from "./circumstances.js";
import type { CaseFacts } from "./case-input.js";
import type { OffenseContext } from "./context.js";
import { explain } from "./explain.js";

export type FineOut = NonNullable<AssessResultT["fine"]>;

/** The fine in exact decimals, before it is written out. */
export interface FineFigures {
  statutory: { min: Dec; max: Dec };
  band: { min: Dec; max: Dec };
  recommended: { min: Dec; max: Dec; point: Dec };
  reduced: boolean;
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
const MINUS_HALF = D("-0.5");

/**
 * The fine: statutory bounds, the tier's band, then the recommendation placed by the circumstances
 * (midpoint split), or 减轻 below the statutory minimum when the ruleset's conditions for it are met.
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
  const m = mitigating.length;
  const a = aggravating.length;
  const mandatoryMitigation = mitigating.some((c) => c.mandatory);
  const reductionBasis = applied.filter(allowsReduction);
  const reduce =
    reductionBasis.length > 0 &&
    s.min.cmp(ZERO) > 0 &&
    a === 0 &&
    (applied.some((c) => c.effect === "reduce") || reductionBasis.length >= settings.reduction.minMitigating);

  const mid = lo.plus(hi).times(HALF);
  let recMin: Dec;
  let recMax: Dec;
  let point: Dec;
  let placement: [string, string];
  if (reduce) {
    const floor = s.min.times(dec(settings.reduction.floorFractionOfMinimum));
    recMin = floor;
    recMax = s.min;
    point = floor.plus(s.min).times(HALF);
    placement = [
      `具有减轻处罚情节（${reductionBasis.map((c) => c.title).join("、")}），减轻处罚：在法定最低罚款以下、不低于其 ${settings.reduction.floorFractionOfMinimum} 倍的范围内建议`,
      `Reduction (减轻) applies (${reductionBasis.map((c) => c.titleEn).join(", ")}): recommended below the statutory minimum, not under ${settings.reduction.floorFractionOfMinimum} of it`,
    ];
  } else {
    // midpoint-split: s in (-1, 1); 从轻 below the middle of the band, 从重 above it.
    let shift = D(a - m).div(a + m + 1);
    if (mandatoryMitigation && shift.cmp(MINUS_HALF) > 0) shift = MINUS_HALF;
    point = mid.plus(shift.times(hi.minus(lo)).times(HALF));
    [recMin, recMax] = shift.isNeg() ? [lo, mid] : shift.cmp(ZERO) > 0 ? [mid, hi] : [lo, hi];
    placement = describePlacement(m, a, mandatoryMitigation);
  }

  // 以上/以下 include the number; 超过/不满 and a zero minimum do not (a fine of 0 is no fine):
  // an excluded bound moves in by one unit of the ruleset's rounding.
  const { scale, mode } = settings.rounding;
  const unit = dec(`1e-${scale}`);
  const excludesMin = s.fine.minInclusive === false || s.min.isZero();
  const lowest = reduce ? unit : excludesMin ? s.min.plus(unit) : s.min;
  const highest = s.fine.maxInclusive === false ? s.max.minus(unit) : s.max;
  if (highest.lt(lowest)) {
    const zero = formatMoney(s.max);
    return {
      fine: null,
      explanation: explain("fine", `依本案事实法定罚款上限为 ${zero} 元，无法处以罚款`, `On these facts the statutory maximum is ${zero} yuan: no fine can be imposed`, [offense.penaltyBasis]),
    };
  }
  const floor = lowest.lte(highest) ? lowest : highest;
  const fix = (v: Dec) => clamp(roundMoney(v, scale, mode), floor, highest);
  const figures: FineFigures = {
    statutory: { min: s.min, max: s.max },
    band: { min: fix(lo), max: fix(hi) },
    recommended: { min: fix(recMin), max: fix(recMax), point: fix(point) },
    reduced: reduce,
  };
  const f = (v: Dec) => formatMoney(v);
  const fine: FineOut = {
    statutory: { min: f(figures.statutory.min), max: f(figures.statutory.max) },
    band: { min: f(figures.band.min), max: f(figures.band.max) },
    recommended: { min: f(figures.recommended.min), max: f(figures.recommended.max), point: f(figures.recommended.point) },
    reduced: reduce,
  };
  const basis = [offense.penaltyBasis, ...new Set([...mitigating, ...aggravating].map((c) => c.basis))];
  if (reduce) basis.push(settings.reduction.basis);
  const statutoryText = s.fine.kind === "multiple" ? `${s.fine.base} × [${s.fine.minMultiple}, ${s.fine.maxMultiple}]` : "";
  const explanation = explain(
    "fine",
    `法定罚款幅度 ${fine.statutory.min}–${fine.statutory.max} 元${statutoryText ? `（${statutoryText}）` : ""}；「${tier.title}」阶次幅度 ${fine.band.min}–${fine.band.max} 元；${placement[0]}；建议罚款 ${fine.recommended.min}–${fine.recommended.max} 元，建议值 ${fine.recommended.point} 元`,
    `Statutory fine ${fine.statutory.min}–${fine.statutory.max} yuan${statutoryText ? ` (${statutoryText})` : ""}; tier "${tier.id}" band ${fine.band.min}–${fine.band.max}; ${placement[1]}; recommended ${fine.recommended.min}–${fine.recommended.max}, point ${fine.recommended.point} yuan`,
    basis,
  );
  return { fine: { figures, out: fine }, explanation };
}

function describePlacement(m: number, a: number, mandatory: boolean): [string, string] {
  if (m === 0 && a === 0) return ["无从轻、从重情节，按阶次中间值", "no mitigating or aggravating circumstance: the middle of the band"];
  const zh = `从轻情节 ${m} 项、从重情节 ${a} 项${mandatory ? "，其中有应当从轻或者减轻的情节，建议不高于阶次中间值" : ""}`;
  const en = `${m} mitigating and ${a} aggravating circumstance(s)${mandatory ? "; a mandatory mitigating one keeps the point in the lower half" : ""}`;
  return [zh, en];
}
