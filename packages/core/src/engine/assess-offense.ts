import type { CompiledOffense } from "../model.js";
import type { AssessResultT, ExplanationEntryT } from "../schema/assessment.js";
import { MEASURE_TYPES } from "../schema/vocabulary.js";
import { sentence } from "../messages/explanations.js";
import type { AppliedCircumstance } from "./circumstances.js";
import type { MeasureOut, OffenseAssessment, OffenseContext } from "./context.js";
import { chooseTier, circumstancesRead } from "./choose-tier.js";
import { exemption } from "./exemption.js";
import { explain } from "./explain.js";
import { partRef } from "./refs.js";
import { warn, type Warning } from "../messages/warnings.js";
import { computeFine, type FineResult } from "./fine.js";
import { choosePenalties, type PenaltyOut, type ReferralOut } from "./penalties.js";
import { procedureFor } from "./procedure.js";
import { timeBar } from "./time-bar.js";

/** What the steps before the procedure decided. */
interface Decided {
  outcome: AssessResultT["outcome"];
  tier: OffenseAssessment["tier"];
  penalties: readonly PenaltyOut[];
  referrals?: readonly ReferralOut[];
  fine: FineResult["fine"];
  measures: readonly MeasureOut[];
}

/** Steps 2–9 of the pipeline for one offense under one ruleset version. */
export function assessOffense(ctx: OffenseContext): OffenseAssessment {
  const { offense, found, applied, facts } = ctx;
  const explanation: ExplanationEntryT[] = [];
  const warnings: Warning[] = [];
  const done = (d: Decided) => finish(ctx, d, explanation, warnings);

  const bar = timeBar(ctx);
  explanation.push(bar.explanation);
  if (bar.barred) return done({ outcome: "time-barred", tier: null, penalties: [], fine: null, measures: [] });

  const { party } = ctx.input;
  if (party.kind === "individual" && party.age == null) {
    warnings.push(warn("AGE_UNKNOWN"));
  }
  // A fact required only sometimes, given where it is not: left out, and the officer told.
  for (const name of offense.requiredWhen.keys()) {
    if (ctx.input.facts[name] != null && facts[name] === undefined) {
      const title = offense.facts.get(name)?.title ?? name;
      warnings.push(warn("FACT_NOT_APPLICABLE", { name, title }));
    }
  }
  const ex = exemption(ctx);
  explanation.push(...ex.explanation);
  if (ex.kind === "exempt") return done({ outcome: "no-penalty", tier: null, penalties: [], fine: null, measures: [...ex.measures, ...measuresFor(offense, found, true)] });

  const choice = chooseTier(ctx);
  if (choice.kind === "gap") {
    const { gap } = choice;
    warnings.push(warn("TIER_NOT_COVERED", { title: gap.title, reason: gap.reason, reasonEn: gap.reasonEn ?? gap.reason }));
    explanation.push(explain("tier", sentence.TIER_GAP({ id: gap.id, title: gap.title, reason: gap.reason, reasonEn: gap.reasonEn ?? gap.reason }), [offense.penaltyBasis, ...(gap.basis ? [gap.basis] : [])], { rules: [partRef(offense, `gaps[${offense.def.gaps.indexOf(gap)}]`)], values: readFacts(offense, facts) }));
    explanation.push(explainCircumstances(applied));
    return done({ outcome: "individual-decision", tier: null, penalties: [], fine: null, measures: measuresFor(offense, found, false) });
  }
  const { tier, shared } = choice;
  const lighter = shared.every((t) => offense.def.tiers.indexOf(t) > offense.def.tiers.indexOf(tier));
  // 两罚: the persons' own tiers, said so (role).
  explanation.push(explain("tier", sentence.TIER({ role: offense.roleTitle, tier, shared, lighter }), [offense.penaltyBasis, ...(shared.length > 0 ? ["民法典第一千二百五十九条"] : [])], { rules: [partRef(offense, `tiers[${offense.def.tiers.indexOf(tier)}]`)], values: readFacts(offense, facts) }));
  if (tier.proposal) warnings.push(warn("PROPOSAL_TIER", { tier: tier.title }));
  explanation.push(explainCircumstances(applied));

  const chosen = choosePenalties(ctx, tier);
  // A circumstance that chose the tier is not counted again as aggravating within it (禁止重复评价).
  for (const id of circumstancesRead(tier.when)) if (found.has(id)) chosen.conditionsUsed.add(id);
  let penalties: readonly PenaltyOut[] = chosen.penalties;
  let fine: FineResult["fine"] = null;
  let fineEntry: ExplanationEntryT;
  if (penalties.some((p) => p.type === "fine")) {
    const r = computeFine(ctx, tier, chosen.conditionsUsed);
    fine = r.fine;
    fineEntry = r.explanation;
    if (!fine) {
      // A multiple of nothing: no fine is listed among the penalties, and the officer is told why.
      penalties = penalties.filter((p) => p.type !== "fine");
      warnings.push(warn("FINE_IMPOSSIBLE"));
    }
  } else {
    fineEntry = explain("fine", offense.def.statutory.fine ? sentence.NO_FINE_HERE() : sentence.NO_FINE_BY_LAW(), [offense.penaltyBasis]);
  }
  explanation.push(explainPenalties(penalties, chosen.referrals, offense), fineEntry);
  const measures = measuresFor(offense, found, ex.kind === "may-exempt");
  // No penalty type applies: only measures (责令改正, 责令停止作业 …) are ordered.
  const outcome = penalties.length === 0 ? "measures-only" : ex.kind === "may-exempt" ? "may-waive" : "penalty";
  return done({ outcome, tier, penalties, referrals: chosen.referrals, fine, measures });
}

