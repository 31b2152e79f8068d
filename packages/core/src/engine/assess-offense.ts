import { CailiangError } from "../errors.js";
import type { CompiledOffense, CompiledRuleset } from "../model.js";
import type { AssessInputParsed, AssessResultT, ExplanationEntryT } from "../schema/assessment.js";
import { MEASURE_TYPES, CIRCUMSTANCE_EFFECTS } from "../schema/vocabulary.js";
import { appliedCircumstances, type AppliedCircumstance } from "./circumstances.js";
import type { CaseFacts } from "./case-input.js";
import { exemption } from "./exemption.js";
import { explain, type Warning } from "./explain.js";
import { computeFine, type FineFigures } from "./fine.js";
import { choosePenalties, penaltyBasis, type PenaltyOut } from "./penalties.js";
import { procedureFor } from "./procedure.js";
import { timeBar } from "./time-bar.js";

/** One offense assessed under one version, with the exact figures kept for comparisons. */
export interface OffenseAssessment {
  result: AssessResultT;
  figures: FineFigures | null;
}

/** Steps 2–9 of the pipeline for one offense under one ruleset version. */
export async function assessOffense(version: CompiledRuleset, offense: CompiledOffense, input: AssessInputParsed, facts: CaseFacts): Promise<OffenseAssessment> {
  const applied = appliedCircumstances(offense, input.party, input.circumstances);
  const found = new Set(input.circumstances);
  const explanation: ExplanationEntryT[] = [];
  const warnings: Warning[] = [];
  const head = {
    ruleset: { id: version.def.id, version: version.def.version, hash: version.hash },
    offense: { id: offense.def.id, title: offense.def.title },
    circumstances: applied.map(circumstanceOut),
    concurrent: [],
    alternative: null,
  };

  const bar = timeBar(offense, input.dates, applied);
  explanation.push(bar.explanation);
  if (bar.barred) {
    return finish(version, offense, input, facts, { ...head, outcome: "time-barred", tier: null, penalties: [], fine: null, measures: [] }, null, found, explanation, warnings);
  }

  const ex = await exemption(version, offense, input.party, applied, facts);
  explanation.push(...ex.explanation);
  if (ex.kind === "exempt") {
    const measures = measuresFor(offense, found, true);
    return finish(version, offense, input, facts, { ...head, outcome: "no-penalty", tier: null, penalties: [], fine: null, measures }, null, found, explanation, warnings);
  }

  const matched = await offense.tiers.matching(facts);
  const tier = matched.length === 1 ? offense.def.tiers.find((t) => t.id === matched[0]) : undefined;
  if (!tier) {
    const shown = Object.entries(facts).map(([k, v]) => `${k}=${String(v)}`).join(", ");
    throw new CailiangError("RULESET_INVALID", `违法行为 ${offense.def.id} 的阶次条件在本案事实（${shown}）下有 ${matched.length} 个阶次适用，须恰有一个`, `${matched.length} tiers of offense ${offense.def.id} apply to these facts (${shown}); exactly one must`, [
      { code: matched.length === 0 ? "TIERS_GAP" : "TIERS_OVERLAP", path: `offenses.${offense.def.id}.tiers`, zh: matched.length === 0 ? "没有阶次适用" : `阶次 ${matched.join("、")} 同时适用`, en: matched.length === 0 ? "no tier applies" : `tiers ${matched.join(", ")} all apply`, ...offense.location },
    ]);
  }
  explanation.push(explain("tier", `适用「${tier.title}」阶次：${tier.description}`, `Tier "${tier.id}" applies: ${tier.description}`, [penaltyBasis(offense)]));
  explanation.push(explainCircumstances(applied));

  const { penalties, conditionsUsed } = choosePenalties(offense, tier, found, facts);
  explanation.push(explainPenalties(penalties, offense));
  let figures: FineFigures | null = null;
  let fine: AssessResultT["fine"] = null;
  if (penalties.some((p) => p.type === "fine")) {
    const r = await computeFine(version, offense, tier, facts, applied, conditionsUsed);
    figures = r.figures;
    fine = r.fine;
    explanation.push(r.explanation);
    if (!fine) {
      penalties.splice(penalties.findIndex((p) => p.type === "fine"), 1);
      warnings.push({ code: "FINE_IMPOSSIBLE", zh: "依本案事实法定罚款上限为零，不能处以罚款，请核对事实", en: "On these facts the statutory maximum fine is zero; no fine can be imposed — check the facts" });
    }
  } else {
    explanation.push(explain("fine", offense.def.statutory.fine ? "本案不处罚款（罚款为可选或附条件的处罚，条件未满足或本阶次不适用）" : "法律未规定罚款，不得罚款", offense.def.statutory.fine ? "No fine in this case (the fine is optional or conditional, and does not apply)" : "The statute authorizes no fine", [penaltyBasis(offense)]));
  }
  const measures = measuresFor(offense, found, ex.kind === "may-exempt");
  // No penalty type applies: only measures (责令改正, 责令停止作业 …) are ordered.
  const outcome = penalties.length === 0 ? "measures-only" : ex.kind === "may-exempt" ? "may-waive" : "penalty";
  return finish(version, offense, input, facts, { ...head, outcome, tier: { id: tier.id, title: tier.title }, penalties, fine, measures }, figures, found, explanation, warnings);
}

