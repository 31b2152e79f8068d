import { escapeHtml as h } from "./escape-html.js";
import { PUBLISHED_CSS } from "./print-css.js";
import type { PublishedOffense, PublishedRef, PublishedTable } from "./published-table.js";
import { COLUMNS, tableMeta } from "./table-heading.js";

export interface HtmlOptions {
  /** Links shown in a row's 违法行为 cell (e.g. to the rule file and to 案件试算); none by default. */
  links?: (row: PublishedOffense) => Array<{ href: string; label: string }>;
}

/**
 * The published table as an HTML `<table>`: the title, version, 文号 and 施行日期 are header rows,
 * so they repeat on every printed page. Every text is escaped.
 */
export function renderTableHtml(t: PublishedTable, options: HtmlOptions = {}): string {
  const head = [
    `<tr><th class="cl-doc-title" colspan="${COLUMNS.length}" scope="colgroup">${h(t.title)}</th></tr>`,
    `<tr><th class="cl-doc-meta" colspan="${COLUMNS.length}" scope="colgroup">${tableMeta(t).map((m) => `<span>${h(m)}</span>`).join("")}</th></tr>`,
    `<tr>${COLUMNS.map((c) => `<th scope="col">${c}</th>`).join("")}</tr>`,
  ].join("\n");
  const body = t.rows.map((r) => rowHtml(r, options)).join("\n");
  return `<table class="cl-published">\n<thead>\n${head}\n</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function rowHtml(r: PublishedOffense, options: HtmlOptions): string {
  const span = r.tiers.length > 1 ? ` rowspan="${r.tiers.length}"` : "";
  const links = options.links?.(r) ?? [];
  const linkHtml = links.length ? `<div class="cl-links">${links.map((l) => `<a href="${h(l.href)}">${h(l.label)}</a>`).join("")}</div>` : "";
  const shared = [
    `<td${span}>${r.no}</td>`,
    `<th scope="row"${span} id="offense-${h(r.id)}">${h(r.title)}<br><small>${h(r.id)}</small>${linkHtml}</th>`,
    `<td${span}>${refsHtml(r.violated)}</td>`,
    `<td${span}>${refsHtml(r.penalty)}</td>`,
  ];
  const remarks = `<td${span}>${r.remarks.length ? `<ul>${r.remarks.map((x) => `<li>${h(x)}</li>`).join("")}</ul>` : ""}</td>`;
  return r.tiers
    .map((tier, i) => {
      const cells = [`<td class="cl-tier">${h(tier.title)}</td>`, `<td>${h(tier.conditions)}</td>`, `<td>${h(tier.standard)}${tier.proposal ? "（建议）" : ""}</td>`];
      return `<tr>${i === 0 ? shared.join("") : ""}${cells.join("")}${i === 0 ? remarks : ""}</tr>`;
    })
    .join("\n");
}

/** Each provision as an expandable citation with its verbatim text. */
function refsHtml(refs: readonly PublishedRef[]): string {
  return refs.map((r) => `<details><summary>${h(r.cite)}</summary><blockquote>${h(r.text)}</blockquote></details>`).join("");
}

/** A whole printable document: `cailiang publish --format html`. */
export function renderDocumentHtml(t: PublishedTable): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${h(t.title)}（${h(t.version)}）</title>
<style>
body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", sans-serif; margin: 1rem; }
${PUBLISHED_CSS}
@media print { .cl-published details > summary { list-style: none; } }
</style>
</head>
<body>
${renderTableHtml(t)}
<script>document.querySelectorAll("details").forEach(function (d) { window.addEventListener("beforeprint", function () { d.open = true; }); });</script>
</body>
</html>
`;
}
