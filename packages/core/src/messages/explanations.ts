import { D } from "../money.js";
import { CIRCUMSTANCE_EFFECTS, type CircumstanceEffect } from "../schema/vocabulary.js";
import { text, type Table, type Text } from "./catalogue.js";
import { activityZh, who, type Activity, type PartyKind } from "./party.js";

/**
 * The sentences of an assessment's explanation, step by step: each code with its Chinese and
 * English text. A step names a code and its values, never writes a sentence itself. The Chinese
 * names things by their titles, never by their ids.
 */

interface Titled {
  id: string;
  title: string;
}

const may = (mandatory: boolean) => (mandatory ? "" : "（可以）");
const harmWhy = (harm: readonly string[]): [string, string] =>
  harm.length > 0 ? [`（涉及公民生命健康安全且有危害后果：${harm.join("、")}）`, " (life, health or financial safety, with harmful consequences)"] : ["", ""];
const counts = (m: number, a: number): [string, string] => [m === 0 && a === 0 ? "无从轻、从重情节" : `从轻情节 ${m} 项、从重情节 ${a} 项`, `${m} mitigating and ${a} aggravating circumstance(s)`];
const percentOf = (fraction: string) => `${D(fraction).times(100).toString()}%`;

const EXPLANATIONS = {
  // 行政处罚法第三十七条: which version of the standard applies.
  VERSION_AT_ACT: (p: { act: string; title: string; version: string }) => text(
    `适用违法行为发生时（${p.act}）施行的《${p.title}》${p.version} 版`,
    `The version in force on the date of the act (${p.act}) applies: ${p.version}`,
  ),
  VERSION_ACT_TIME: (p: { version: string }) => text(`适用违法行为发生时施行的 ${p.version} 版`, `The version at the time of the act (${p.version}) applies`),
  VERSION_AT_DECISION_ONLY: (p: { warning: Text }) => text(
    `${p.warning.zh}；基准不是法律，不因此免除或者加重处罚，法定的追责时效、不予处罚情形和罚款幅度照常适用`,
    `${p.warning.en}. A standard is not a law: this neither excuses nor aggravates; the statute's time bar, exemptions and fine bounds apply as always`,
  ),
  VERSIONS_COMPARED: (p: {
    act: string;
    decision: string;
    atAct: string;
    atDecision: string;
    renamed: { id: string; title: string } | null;
    old: { outcome: Text; point: string };
    fresh: { outcome: Text; point: string };
    newer: boolean;
    chosen: string;
  }) => text(
    `行为时（${p.act}）施行 ${p.atAct} 版，决定时（${p.decision}）施行 ${p.atDecision} 版${p.renamed ? `（${p.atDecision} 版中该违法行为为「${p.renamed.title}」）` : ""}；两版计算：${p.atAct} 版${p.old.outcome.zh}、建议罚款 ${p.old.point}，${p.atDecision} 版${p.fresh.outcome.zh}、建议罚款 ${p.fresh.point}；${p.newer ? "新的规定处罚较轻，适用新的规定" : "新的规定并不较轻，适用行为时的规定"}（适用 ${p.chosen} 版）`,
    `At the act (${p.act}) version ${p.atAct} was in force; at the decision (${p.decision}) version ${p.atDecision}${p.renamed ? ` (where the row is ${p.renamed.id})` : ""}. Under ${p.atAct}: ${p.old.outcome.en}, point ${p.old.point}; under ${p.atDecision}: ${p.fresh.outcome.en}, point ${p.fresh.point}. ${p.newer ? "The new rule is lighter and applies" : "The new rule is not lighter; the rule at the act applies"} (${p.chosen})`,
  ),
  STATUTE_CHANGED: (p: { article: string; law: string; articleNo: number; change: "repealed" | "amended"; date: string; note: string | null }) => text(
    `${p.article}已于 ${p.date} ${p.change === "repealed" ? "废止" : "修改"}${p.note ? `（${p.note}）` : ""}，作出决定时不再认为是违法，适用新的规定，不予行政处罚；责令改正等措施不因此免除`,
    `${p.law} art. ${p.articleNo} was ${p.change} on ${p.date}: at the decision the act is no longer an offense, so no penalty; measures such as orders to correct still stand`,
  ),

  // 行政处罚法第三十六条: the time bar.
  TIME_BAR_NO_DISCOVERY: (p: { years: number; start: string; ends: string; harm: readonly string[] }) => text(
    `未提供发现日期，无法核对 ${p.years} 年追责时效（自 ${p.start} 起至 ${p.ends}）${harmWhy(p.harm)[0]}`,
    `No discovery date: the ${p.years}-year period (from ${p.start} to ${p.ends}) cannot be checked${harmWhy(p.harm)[1]}`,
  ),
  TIME_BAR_BARRED: (p: { years: number; start: string; ends: string; discovered: string; harm: readonly string[] }) => text(
    `违法行为自 ${p.start} 起 ${p.years} 年内（至 ${p.ends}）未被发现，${p.discovered} 方发现，不再给予行政处罚${harmWhy(p.harm)[0]}`,
    `Not discovered within ${p.years} years of ${p.start} (by ${p.ends}); discovered ${p.discovered}: no penalty${harmWhy(p.harm)[1]}`,
  ),
  TIME_BAR_WITHIN: (p: { years: number; start: string; discovered: string; harm: readonly string[] }) => text(
    `${p.discovered} 发现，在自 ${p.start} 起 ${p.years} 年的追责时效内${harmWhy(p.harm)[0]}`,
    `Discovered ${p.discovered}, within ${p.years} years of ${p.start}${harmWhy(p.harm)[1]}`,
  ),

  // Arts. 30, 31, 33 and the standard's no-penalty list: the grounds, then the conclusion.
  GROUND_UNDER_14: () => text("不满十四周岁的未成年人有违法行为的，不予行政处罚，责令监护人加以管教", "A minor under 14: no penalty; the guardian is ordered to discipline"),
  GROUND_NO_CAPACITY: () => text(
    "精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚，但应当责令其监护人严加看管和治疗",
    "Unable to recognise or control own conduct: no penalty; the guardian is ordered to keep strict watch and arrange treatment",
  ),
  GROUND_CIRCUMSTANCE: (p: { title: string; titleEn: string }) => text(p.title, p.titleEn),
  GROUND_EXEMPTION_RULE: (p: { id: string; title: string }) => text(p.title, `exemption ${p.id}`),
  GROUND_NO_PENALTY_LIST: (p: { id: string; title: string }) => text(`免罚清单：${p.title}`, `No-penalty list entry ${p.id}`),
  NO_FAULT_NOT_EXEMPTING: (p: { title: string; titleEn: string }) => text(
    `${p.title}：本违法行为所依据的法律另有规定，不因此免予处罚`,
    `${p.titleEn}: the offense's law provides otherwise, so it does not exempt`,
  ),
  NO_EXEMPTION: () => text("不具有不予处罚的情形", "No ground for exemption"),
  EXEMPT: (p: { grounds: Text }) => text(`${p.grounds.zh}：依法不予行政处罚，应当对当事人进行教育`, `${p.grounds.en}: no penalty by law; the party must be educated`),
  MAY_EXEMPT: (p: { grounds: Text }) => text(
    `${p.grounds.zh}：可以不予行政处罚（裁量），如不予处罚应当对当事人进行教育；下列为拟给予的处罚`,
    `${p.grounds.en}: the penalty may be waived (discretion); if waived the party must be educated; the penalty otherwise due follows`,
  ),

  // The tier.
  TIER_GAP: (p: { id: string; title: string; reason: string; reasonEn: string }) => text(
    `本案属于本基准声明不设阶次的情形「${p.title}」：${p.reason}`,
    `The case falls in a region the standard leaves uncovered ("${p.id}"): ${p.reasonEn}`,
  ),
  TIER: (p: { role: string | null; tier: Titled & { description: string }; shared: readonly Titled[]; lighter: boolean }) => text(
    `${p.role ? `对${p.role}` : ""}适用「${p.tier.title}」阶次：${p.tier.description}${
      p.shared.length > 0 ? `（本案恰在「${[p.tier, ...p.shared].map((t) => t.title).join("」「")}」阶次的分界值上：以上、以下均包括本数，本基准规定分界值归${p.lighter ? "较轻" : "较重"}的阶次）` : ""
    }`,
    `Tier "${p.tier.id}" applies${p.role ? " to the unit's directly responsible persons" : ""}: ${p.tier.description}${
      p.shared.length > 0 ? ` (the case is at the boundary value shared with ${p.shared.map((t) => `"${t.id}"`).join(", ")}; the standard gives it to this tier)` : ""
    }`,
  ),

  // A fact as a sentence names it: its title and value, never its id ("伤亡人数 1人", "造成危害后果 是").
  FACT_SHOWN: (p: { name: string; title: string; value: string | boolean; unit: string | null; money: boolean }) => {
    const [zh, en] = typeof p.value === "boolean" ? (p.value ? ["是", "yes"] : ["否", "no"]) : [p.value, p.value];
    return text(`${p.title} ${zh}${p.unit ?? (p.money ? "元" : "")}`, `${p.name} ${en}${p.unit ?? (p.money ? " yuan" : "")}`);
  },

  // The statute's own circumstances (行政处罚法第三十条、第三十一条): their titles.
  MINOR_14_TO_17: () => text("已满十四周岁不满十八周岁的未成年人", "a minor aged 14 to 17"),
  PARTIAL_CAPACITY: () => text("尚未完全丧失辨认或者控制自己行为能力", "partial capacity to recognise or control own conduct"),

  // Circumstances found.
  NO_CIRCUMSTANCES: () => text("未认定从轻、减轻或者从重情节", "No circumstances found"),
  CIRCUMSTANCES: (p: { applied: ReadonlyArray<{ title: string; titleEn: string; effect: CircumstanceEffect; mandatory: boolean }> }) => text(
    p.applied.map((c) => `${c.title}（${c.effect === "none" ? "" : c.mandatory ? "应当" : "可以"}${CIRCUMSTANCE_EFFECTS[c.effect].zh}）`).join("；"),
    p.applied.map((c) => `${c.titleEn} (${c.effect === "none" ? "" : c.mandatory ? "must: " : "may: "}${CIRCUMSTANCE_EFFECTS[c.effect].en})`).join("; "),
  ),

  // An either-or penalty of the article (「降低资质等级或者吊销资质证书」): one penalty, its title.
  EITHER_OR: (p: { alternatives: ReadonlyArray<{ type: string; title: string }> }) => text(
    `${p.alternatives.map((a) => a.title).join("或者")}（择一）`,
    `${p.alternatives.map((a) => a.type).join(" or ")} (one of)`,
  ),

  // Penalty types, and those referred to another authority.
  PENALTIES: (p: {
    penalties: ReadonlyArray<{ type: string; title: string; mandatory: boolean; oneOf?: readonly string[] }>;
    referrals: ReadonlyArray<{ type: string; title: string; authority: string; mandatory: boolean }>;
  }) => {
    const referred = p.referrals.map((r) => `由${r.authority}${r.title}${may(r.mandatory)}`).join("、");
    const [zh, en] = referred ? [`；应当移送或者提请：${referred}（不属于本机关的处罚）`, `; to refer: ${p.referrals.map((r) => `${r.type} by ${r.authority}`).join(", ")}`] : ["", ""];
    if (p.penalties.length === 0) return text(`不给予行政处罚种类（仅采取措施）${zh}`, `No penalty type applies (measures only)${en}`);
    return text(
      `处罚种类：${p.penalties.map((x) => `${x.title}${x.mandatory ? "（应当）" : "（可以）"}`).join("、")}${zh}`,
      `Penalty types: ${p.penalties.map((x) => `${x.oneOf ? x.oneOf.join(" or ") : x.type}${x.mandatory ? " (mandatory)" : " (optional)"}`).join(", ")}${en}`,
    );
  },

  // The fine.
  NO_FINE_HERE: () => text("本案不处罚款（罚款为可选或附条件的处罚，条件未满足或本阶次不适用）", "No fine in this case (the fine is optional or conditional, and does not apply)"),
  NO_FINE_BY_LAW: () => text("法律未规定罚款，不得罚款", "The statute authorizes no fine"),
  FINE_IMPOSSIBLE: (p: { max: string }) => text(`依本案事实法定罚款上限为 ${p.max} 元，无法处以罚款`, `On these facts the statutory maximum is ${p.max} yuan: no fine can be imposed`),
  FINE: (p: {
    role: string | null;
    statutory: { min: string; max: string };
    multiple: { base: string; baseTitle: string; min: string; max: string } | null;
    tier: Titled;
    band: { min: string; max: string };
    placed: Text;
    reduction: Text | null;
    recommended: { min: string; max: string; point: string | null };
  }) => text(
    `${p.role ? `对${p.role}：` : ""}法定罚款幅度 ${p.statutory.min}–${p.statutory.max} 元${p.multiple ? `（${p.multiple.baseTitle}的 ${p.multiple.min} 至 ${p.multiple.max} 倍）` : ""}；「${p.tier.title}」阶次幅度 ${p.band.min}–${p.band.max} 元；${p.placed.zh}${p.reduction?.zh ?? ""}；建议罚款 ${p.recommended.min}–${p.recommended.max} 元${p.recommended.point === null ? "" : `，建议值 ${p.recommended.point} 元`}`,
    `${p.role ? "The responsible persons: " : ""}Statutory fine ${p.statutory.min}–${p.statutory.max} yuan${p.multiple ? ` (${p.multiple.base} × [${p.multiple.min}, ${p.multiple.max}])` : ""}; tier "${p.tier.id}" band ${p.band.min}–${p.band.max}; ${p.placed.en}${p.reduction?.en ?? ""}; recommended ${p.recommended.min}–${p.recommended.max}${p.recommended.point === null ? "" : `, point ${p.recommended.point} yuan`}`,
  ),
  // 减轻: recommended (the standard says it must), or offered beside the recommendation.
  FINE_REDUCED: (p: { grounds: ReadonlyArray<{ title: string; titleEn: string }>; floorFraction: string; bandMin: string; lighterMax: string }) => text(
    `；具有减轻处罚情节（${p.grounds.map((c) => c.title).join("、")}），依本基准减轻处罚：在法定最低罚款以下、不低于其 ${p.floorFraction} 倍的范围内建议（从轻处罚可在 ${p.bandMin}–${p.lighterMax} 元内）`,
    `; 减轻 grounds (${p.grounds.map((c) => c.titleEn).join(", ")}): reduced below the statutory minimum, not under ${p.floorFraction} of it, as the standard says`,
  ),
  FINE_REDUCTION_OFFERED: (p: { grounds: ReadonlyArray<{ title: string; titleEn: string }>; min: string; max: string; why: Text | null }) => text(
    `；具有减轻处罚情节（${p.grounds.map((c) => c.title).join("、")}），可以减轻处罚：减轻处罚幅度 ${p.min}–${p.max} 元${p.why ? `（${p.why.zh}，不作为建议值）` : ""}`,
    `; 减轻 grounds (${p.grounds.map((c) => c.titleEn).join(", ")}): a reduced fine may be ${p.min}–${p.max} yuan${p.why ? ` (${p.why.en}; not the recommendation)` : ""}`,
  ),
  // Why the 减轻 range is offered but not recommended (settings.reduction.recommend).
  REDUCTION_NOT_IN_STANDARD: () => text("本基准未规定减轻处罚的建议条件", "the standard recommends 减轻 in no case"),
  REDUCTION_LOWEST_TIER_ONLY: (p: { tier: Titled }) => text(`本基准仅在起点为法定最低数额的阶次建议减轻，「${p.tier.title}」阶次不属于`, `the standard does not recommend 减轻 in tier "${p.tier.id}"`),
  REDUCTION_NOT_IN_TIER: (p: { tier: Titled }) => text(`本基准不在「${p.tier.title}」阶次建议减轻`, `the standard does not recommend 减轻 in tier "${p.tier.id}"`),
  REDUCTION_TOO_FEW_GROUNDS: (p: { minGrounds: number }) => text(`本基准须具有 ${p.minGrounds} 项以上减轻情节方建议减轻`, `the standard recommends 减轻 with at least ${p.minGrounds} grounds`),
  REDUCTION_WEIGHED_AGAINST: () => text("同时具有从重情节，经综合衡量不建议减轻", "an aggravating circumstance is weighed against it"),

  // Placement of the recommendation in the band (settings.placement or the tier's own).
  PLACED_MIDPOINT: (p: { m: number; a: number; side: -1 | 0 | 1 }) => text(
    `${counts(p.m, p.a)[0]}，${p.side === 0 ? "按阶次中间值" : p.side < 0 ? "从轻多于从重，建议低于阶次中间值" : "从重多于从轻，建议高于阶次中间值"}`,
    `${counts(p.m, p.a)[1]}: ${p.side === 0 ? "the middle of the band" : p.side < 0 ? "below the middle of the band" : "above the middle of the band"}`,
  ),
  PLACED_PERCENT: (p: { m: number; a: number; side: -1 | 0 | 1; lighter: string; heavier: string }) => text(
    `${counts(p.m, p.a)[0]}，${p.side < 0 ? `从轻多于从重，在阶次幅度最低的 ${percentOf(p.lighter)} 内建议` : p.side > 0 ? `从重多于从轻，在阶次幅度最高的 ${percentOf(p.heavier)} 内建议` : "在阶次幅度中间部分建议"}`,
    `${counts(p.m, p.a)[1]}: ${p.side < 0 ? `the lowest ${percentOf(p.lighter)} of the band` : p.side > 0 ? `the highest ${percentOf(p.heavier)} of the band` : "the middle part of the band"}`,
  ),
  PLACED_BASE_STEP: (p: { m: number; a: number; base: string; step: string }) => text(
    `${counts(p.m, p.a)[0]}：基准 ${p.base} 元，每项从轻情节减少、每项从重情节增加 ${p.step} 元，不超出阶次幅度`,
    `${counts(p.m, p.a)[1]}: base ${p.base} yuan, ${p.step} yuan less per mitigating and more per aggravating circumstance, inside the band`,
  ),
  PLACED_FIXED: (p: { amount: string }) => text(`本阶次处 ${p.amount} 元罚款`, `the tier's fixed amount, ${p.amount} yuan`),
  PLACED_BAND_ONLY: (p: { m: number; a: number }) => text(
    `${counts(p.m, p.a)[0]}；本基准未规定具体数额的确定方法，在阶次幅度内裁量`,
    `${counts(p.m, p.a)[1]}; the standard states no placement: the band is the recommendation`,
  ),

  // Measures that are not penalties (art. 28 ¶1 and the row's own).
  MEASURES: (p: { measures: ReadonlyArray<{ type: string; title: string; mandatory: boolean }> }) => text(
    `同时采取的措施（不属于行政处罚）：${p.measures.map((m) => `${m.title}${may(m.mandatory)}`).join("、")}`,
    `Measures (not penalties): ${p.measures.map((m) => m.type).join(", ")}`,
  ),

  // Filing (the standard's 立案标准; art. 54 ¶2).
  FILING_REQUIRED: (p: { why: "threshold" } | { why: "circumstances"; circumstances: readonly Titled[] } | { why: "ordinary" }) => text(
    `应当立案${p.why === "threshold" ? "（达到立案标准）" : p.why === "circumstances" ? `（虽未达立案标准，但具有 ${p.circumstances.map((c) => c.title).join("、")}）` : "（虽未达立案标准，但适用普通程序）"}`,
    `Filing required${p.why === "threshold" ? " (the starting point is reached)" : p.why === "circumstances" ? ` (below the starting point, but ${p.circumstances.map((c) => c.id).join(", ")})` : " (below the starting point, but the ordinary procedure applies)"}`,
  ),
  FILING_NOT_REQUIRED: () => text("未达立案标准，可以适用简易程序当场作出决定", "Below the filing starting point: the summary procedure may be used"),

  // Procedure (arts. 51, 57, 58, 60, 63), one sentence per conclusion, joined into one entry.
  PROCEDURE_SUMMARY: (p: { kind: PartyKind; limit: string }) => text(`可以适用简易程序当场作出决定（${who(p.kind)}罚款 ${p.limit} 元以下或者警告）`, "summary procedure allowed (art. 51)"),
  PROCEDURE_ORDINARY: (p: { excludedBy: readonly string[] }) => text(
    p.excludedBy.length > 0 ? `适用普通程序（具有 ${p.excludedBy.join("、")}，不能适用简易程序）` : "适用普通程序",
    "ordinary procedure",
  ),
  HEARING_REQUIRED: (p: { reasons: readonly Text[] }) => text(
    `应当告知听证权利：${p.reasons.map((r) => r.zh).join("；")}`,
    `the party must be told of the right to a hearing (art. 63): ${p.reasons.map((r) => r.en).join("; ")}`,
  ),
  HEARING_NOT_REQUIRED: () => text("无须告知听证权利", "no hearing notice required"),
  HEARING_FOR_FINE: (p: { amount: string; kind: PartyKind; activity: Activity; threshold: string }) => text(
    `罚款 ${p.amount} 元达到较大数额（${activityZh(p.activity)}${who(p.kind)} ${p.threshold} 元以上）`,
    `a fine of ${p.amount} yuan reaches the larger amount (${p.threshold} yuan)`,
  ),
  /** A reason for a hearing (art. 63) or a major case: the penalties proposed. */
  PENALTIES_PROPOSED: (p: { titles: readonly string[]; types: readonly string[] }) => text(`拟作出${p.titles.join("、")}`, `proposed: ${p.types.join(", ")}`),
  HEARING_FOR_CONFISCATION: (p: { gains: boolean; value: string; kind: PartyKind; activity: Activity; threshold: string }) => text(
    `没收较大${p.gains ? "数额" : "价值"}的${p.gains ? "违法所得" : "非法财物"}（${p.value} 元，${activityZh(p.activity)}${who(p.kind)} ${p.threshold} 元以上）`,
    `confiscation of ${p.gains ? "illegal gains" : "illegal property"} of ${p.value} yuan (${p.threshold} yuan or more)`,
  ),
  MAJOR_FOR_FINE: (p: { amount: string; threshold: string }) => text(`罚款 ${p.amount} 元达到重大案件标准（${p.threshold} 元以上）`, `a fine of ${p.amount} yuan (${p.threshold} yuan or more)`),
  MAJOR_FOR_CIRCUMSTANCES: (p: { circumstances: readonly Titled[] }) => text(`具有情节：${p.circumstances.map((c) => c.title).join("、")}`, `circumstances: ${p.circumstances.map((c) => c.id).join(", ")}`),
  REVIEW_MAJOR: (p: { reasons: readonly Text[]; report: string }) => text(
    `属重大案件（${p.reasons.map((r) => r.zh).join("；")}）：应当法制审核、集体讨论，并于 ${p.report} 前报送`,
    `major case (${p.reasons.map((r) => r.en).join("; ")}): legal review, collective discussion, report by ${p.report}`,
  ),
  REVIEW_HEARD: () => text("经听证的，作出决定前应当法制审核", "legal review before the decision (art. 58)"),
  REVIEW_EVERY_CASE: () => text("适用普通程序的案件，作出决定前应当法制审核", "legal review before the decision (every ordinary-procedure case, the agency's rule)"),
  FILING_PERIOD: (p: { date: string; days: number; workingDays: boolean; roll: boolean }) => text(
    `立案期限 ${p.date}（自发现之日起 ${p.days} ${p.workingDays ? "个工作日" : `日${p.roll ? "，期限最后一日为休息日的顺延至下一个工作日" : ""}`}）`,
    `file by ${p.date}`,
  ),
  DECISION_PERIOD: (p: { date: string }) => text(`作出决定期限 ${p.date}`, `decide by ${p.date}`),

  // 行政处罚法第二十九条: one act, several provisions.
  ONE_ACT: (p: { rows: ReadonlyArray<Titled & { basis: string; max: string | null }>; winner: Titled & { basis: string } }) => text(
    `同一违法行为违反多个法律规范：${p.rows.map((r) => `「${r.title}」（${r.basis}），法定罚款上限 ${r.max ?? "无"}`).join("；")}；不得给予两次以上罚款，按照罚款数额高的规定（「${p.winner.title}」（${p.winner.basis}））处罚；其他规定的其他种类处罚照常适用，程序按合并后的处罚确定`,
    `One act breaches several provisions: ${p.rows.map((r) => r.id).join(", ")}; one fine only, under the provision with the higher fine (${p.winner.id}); the others' other penalties still apply, and the procedure follows the merged penalties`,
  ),
} satisfies Table;

/**
 * The explanation sentences, each a function of its values; its keys are the closed set of codes.
 * @example
 * sentence.TIME_BAR_WITHIN({ years: 2, start: "2026-01-05", discovered: "2026-03-01", harm: [] });
 */
export const sentence: Readonly<typeof EXPLANATIONS> = EXPLANATIONS;
