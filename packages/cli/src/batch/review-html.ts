import { FINDING_CODES, type ReviewSummary } from "@cailiang/core";
import type { ChartData } from "./chart-data.js";
import { escapeHtml, htmlPage, table } from "./html.js";

const COLORS = { error: "#c62828", warning: "#ef8f00", info: "#1565c0", recommended: "#2e7d32", decided: "#6a1b9a", cases: "#00838f" };

/** The review report: the summary, then findings by code and severity, recommended vs decided fines, cases per month. */
export function reviewHtml(source: string, summary: ReviewSummary, data: ChartData): string {
  const codes = Object.keys(FINDING_CODES);
  const overview = table(
    ["案件数 cases", "有错误的案件 with errors", "有警告的案件 with warnings"],
    [[summary.cases, summary.withErrors, summary.withWarnings]],
  );
  const byCode = table(
    ["代码 code", "等级 severity", "发现数 findings"],
    codes.filter((c) => summary.byCode[c as keyof typeof summary.byCode]).map((c) => [c, FINDING_CODES[c as keyof typeof FINDING_CODES], summary.byCode[c as keyof typeof summary.byCode] ?? 0]),
  );
  return htmlPage(
    "案卷评查报告 / Case-file review",
    [
      `<p class="note">数据来源 source: ${escapeHtml(source)}</p>`,
      "<h2>概况 Overview</h2>",
      overview,
      "<h2>发现问题 Findings by code</h2>",
      byCode,
    ],
    [
      {
        id: "by-code",
        title: "按代码与等级的发现 Findings by code and severity",
        config: {
          type: "bar",
          data: {
            labels: data.byCode.labels,
            datasets: [
              { label: "错误 error", data: data.byCode.error, backgroundColor: COLORS.error },
              { label: "警告 warning", data: data.byCode.warning, backgroundColor: COLORS.warning },
              { label: "提示 info", data: data.byCode.info, backgroundColor: COLORS.info },
            ],
          },
          options: { indexAxis: "y", scales: { x: { stacked: true }, y: { stacked: true } } },
        },
      },
      {
        id: "fines",
        title: "建议罚款与决定罚款（按违法行为与阶次的平均值，元） Recommended vs decided fine",
        config: {
          type: "bar",
          data: {
            labels: data.fines.labels,
            datasets: [
              { label: "建议值 recommended", data: data.fines.recommended, backgroundColor: COLORS.recommended },
              { label: "决定 decided", data: data.fines.decided, backgroundColor: COLORS.decided },
            ],
          },
        },
      },
      {
        id: "months",
        title: "每月决定的案件数 Cases per month",
        config: { type: "line", data: { labels: data.months.labels, datasets: [{ label: "案件 cases", data: data.months.cases, borderColor: COLORS.cases, backgroundColor: COLORS.cases }] } },
      },
    ],
  );
}