type Draft = Omit<AssessResultT, "procedure" | "explanation" | "warnings">;

async function finish(
  version: CompiledRuleset,
  offense: CompiledOffense,
  input: AssessInputParsed,
  facts: CaseFacts,
  partial: Draft,
  figures: FineFigures | null,
  found: ReadonlySet<string>,
  explanation: ExplanationEntryT[],
  warnings: Warning[],
): Promise<OffenseAssessment> {
  if (partial.measures.length > 0) {
    explanation.push(explain("measures", `同时采取的措施（不属于行政处罚）：${partial.measures.map((m) => `${m.title}${m.mandatory ? "" : "（可以）"}`).join("、")}`, `Measures (not penalties): ${partial.measures.map((m) => m.type).join(", ")}`, ["行政处罚法第二十八条第一款", penaltyBasis(offense)]));
  }
  const p = await procedureFor(version, offense, input, partial.outcome, partial.penalties, figures, found, facts);
  return {
    result: { ...partial, procedure: p.procedure, explanation: [...explanation, ...p.explanation], warnings: [...warnings, ...p.warnings] },
    figures,
  };
}

function measuresFor(offense: CompiledOffense, found: ReadonlySet<string>, educate: boolean): AssessResultT["measures"] {
  const out = offense.def.measures
    .filter((m) => !m.when || m.when.some((id) => found.has(id)))
    .map((m) => ({ type: m.type, title: m.title ?? MEASURE_TYPES[m.type].zh, mandatory: m.mandatory }));
  // 行政处罚法第三十三条第三款: where no penalty is given, the party must be educated.
  if (educate && !out.some((m) => m.type === "educate")) out.push({ type: "educate", title: MEASURE_TYPES.educate.zh, mandatory: true });
  return out;
}

function circumstanceOut(c: AppliedCircumstance): AssessResultT["circumstances"][number] {
  return { id: c.id, title: c.title, effect: c.effect, mandatory: c.mandatory, basis: c.basis };
}

function explainCircumstances(applied: readonly AppliedCircumstance[]): ExplanationEntryT {
  if (applied.length === 0) return explain("circumstances", "未认定从轻、减轻或者从重情节", "No circumstances found", []);
  return explain(
    "circumstances",
    applied.map((c) => `${c.title}（${c.effect === "none" ? "" : c.mandatory ? "应当" : "可以"}${CIRCUMSTANCE_EFFECTS[c.effect].zh}）`).join("；"),
    applied.map((c) => `${c.titleEn} (${c.effect === "none" ? "" : c.mandatory ? "must: " : "may: "}${CIRCUMSTANCE_EFFECTS[c.effect].en})`).join("; "),
    [...new Set(applied.map((c) => c.basis))],
  );
}

function explainPenalties(penalties: readonly PenaltyOut[], offense: CompiledOffense): ExplanationEntryT {
  if (penalties.length === 0) return explain("penalties", "不给予行政处罚种类（仅采取措施）", "No penalty type applies (measures only)", [penaltyBasis(offense)]);
  return explain(
    "penalties",
    `处罚种类：${penalties.map((p) => `${p.title}${p.mandatory ? "（应当）" : "（可以）"}`).join("、")}`,
    `Penalty types: ${penalties.map((p) => `${p.type}${p.mandatory ? " (mandatory)" : " (optional)"}`).join(", ")}`,
    [...new Set(penalties.map((p) => p.basis))],
  );
}
