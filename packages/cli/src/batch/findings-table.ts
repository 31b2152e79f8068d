import type { ErrorBody, FindingT } from "@cailiang/core";

/** The columns of the findings table (CSV and XLSX): one row per finding; a case without one still has its row. */
export const FINDING_COLUMNS = [
  { key: "index", header: "序号 index" },
  { key: "row", header: "行号 row" },
  { key: "caseNumber", header: "案号 caseNumber" },
  { key: "code", header: "代码 code" },
  { key: "severity", header: "等级 severity" },
  { key: "path", header: "位置 path" },
  { key: "basis", header: "依据 basis" },
  { key: "zh", header: "说明 zh" },
  { key: "en", header: "description en" },
] as const;

export type FindingRow = Record<(typeof FINDING_COLUMNS)[number]["key"], string | number>;

type Line = { index: number; row: number; caseNumber: string | null } & ({ findings: FindingT[] } | { error: ErrorBody["error"] });

/** The table rows of one output line. */
export function findingRows(json: string): FindingRow[] {
  const l = JSON.parse(json) as Line;
  const head = { index: l.index, row: l.row, caseNumber: l.caseNumber ?? "" };
  if ("error" in l) {
    return [{ ...head, code: l.error.code, severity: "error", path: l.error.issues.map((i) => i.path).join("; "), basis: "", zh: `无法评查：${l.error.zh}；${l.error.issues.map((i) => `${i.path} ${i.zh}`).join("；")}`, en: `Cannot be reviewed: ${l.error.en}` }];
  }
  if (l.findings.length === 0) return [{ ...head, code: "", severity: "", path: "", basis: "", zh: "未发现问题", en: "No finding" }];
  return l.findings.map((f) => ({ ...head, code: f.code, severity: f.severity, path: f.path, basis: f.basis.join("；"), zh: f.zh, en: f.en }));
}
