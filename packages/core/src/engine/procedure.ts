import { formatMoney, type Dec } from "../money.js";
import type { AssessResultT, ExplanationEntryT } from "../schema/assessment.js";
import { addCalendarDays, addWorkingDays } from "../law/calendar.js";
import { addDays, endOfNextReportMonth } from "../dates.js";
import type { OffenseContext } from "./context.js";
import { explain } from "./explain.js";
import { warn, type Warning } from "./warnings.js";
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
  const who = kind === "individual" ? "公民" : "法人或者其他组织";
  const explanation: ExplanationEntryT[] = [];
  const warnings: Warning[] = [];
  // A case the standard leaves to individual decision is one the officer will penalize under the ordinary procedure.
  const penalized = outcome === "penalty" || outcome === "may-waive" || outcome === "individual-decision";
  const types = new Set(penalties.map((p) => p.type));
  // With no point (band-only), the hearing and a major case are judged on what the range surely reaches, the summary procedure on what it may reach.
  const amount = fine ? recommendedBounds(fine.recommended) : null;
  const point = amount?.low ?? null;

  const summaryLimit = dec(settings.summaryProcedure.fineAtMost[kind]);
  // The standard may name circumstances that rule the summary procedure out (the bureau's 立案标准 (一)3: a party that does not cooperate).
  const noSummary = settings.summaryProcedure.excludedWhen.filter((id) => found.has(id));
  const summary = penalized && noSummary.length === 0 && types.size > 0 && [...types].every((t) => SUMMARY_TYPES.has(t)) && (amount === null || amount.high.lte(summaryLimit));

  // 行政处罚法第六十三条: the local rule may set other thresholds outside business activity (从事非经营活动).
  const outsideBusiness = !input.party.business && settings.hearing.nonBusiness;
  const thresholds = outsideBusiness ? settings.hearing.nonBusiness ?? settings.hearing : settings.hearing;
  const activity = outsideBusiness ? "从事非经营活动的" : settings.hearing.nonBusiness ? "从事经营活动的" : "";
  const hearingAt = dec(thresholds.fineAtLeast[kind]);
  const confiscationText = thresholds.confiscationAtLeast?.[kind];
  const confiscationAt = confiscationText ? dec(confiscationText) : null;
  const hearingTypes = settings.hearing.penaltyTypes.filter((t) => types.has(t));
  const hearingReasons: string[] = [];
  if (penalized && point !== null && point.gte(hearingAt)) hearingReasons.push(`罚款 ${formatMoney(point)} 元达到较大数额（${activity}${who} ${formatMoney(hearingAt)} 元以上）`);
  if (penalized && hearingTypes.length > 0) hearingReasons.push(`拟作出${penalties.filter((p) => hearingTypes.includes(p.type)).map((p) => p.title).join("、")}`);
  // 第六十三条第一款第（二）项: 没收较大数额违法所得、没收较大价值非法财物.
  const confiscated = [
    { type: "confiscate-illegal-gains" as const, fact: offense.def.illegalGainsFact, what: "违法所得", whatEn: "illegal gains" },
    { type: "confiscate-illegal-property" as const, fact: offense.def.illegalPropertyFact, what: "非法财物", whatEn: "illegal property" },
  ].filter((c) => penalized && types.has(c.type));
  for (const c of confiscated) {
    const value = c.fact ? facts[c.fact] : undefined;
    if (typeof value === "object" && confiscationAt) {
      if (value.gte(confiscationAt)) hearingReasons.push(`没收较大${c.type === "confiscate-illegal-gains" ? "数额" : "价值"}的${c.what}（${formatMoney(value)} 元，${activity}${who} ${formatMoney(confiscationAt)} 元以上）`);
      continue;
    }
    warnings.push(warn("CONFISCATION_HEARING_UNDETERMINED", { why: confiscationAt ? "no-value" : "no-threshold", what: c.type === "confiscate-illegal-gains" ? "gains" : "property", threshold: confiscationAt ? `${activity}${who} ${formatMoney(confiscationAt)} 元以上` : "" }));
  }
  const hearing = hearingReasons.length > 0;
  if (penalized && fine && !hearing && fine.recommended.max.gte(hearingAt)) {
    warnings.push(warn("HEARING_THRESHOLD_IN_RANGE", { threshold: formatMoney(hearingAt) }));
  }
  if (penalized && (fine || confiscated.length > 0) && !settings.hearing.confirmed) {
    warnings.push(warn("HEARING_THRESHOLD_UNCONFIRMED"));
  }

  const major = settings.majorCase;
  const majorReasons: string[] = [];
  const majorAt = dec(major.fineAtLeast[kind]);
  if (penalized && point !== null && point.gte(majorAt)) majorReasons.push(`罚款 ${formatMoney(point)} 元达到重大案件标准（${formatMoney(majorAt)} 元以上）`);
  const majorTypes = penalties.filter((p) => major.penaltyTypes.includes(p.type));
  if (penalized && majorTypes.length > 0) majorReasons.push(`拟作出${majorTypes.map((p) => p.title).join("、")}`);
  const majorCircs = major.circumstances.filter((id) => found.has(id));
  if (penalized && majorCircs.length > 0) majorReasons.push(`具有情节：${majorCircs.map(titleOf).join("、")}`);
  const isMajor = majorReasons.length > 0;

  let filingRequired = false;
  if (penalized) {
    const threshold = offense.filing ? offense.filing.matching(facts).length > 0 : true;
    const forced = settings.filing.alwaysWhen.filter((id) => found.has(id));
    const titles = forced.map(titleOf);
    // 行政处罚法第五十四条第二款: whatever the starting point, a case under the ordinary procedure is filed.
    filingRequired = threshold || forced.length > 0 || !summary;
    const why = threshold
      ? ["（达到立案标准）", " (the starting point is reached)"]
      : forced.length > 0
        ? [`（虽未达立案标准，但具有 ${titles.join("、")}）`, ` (below the starting point, but ${forced.join(", ")})`]
        : ["（虽未达立案标准，但适用普通程序）", " (below the starting point, but the ordinary procedure applies)"];
    explanation.push(
      explain(
        "filing",
        filingRequired ? `应当立案${why[0]}` : "未达立案标准，可以适用简易程序当场作出决定",
        filingRequired ? `Filing required${why[1]}` : "Below the filing starting point: the summary procedure may be used",
        [settings.filing.basis, ...(filingRequired && !threshold && forced.length === 0 ? ["行政处罚法第五十四条第二款"] : [])],
      ),
    );
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
  const zh = [
    summary ? `可以适用简易程序当场作出决定（${who}罚款 ${formatMoney(summaryLimit)} 元以下或者警告）` : noSummary.length > 0 ? `适用普通程序（具有 ${noSummary.map(titleOf).join("、")}，不能适用简易程序）` : "适用普通程序",
    hearing ? `应当告知听证权利：${hearingReasons.join("；")}` : "无须告知听证权利",
    isMajor ? `属重大案件（${majorReasons.join("；")}）：应当法制审核、集体讨论，并于 ${report} 前报送` : hearing ? "经听证的，作出决定前应当法制审核" : reviewEveryCase ? "适用普通程序的案件，作出决定前应当法制审核" : "",
    file ? `立案期限 ${file}（自发现之日起 ${settings.filing.periodDays} ${settings.filing.workingDays ? "个工作日" : `日${settings.filing.rollToWorkingDay ? "，期限最后一日为休息日的顺延至下一个工作日" : ""}`}）` : "",
    decide ? `作出决定期限 ${decide}` : "",
  ].filter(Boolean);
  const en = [
    summary ? "summary procedure allowed (art. 51)" : "ordinary procedure",
    hearing ? "the party must be told of the right to a hearing (art. 63)" : "no hearing notice required",
    isMajor ? `major case: legal review, collective discussion, report by ${report}` : hearing ? "legal review before the decision (art. 58)" : reviewEveryCase ? "legal review before the decision (every ordinary-procedure case, the agency's rule)" : "",
    file ? `file by ${file}` : "",
    decide ? `decide by ${decide}` : "",
  ].filter(Boolean);
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
    settingRef(version, `settings.summaryProcedure.fineAtMost.${kind}`, formatMoney(summaryLimit)),
    settingRef(version, `${hearingPath}.fineAtLeast.${kind}`, formatMoney(hearingAt)),
    ...(confiscationAt ? [settingRef(version, `${hearingPath}.confiscationAtLeast.${kind}`, formatMoney(confiscationAt))] : []),
    settingRef(version, `settings.majorCase.fineAtLeast.${kind}`, formatMoney(majorAt)),
    ...(file ? [settingRef(version, "settings.filing.periodDays", String(settings.filing.periodDays))] : []),
    ...(reviewEveryCase ? [settingRef(version, "settings.legalReview.everyOrdinaryCase", "true")] : []),
  ];
  const values: Record<string, string> = { partyKind: kind, business: String(input.party.business), ...(amount ? { low: formatMoney(amount.low), high: formatMoney(amount.high) } : {}) };
  explanation.unshift(explain("procedure", zh.join("；"), en.join("; "), basis, { rules, values }));
  return { procedure, explanation, warnings };
}
