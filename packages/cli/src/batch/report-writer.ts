import { writeFile } from "node:fs/promises";
import type { MajorRow } from "./digest.js";
import type { HalfYear } from "./half-year.js";
import { escapeHtml, htmlPage, table } from "./html.js";

/** The columns of the 重大行政处罚决定备案报告. */
export const REPORT_COLUMNS: ReadonlyArray<{ key: keyof MajorRow | "no"; header: string; width: number }> = [
  { key: "no", header: "序号", width: 6 },
  { key: "caseNumber", header: "案号", width: 24 },
  { key: "partyName", header: "当事人名称", width: 24 },
  { key: "partyKind", header: "当事人类型", width: 16 },
  { key: "offense", header: "违法行为", width: 30 },
  { key: "basis", header: "处罚依据", width: 24 },
  { key: "penalties", header: "处罚种类及数额", width: 30 },
  { key: "fine", header: "罚款金额（元）", width: 14 },
  { key: "decidedOn", header: "决定日期", width: 12 },
  { key: "hearingOffered", header: "告知听证", width: 10 },
  { key: "legalReviewed", header: "法制审核", width: 10 },
  { key: "collectiveDiscussed", header: "集体讨论", width: 10 },
  { key: "reasons", header: "认定为重大案件的理由", width: 40 },
  { key: "reportBy", header: "报送期限", width: 12 },
  { key: "findings", header: "评查发现", width: 30 },
];

/** A decided case whose major status cannot be judged from the data. */
export interface Unjudged {
  row: number;
  caseNumber: string;
  reason: string;
}

export interface ReportContent {
  half: HalfYear;
  authority: string;
  source: string;
  rows: MajorRow[];
  unjudged: Unjudged[];
}

const cell = (r: MajorRow, key: keyof MajorRow | "no", no: number): string | number => {
  if (key === "no") return no;
  const v = r[key];
  return typeof v === "boolean" ? (v ? "是" : "否") : v;
};

function title(c: ReportContent): string {
  return `${c.authority}重大行政处罚决定备案报告（${c.half.zh}）`;
}

function preface(c: ReportContent): string[] {
  return [
    `报送单位：${c.authority}`,
    "报送至：区人民政府法制工作机构（事中事后监督管理制度：每年一月底、七月底前报送半年度重大行政处罚决定）",
    `期间：${c.half.from} 至 ${c.half.to}；报送期限：${c.half.due}；重大行政处罚决定 ${c.rows.length} 件`,
  ];
}

export async function writeReportXlsx(path: string, c: ReportContent): Promise<void> {
  const { default: Excel } = await import("exceljs");
  const book = new Excel.Workbook();
  const sheet = book.addWorksheet("重大行政处罚决定");
  sheet.addRow([title(c)]).font = { bold: true, size: 14 };
  for (const line of preface(c)) sheet.addRow([line]);
  sheet.addRow([]);
  const header = sheet.addRow(REPORT_COLUMNS.map((k) => k.header));
  header.font = { bold: true };
  REPORT_COLUMNS.forEach((k, i) => (sheet.getColumn(i + 1).width = k.width));
  c.rows.forEach((r, i) => sheet.addRow(REPORT_COLUMNS.map((k) => cell(r, k.key, i + 1))));
  const warn = book.addWorksheet("无法判断 warnings");
  warn.addRow(["行号 row", "案号 caseNumber", "无法判断是否重大的原因 reason"]).font = { bold: true };
  for (const u of c.unjudged) warn.addRow([u.row, u.caseNumber, u.reason]);
  await book.xlsx.writeFile(path);
}

export async function writeReportHtml(path: string, c: ReportContent): Promise<void> {
  const byMonth = new Map<string, number>();
  for (const r of c.rows) byMonth.set(r.decidedOn.slice(0, 7), (byMonth.get(r.decidedOn.slice(0, 7)) ?? 0) + 1);
  const months = [...byMonth.keys()].sort();
  const page = htmlPage(
    title(c),
    [
      ...preface(c).map((l) => `<p>${escapeHtml(l)}</p>`),
      `<p class="note">数据来源 source: ${escapeHtml(c.source)}</p>`,
      table(REPORT_COLUMNS.map((k) => k.header), c.rows.map((r, i) => REPORT_COLUMNS.map((k) => cell(r, k.key, i + 1)))),
      `<h2 class="warn">无法判断是否属重大案件的案卷（${c.unjudged.length} 件）</h2>`,
      c.unjudged.length > 0 ? table(["行号", "案号", "原因"], c.unjudged.map((u) => [u.row, u.caseNumber, u.reason])) : "<p>无</p>",
    ],
    [
      {
        id: "major-by-month",
        title: "每月重大行政处罚决定数 Major decisions per month",
        config: { type: "bar", data: { labels: months, datasets: [{ label: "重大行政处罚决定", data: months.map((m) => byMonth.get(m) ?? 0), backgroundColor: "#c62828" }] } },
      },
    ],
  );
  await writeFile(path, page);
}
