/**
 * Styles of the published table, on screen and in print: A4 landscape, the header rows (title,
 * version, 文号, 施行日期, column names) repeated on every page, no row split across pages.
 */
export const PUBLISHED_CSS = `
.cl-published { border-collapse: collapse; width: 100%; font-size: 0.9rem; line-height: 1.45; }
.cl-published th, .cl-published td { border: 1px solid #777; padding: 0.3rem 0.45rem; vertical-align: top; text-align: left; }
.cl-published thead th { background: #eef1f5; }
.cl-published .cl-tier, .cl-published thead th { white-space: nowrap; }
.cl-published .cl-doc-title { font-size: 1.15rem; text-align: center; background: #fff; border: none; }
.cl-published .cl-doc-meta { font-weight: normal; text-align: center; background: #fff; border: none; border-bottom: 1px solid #777; }
.cl-published .cl-doc-meta span + span::before { content: " · "; }
.cl-published details summary { cursor: pointer; color: #0b4f9c; }
.cl-published blockquote { margin: 0.25rem 0 0.4rem; padding-left: 0.5rem; border-left: 3px solid #bbb; white-space: pre-line; }
.cl-published ul { margin: 0; padding-left: 1.1rem; }
.cl-published .cl-links a { display: inline-block; margin-right: 0.5rem; font-size: 0.85rem; }
@media print {
  @page { size: A4 landscape; margin: 12mm 10mm; }
  .cl-published { font-size: 9pt; }
  .cl-published thead { display: table-header-group; }
  .cl-published tr { break-inside: avoid; page-break-inside: avoid; }
  .cl-published details::details-content { content-visibility: visible; height: auto; }
  .cl-published .cl-links { display: none; }
}
`;
