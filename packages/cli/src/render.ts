import { CIRCUMSTANCE_EFFECTS, OUTCOMES, type AssessResultT } from "@cailiang/core";
import type { Colors } from "./io.js";

/** The result line's fuller wording of each outcome, for legal staff at a terminal (the short names are OUTCOMES). */
const OUTCOME: Record<AssessResultT["outcome"], string> = {
  penalty: "给予行政处罚",
  "no-penalty": "不予行政处罚",
  "may-waive": "可以不予行政处罚（如予处罚，按下列建议）",
  "time-barred": "超过追责时效，不再给予行政处罚",
  "measures-only": "不给予行政处罚，仅采取下列措施",
  "individual-decision": "本基准对此情形不设阶次，须个案裁量（理由见警告）",
};

function outcomeLabel(outcome: string): string {
  return (OUTCOMES as Record<string, { zh: string } | undefined>)[outcome]?.zh ?? outcome;
}

const yesNo = (b: boolean) => (b ? "是" : "否");
const orDash = (s: string | null) => s ?? "—";

/** The assessment as readable Chinese, for legal staff at a terminal. */
export function renderAssessment(r: AssessResultT, c: Colors): string[] {
  const lines: string[] = [];
  const head = (label: string, text: string) => lines.push(`${c.bold(label)}：${text}`);

  head("违法行为", `${r.offense.title}（${r.offense.id}）`);
  if (r.role === "responsible-person") head("处罚对象", "单位直接负责的主管人员和其他直接责任人员（两罚）");
  head("规则集", `${r.ruleset.id} ${r.ruleset.version}`);
  head("结果", r.outcome === "penalty" ? c.yellow(OUTCOME[r.outcome]) : c.green(OUTCOME[r.outcome]));
  head("裁量阶次", r.tier ? `${r.tier.title}（${r.tier.id}）` : "—");
  head("处罚种类", r.penalties.length ? r.penalties.map((p) => `${p.title}（${p.mandatory ? "应当" : "可以"}；${p.basis}）`).join("、") : "无");
  if (r.fine) {
    const { statutory, band, recommended, reduction } = r.fine;
    head(
      "罚款",
      `法定幅度 ${statutory.min}–${statutory.max} 元；阶次幅度 ${band.min}–${band.max} 元；` +
        `建议 ${recommended.min}–${recommended.max} 元${recommended.point === null ? "（本基准不给建议值）" : `，建议值 ${c.bold(recommended.point)} 元`}${r.fine.reduced ? "（减轻处罚）" : ""}` +
        (reduction && !r.fine.reduced ? `；可以减轻处罚：${reduction.min}–${reduction.max} 元` : ""),
    );
  } else head("罚款", "无");
  head("措施", r.measures.length ? r.measures.map((m) => m.title).join("、") : "无");
  if (r.circumstances.length) {
    head("情节", "");
    for (const x of r.circumstances) {
      const effect = x.effect === "none" ? CIRCUMSTANCE_EFFECTS.none.zh : `${x.mandatory ? "应当" : "可以"}${CIRCUMSTANCE_EFFECTS[x.effect].zh}`;
      lines.push(`  · ${x.title}：${effect}（${x.basis}）`);
    }
  }
  const p = r.procedure;
  head(
    "程序",
    [`简易程序 ${yesNo(p.summary)}`, `告知听证 ${yesNo(p.hearing)}`, `法制审核 ${yesNo(p.legalReview)}`, `集体讨论 ${yesNo(p.collectiveDiscussion)}`,
      `重大案件 ${yesNo(p.major)}`, `应当立案 ${yesNo(p.filingRequired)}`, `应当教育 ${yesNo(p.educationRequired)}`].join(" · "),
  );
  head("期限", `立案 ${orDash(p.deadlines.file)} · 作出决定 ${orDash(p.deadlines.decide)} · 报告 ${orDash(p.deadlines.report)}`);
  for (const x of r.concurrent) {
    head("同一违法行为", `${x.title}（${x.offense}）法定罚款上限 ${orDash(x.statutoryMax)} 元${x.fineApplied ? "：适用其罚款" : ""}`);
  }
  if (r.alternative) head("新旧版本比较", `${r.alternative.version} 版：${outcomeLabel(r.alternative.outcome)}，建议值 ${orDash(r.alternative.point)}`);
  head("说明", "");
  r.explanation.forEach((e, i) => {
    lines.push(`  ${i + 1}. ${e.zh}`);
    if (e.basis.length) lines.push(`     ${c.dim(`依据：${[...new Set(e.basis)].join("；")}`)}`);
  });
  if (r.warnings.length) {
    head("提示", "");
    for (const w of r.warnings) lines.push(`  ${c.yellow("!")} ${w.zh}（${w.code}）`);
  }
  lines.push(c.dim(`规则集哈希 ${r.ruleset.hash}`));
  return lines;
}
