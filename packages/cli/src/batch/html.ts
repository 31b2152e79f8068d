import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Chart.js (UMD build), inlined so the page is one self-contained file that opens offline. */
function chartJs(): string {
  const main = createRequire(import.meta.url).resolve("chart.js");
  return readFileSync(join(dirname(main), "chart.umd.min.js"), "utf8");
}

export function escapeHtml(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** A Chart.js chart: a canvas, and its configuration (plain JSON). */
export interface ChartSpec {
  id: string;
  title: string;
  config: unknown;
}

export function table(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A whole page: title, sections of HTML, and charts rendered by Chart.js; no network needed. */
export function htmlPage(title: string, sections: readonly string[], charts: readonly ChartSpec[]): string {
  const canvases = charts.map((c) => `<section class="chart"><h2>${escapeHtml(c.title)}</h2><div class="box"><canvas id="${escapeHtml(c.id)}" role="img" aria-label="${escapeHtml(c.title)}"></canvas></div></section>`).join("\n");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 24px; color: #222; }
h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.box { position: relative; height: 360px; max-width: 1100px; }
.note { color: #666; font-size: 13px; }
.warn { color: #a15c00; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${sections.join("\n")}
${canvases}
<script>${chartJs()}</script>
<script id="charts" type="application/json">${scriptJson(charts.map((c) => ({ id: c.id, config: c.config })))}</script>
<script>
for (const c of JSON.parse(document.getElementById("charts").textContent)) {
  c.config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, c.config.options);
  new Chart(document.getElementById(c.id), c.config);
}
document.body.dataset.chartsRendered = String(Object.keys(Chart.instances).length);
</script>
</body>
</html>
`;
}
