// @cailiang/core/publish: the standard as a bureau publishes it (行政处罚法第三十四条), and what
// changed between two versions. Shared by the web workbench and `cailiang publish` / `cailiang diff`.
export { publishedTable } from "./published-table.js";
export type { PublishedOffense, PublishedRef, PublishedTable, PublishedTier } from "./published-table.js";
export { describeCondition } from "./describe-conditions.js";
export { describeBand, describeStandard } from "./describe-standard.js";
export { renderDocumentHtml, renderTableHtml } from "./render-html.js";
export type { HtmlOptions } from "./render-html.js";
export { renderTableMarkdown } from "./render-markdown.js";
export { PUBLISHED_CSS } from "./print-css.js";
export { COLUMNS } from "./table-heading.js";
export { DIRECTIONS, diffVersions } from "./diff-versions.js";
export type { Change, ChangeKind, Direction, VersionDiff } from "./diff-versions.js";
export { changePlace, renderDiffText } from "./render-diff.js";
