import type { PublishedRef, PublishedTable } from "./published-table.js";
import { COLUMNS, tableMeta } from "./table-heading.js";

/** The published table in Markdown (`cailiang publish --format md`): one line per tier. */
export function renderTableMarkdown(t: PublishedTable): string {
  const lines = [`# ${t.title}`, "", tableMeta(t).join(" · "), "", `| ${COLUMNS.join(" | ")} |`, `|${COLUMNS.map(() => "---").join("|")}|`];
  for (const r of t.rows) {
    r.tiers.forEach((tier, i) => {
      const first = i === 0;
      const cells = [
        first ? String(r.no) : "",
        first ? `${r.title}（\`${r.id}\`）` : "",
        first ? refs(r.violated) : "",
        first ? refs(r.penalty) : "",
        tier.title,
        tier.conditions,
        `${tier.standard}${tier.proposal ? "（建议）" : ""}`,
        first ? r.remarks.join("；") : "",
      ];
      lines.push(`| ${cells.map(cell).join(" | ")} |`);
    });
  }
  return `${lines.join("\n")}\n`;
}

function refs(rs: readonly PublishedRef[]): string {
  return rs.map((r) => `${r.cite}：“${r.text}”`).join("<br>");
}

/** A table cell: no pipes, no line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
