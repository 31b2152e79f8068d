import { formatMoney, type Dec } from "../money.js";
import type { AssessResultT, ExplanationEntryT } from "../schema/assessment.js";
import { addCalendarDays, addWorkingDays } from "../law/calendar.js";
import { addDays, endOfNextReportMonth } from "../dates.js";
import type { OffenseContext } from "./context.js";
import { explain } from "./explain.js";
import { joinTexts, type Text } from "../messages/catalogue.js";
import { sentence } from "../messages/explanations.js";
import { warn, type Warning } from "../messages/warnings.js";
import { recommendedBounds, type FineFigures } from "./fine.js";
import { settingRef } from "./refs.js";
import type { PenaltyOut } from "./penalties.js";

export type ProcedureOut = AssessResultT["procedure"];

export interface ProcedureResult {
  procedure: ProcedureOut;
  explanation: ExplanationEntryT[];
  warnings: Warning[];
}

const SUMMARY_TYPES = new Set(["warning", "fine"]);

/**
 * Procedure for the outcome: summary procedure (art. 51), hearing (art. 63), major case (collective
 * discussion art. 57 ¶2, legal review art. 58, half-yearly report), filing, and deadlines.
 */
export function procedureFor(
  { version, offense, input, found, facts }: OffenseContext,
  outcome: AssessResultT["outcome"],
  penalties: readonly PenaltyOut[],
  fine: FineFigures | null,
): ProcedureResult {
  const { settings } = version.def;
  const { dec } = version;
  const titleOf = (id: string) => offense.circumstances.get(id)?.title ?? id;
  const kind = input.party.kind;
  const explanation: ExplanationEntryT[] = [];
  const warnings: Warning[] = [];
  // A case the standard leaves to individual decision is one the officer will penalize under the ordinary procedure.
  const penalized = outcome === "penalty" || outcome === "may-waive" || outcome === "individual-decision";
  const types = new Set(penalties.map((p) => p.type));
  // With no point (band-only), the hearing and a major case are judged on what the range surely reaches, the summary procedure on what it may reach.
  const amount = fine ? recommendedBounds(fine.recommended) : null;
  const point = amount?.low ?? null;
  // The amounts as written, once: the reasons and the step's values quote the same figures.
  const written = amount ? { low: formatMoney(amount.low), high: formatMoney(amount.high) } : null;

  const summaryLimit = dec(settings.summaryProcedure.fineAtMost[kind]);
  // The standard may name circumstances that rule the summary procedure out (the bureau's 立案标准 (一)3: a party that does not cooperate).
  const noSummary = settings.summaryProcedure.excludedWhen.filter((id) => found.has(id));
  const summary = penalized && noSummary.length === 0 && types.size > 0 && [...types].every((t) => SUMMARY_TYPES.has(t)) && (amount === null || amount.high.lte(summaryLimit));

  // 行政处罚法第六十三条: the local rule may set other thresholds outside business activity (从事非经营活动).
  const outsideBusiness = !input.party.business && settings.hearing.nonBusiness;
  const thresholds = outsideBusiness ? settings.hearing.nonBusiness ?? settings.hearing : settings.hearing;
  const activity = outsideBusiness ? "non-business" : settings.hearing.nonBusiness ? "business" : null;
  const hearingAt = dec(thresholds.fineAtLeast[kind]);
  const confiscationText = thresholds.confiscationAtLeast?.[kind];
  const confiscationAt = confiscationText ? dec(confiscationText) : null;
  const hearingTypes = settings.hearing.penaltyTypes.filter((t) => types.has(t));
  const hearingReasons: Text[] = [];
  if (penalized && point !== null && written && point.gte(hearingAt)) hearingReasons.push(sentence.HEARING_FOR_FINE({ amount: written.low, kind, activity, threshold: formatMoney(hearingAt) }));
  if (penalized && hearingTypes.length > 0) {
    const heard = penalties.filter((p) => hearingTypes.includes(p.type));
    hearingReasons.push(sentence.PENALTIES_PROPOSED({ titles: heard.map((p) => p.title), types: heard.map((p) => p.type) }));
  }
  // 第六十三条第一款第（二）项: 没收较大数额违法所得、没收较大价值非法财物.
  const confiscated = [
    { type: "confiscate-illegal-gains" as const, fact: offense.def.illegalGainsFact, gains: true },
    { type: "confiscate-illegal-property" as const, fact: offense.def.illegalPropertyFact, gains: false },
  ].filter((c) => penalized && types.has(c.type));
  for (const c of confiscated) {
    const value = c.fact ? facts[c.fact] : undefined;
    if (typeof value === "object" && confiscationAt) {
      if (value.gte(confiscationAt)) hearingReasons.push(sentence.HEARING_FOR_CONFISCATION({ gains: c.gains, value: formatMoney(value), kind, activity, threshold: formatMoney(confiscationAt) }));
      continue;
    }
    warnings.push(warn("CONFISCATION_HEARING_UNDETERMINED", { gains: c.gains, threshold: confiscationAt ? { kind, activity, amount: formatMoney(confiscationAt) } : null }));
  }
  const hearing = hearingReasons.length > 0;
  if (penalized && fine && !hearing && fine.recommended.max.gte(hearingAt)) {
    warnings.push(warn("HEARING_THRESHOLD_IN_RANGE", { threshold: formatMoney(hearingAt) }));
  }
  if (penalized && (fine || confiscated.length > 0) && !settings.hearing.confirmed) {
    warnings.push(warn("HEARING_THRESHOLD_UNCONFIRMED"));
  }

  const major = settings.majorCase;
  const majorReasons: Text[] = [];
  const majorAt = dec(major.fineAtLeast[kind]);
  if (penalized && point !== null && written && point.gte(majorAt)) majorReasons.push(sentence.MAJOR_FOR_FINE({ amount: written.low, threshold: formatMoney(majorAt) }));
  const majorTypes = penalties.filter((p) => major.penaltyTypes.includes(p.type));
  if (penalized && majorTypes.length > 0) majorReasons.push(sentence.PENALTIES_PROPOSED({ titles: majorTypes.map((p) => p.title), types: majorTypes.map((p) => p.type) }));
  const majorCircs = major.circumstances.filter((id) => found.has(id));
  if (penalized && majorCircs.length > 0) majorReasons.push(sentence.MAJOR_FOR_CIRCUMSTANCES({ circumstances: majorCircs.map((id) => ({ id, title: titleOf(id) })) }));
  const isMajor = majorReasons.length > 0;

  let filingRequired = false;
  if (penalized) {
    const threshold = offense.filing ? offense.filing.matching(facts).length > 0 : true;
    const forced = settings.filing.alwaysWhen.filter((id) => found.has(id)).map((id) => ({ id, title: titleOf(id) }));
    // 行政处罚法第五十四条第二款: whatever the starting point, a case under the ordinary procedure is filed.
    filingRequired = threshold || forced.length > 0 || !summary;
    const text = !filingRequired
      ? sentence.FILING_NOT_REQUIRED()
      : sentence.FILING_REQUIRED(threshold ? { why: "threshold" } : forced.length > 0 ? { why: "circumstances", circumstances: forced } : { why: "ordinary" });
    explanation.push(explain("filing", text, [settings.filing.basis, ...(filingRequired && !threshold && forced.length === 0 ? ["行政处罚法第五十四条第二款"] : [])]));
  }

  const { dates } = input;
  let file: string | null = null;
  if (dates.discovered) {
    const { periodDays, workingDays, rollToWorkingDay } = settings.filing;
    const r = workingDays ? addWorkingDays(dates.discovered, periodDays) : addCalendarDays(dates.discovered, periodDays, rollToWorkingDay);
    file = r.date;
    if (r.unknownYears.length > 0) {
      warnings.push(warn("HOLIDAY_CALENDAR_MISSING_YEAR", { years: r.unknownYears }));
    }
  } else {
    warnings.push(warn("DISCOVERY_DATE_MISSING"));
  }
  let decide: string | null = null;
  if (dates.filed) decide = addDays(dates.filed, settings.decisionPeriodDays);
  else if (penalized) warnings.push(warn("FILING_DATE_MISSING"));
  if (dates.filed && dates.decision > (decide as string)) {
    warnings.push(warn("DECISION_LATE", { decision: dates.decision, days: settings.decisionPeriodDays, deadline: decide as string }));
  }
  if (dates.discovered && dates.filed && file && dates.filed > file) {
    warnings.push(warn("FILING_LATE", { filed: dates.filed, deadline: file }));
  }
  const report = isMajor ? endOfNextReportMonth(dates.decision, settings.reportMonths) : null;

  // 法制审核: major cases and heard cases by law (art. 58); every ordinary-procedure case where the agency's own procedure says so.
  const reviewEveryCase = settings.legalReview.everyOrdinaryCase && penalized && !summary;
  const procedure: ProcedureOut = {
    summary,
    hearing,
    legalReview: isMajor || hearing || reviewEveryCase,
    collectiveDiscussion: isMajor,
    major: isMajor,
    filingRequired,
    educationRequired: outcome === "no-penalty" || outcome === "may-waive",
    deadlines: { file, decide, report },
  };
  const { filing } = settings;
  const text = joinTexts([
    summary ? sentence.PROCEDURE_SUMMARY({ kind, limit: formatMoney(summaryLimit) }) : sentence.PROCEDURE_ORDINARY({ excludedBy: noSummary.map(titleOf) }),
    hearing ? sentence.HEARING_REQUIRED({ reasons: hearingReasons }) : sentence.HEARING_NOT_REQUIRED(),
    ...(isMajor ? [sentence.REVIEW_MAJOR({ reasons: majorReasons, report: report as string })] : hearing ? [sentence.REVIEW_HEARD()] : reviewEveryCase ? [sentence.REVIEW_EVERY_CASE()] : []),
    ...(file ? [sentence.FILING_PERIOD({ date: file, days: filing.periodDays, workingDays: filing.workingDays, roll: filing.rollToWorkingDay })] : []),
    ...(decide ? [sentence.DECISION_PERIOD({ date: decide })] : []),
  ]);
  // Cite what the conclusions rest on, not every rule that was looked at.
  const basis = [
    ...(summary ? [settings.summaryProcedure.basis] : []),
    ...(hearing || fine ? ["行政处罚法第六十三条", settings.hearing.basis] : []),
    ...(isMajor ? ["行政处罚法第五十七条第二款", "行政处罚法第五十八条", major.basis] : hearing ? ["行政处罚法第五十八条"] : reviewEveryCase ? [settings.legalReview.basis] : []),
    ...(file ? [settings.filing.basis] : []),
    ...(decide ? ["行政处罚法第六十条"] : []),
  ];
  // The settings cited where they act: the thresholds read for this party, and the periods.
  const hearingPath = outsideBusiness ? "settings.hearing.nonBusiness" : "settings.hearing";
  const rules = [
    settingRef(version, `settings.summaryProcedure.fineAtMost.${kind}`, settings.summaryProcedure.fineAtMost[kind]),
    settingRef(version, `${hearingPath}.fineAtLeast.${kind}`, thresholds.fineAtLeast[kind]),
    ...(confiscationText ? [settingRef(version, `${hearingPath}.confiscationAtLeast.${kind}`, confiscationText)] : []),
    settingRef(version, `settings.majorCase.fineAtLeast.${kind}`, major.fineAtLeast[kind]),
    ...(file ? [settingRef(version, "settings.filing.periodDays", String(settings.filing.periodDays))] : []),
    ...(reviewEveryCase ? [settingRef(version, "settings.legalReview.everyOrdinaryCase", "true")] : []),
  ];
  const values: Record<string, string> = { partyKind: kind, business: String(input.party.business) };
  if (written) {
    values.low = written.low;
    values.high = written.high;
  }
  explanation.unshift(explain("procedure", text, basis, { rules, values }));
  return { procedure, explanation, warnings };
}