/** The facts the tier conditions read, as they were given: the values the tier step used. */
function readFacts(offense: CompiledOffense, facts: OffenseContext["facts"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of offense.tiers.facts) {
    const v = facts[name];
    if (v !== undefined) out[name] = typeof v === "object" ? v.toString() : String(v);
  }
  return out;
}

/** The measures entry and the procedure close every path. */
function finish(ctx: OffenseContext, d: Decided, explanation: ExplanationEntryT[], warnings: Warning[]): OffenseAssessment {
  if (d.measures.length > 0) {
    const guardian = d.measures.filter((m) => m.type === "order-guardian-discipline" || m.type === "order-guardian-care").map((m) => (m.type === "order-guardian-discipline" ? "行政处罚法第三十条" : "行政处罚法第三十一条"));
    explanation.push(explain("measures", sentence.MEASURES({ measures: d.measures }), ["行政处罚法第二十八条第一款", ...guardian, ctx.offense.penaltyBasis]));
  }
  const procedure = procedureFor(ctx, d.outcome, d.penalties, d.fine?.figures ?? null);
  return { ctx, outcome: d.outcome, tier: d.tier, penalties: d.penalties, referrals: d.referrals ?? [], fine: d.fine, measures: d.measures, explanation, warnings, procedure, closing: [], concurrent: [] };
}

function measuresFor(offense: CompiledOffense, found: ReadonlySet<string>, educate: boolean): MeasureOut[] {
  const out = offense.def.measures
    .filter((m) => !m.when || m.when.some((id) => found.has(id)))
    .map((m) => ({ type: m.type, title: m.title ?? MEASURE_TYPES[m.type].zh, mandatory: m.mandatory }));
  // 行政处罚法第三十三条第三款: where no penalty is given, the party must be educated.
  if (educate && !out.some((m) => m.type === "educate")) out.push({ type: "educate", title: MEASURE_TYPES.educate.zh, mandatory: true });
  return out;
}

function explainCircumstances(applied: readonly AppliedCircumstance[]): ExplanationEntryT {
  if (applied.length === 0) return explain("circumstances", sentence.NO_CIRCUMSTANCES(), []);
  return explain("circumstances", sentence.CIRCUMSTANCES({ applied }), [...new Set(applied.map((c) => c.basis))]);
}

function explainPenalties(penalties: readonly PenaltyOut[], referrals: readonly ReferralOut[], offense: CompiledOffense): ExplanationEntryT {
  // A penalty the article gives to another authority is referred to it, never imposed here.
  const text = sentence.PENALTIES({ penalties, referrals });
  return explain("penalties", text, penalties.length === 0 ? [offense.penaltyBasis] : [...new Set(penalties.map((p) => p.basis))]);
}
