import type { PublishedTable } from "./published-table.js";

/** The column headings of the published table, in order. */
export const COLUMNS = ["序号", "违法行为", "法律依据", "处罚依据", "裁量阶次", "适用情形", "处罚标准", "备注"] as const;

/** The document line under the title: version, 文号, effective period, status. */
export function tableMeta(t: PublishedTable): string[] {
  return [
    `版本 ${t.version}`,
    `文号：${t.documentNumber ?? "（未发文）"}`,
    `施行日期：${t.effectiveFrom}${t.effectiveTo ? ` 至 ${t.effectiveTo}` : " 起"}`,
    t.status === "draft" ? "草案（未经审定，不得作为执法依据）" : "已发布",
  ];
}
