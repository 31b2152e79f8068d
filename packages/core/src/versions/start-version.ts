import { applyEdits, modify, parse, type JSONPath } from "jsonc-parser";
import { addDays, addYears, civilOf, dayNumber, parseIsoDate } from "../dates.js";
import type { Issue } from "../errors.js";
import type { SourceFile } from "../load/json-source.js";

/** The files of the latest version a new one starts from (its offenses are copied unchanged). */
export interface VersionStart {
  /** Its ruleset file (`ruleset.json`). */
  header: SourceFile;
  /** Its case files, each named by its path inside the version folder (`cases/x.json`). */
  cases: SourceFile[];
}

export interface StartedVersion {
  /** The previous ruleset file with its `effectiveTo` closed on the day before `from`. */
  previousHeader: string;
  /** The new ruleset file: new version and dates, a draft without 文号 or issued hash. */
  header: string;
  /** The copied case files, re-dated into the new version (same paths). */
  cases: SourceFile[];
  /** How the case dates were moved, e.g. "+1 年" / "+1 year(s)". */
  shift: { zh: string; en: string };
  /** Cases of the previous version decided on or after `from`: outside it now, to be re-dated or moved. */
  outside: Array<{ file: string; name: string; decision: string }>;
}

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2 } };
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * Starts version `version` in force from `from`, from the latest version: the new ruleset file is
 * the old one with the new version, `effectiveFrom: from`, `effectiveTo: null`, `status: "draft"`,
 * `documentNumber: null` and no `issuedHash`; the old one gets `effectiveTo` = the day before. The
 * law is not touched. The copied cases move by whole years when `from` falls on the same day of
 * the year as the old `effectiveFrom`, else by days, so they test the new version; a case that
 * expects the old version number now expects the new one. Each value is replaced where it is
 * written, so the files keep their layout. `effectiveTo` is not part of the content hash, so
 * closing an issued version keeps its hash (content-hash.ts).
 * Pure: files in, files out; the caller copies the folder.
 */
export function startVersion(prev: VersionStart, version: string, from: string): StartedVersion | { issues: Issue[] } {
  const head = parse(prev.header.text) as { version?: unknown; effectiveFrom?: unknown; effectiveTo?: unknown } | undefined;
  const oldVersion = typeof head?.version === "string" ? head.version : "";
  const oldFrom = typeof head?.effectiveFrom === "string" ? head.effectiveFrom : "";
  const issues: Issue[] = [];
  const problem = (code: string, path: string, zh: string, en: string) => issues.push({ code, path, zh, en });
  if (!SEMVER.test(version)) problem("VERSION_INVALID", "version", `新版本号 ${version} 须为 主.次.修订，如 1.1.0`, `The new version ${version} must be MAJOR.MINOR.PATCH, e.g. 1.1.0`);
  else if (SEMVER.test(oldVersion) && compareSemver(version, oldVersion) <= 0) problem("VERSION_NOT_NEWER", "version", `新版本号 ${version} 须大于最新版本 ${oldVersion}`, `The new version ${version} must be greater than the latest, ${oldVersion}`);
  if (parseIsoDate(from) === undefined) problem("DATE_INVALID", "effectiveFrom", `施行日期 ${from} 须为真实存在的日期 YYYY-MM-DD`, `The date ${from} must be a real day, YYYY-MM-DD`);
  else if (parseIsoDate(oldFrom) === undefined || from <= oldFrom) problem("DATE_NOT_LATER", "effectiveFrom", `新版本的施行日期 ${from} 须晚于 ${oldVersion} 版的施行日期 ${oldFrom}`, `The new version's date ${from} must be after version ${oldVersion}'s ${oldFrom}`);
  if (issues.length > 0) return { issues };

  const dayBefore = addDays(from, -1);
  const previousHeader = edit(prev.header.text, [[["effectiveTo"], dayBefore]]);
  const header = edit(prev.header.text, [
    [["version"], version],
    [["effectiveFrom"], from],
    [["effectiveTo"], null],
    [["status"], "draft"],
    [["documentNumber"], null],
    [["issuedHash"], undefined],
  ]);
  const [oy, om, od] = civilOf(dayNumber(oldFrom));
  const [ny, nm, nd] = civilOf(dayNumber(from));
  const years = om === nm && od === nd ? ny - oy : 0;
  const days = dayNumber(from) - dayNumber(oldFrom);
  const move = (iso: string) => (years ? addYears(iso, years) : addDays(iso, days));
  const shift = years ? { zh: `+${years} 年`, en: `+${years} year(s)` } : { zh: `+${days} 日`, en: `+${days} day(s)` };

  const outside: StartedVersion["outside"] = [];
  const cases = prev.cases.map((file) => {
    const json = parse(file.text) as { cases?: Array<{ name?: string; input?: { dates?: Record<string, unknown> } }> } | undefined;
    const edits: Array<[JSONPath, unknown]> = [];
    (json?.cases ?? []).forEach((c, i) => {
      const decision = c.input?.dates?.decision;
      if (typeof decision === "string" && decision >= from) outside.push({ file: file.path, name: c.name ?? `#${i + 1}`, decision });
      for (const [path, value] of datesIn(c, ["cases", i])) edits.push([path, move(value)]);
      const expected = (c as { expect?: { version?: unknown } }).expect?.version;
      if (expected === oldVersion) edits.push([["cases", i, "expect", "version"], version]);
    });
    return { path: file.path, text: edit(file.text, edits) };
  });
  return { previousHeader, header, cases, shift, outside };
}

/** The dates a case is set in: its input's dates and date facts, and the deadlines it expects. */
function datesIn(c: unknown, at: JSONPath): Array<[JSONPath, string]> {
  const out: Array<[JSONPath, string]> = [];
  const visit = (v: unknown, path: JSONPath) => {
    if (typeof v === "string" && parseIsoDate(v) !== undefined) out.push([path, v]);
    else if (v && typeof v === "object" && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  const x = c as { input?: { dates?: unknown; facts?: unknown }; expect?: { procedure?: { deadlines?: unknown } } };
  visit(x.input?.dates, [...at, "input", "dates"]);
  visit(x.input?.facts, [...at, "input", "facts"]);
  visit(x.expect?.procedure?.deadlines, [...at, "expect", "procedure", "deadlines"]);
  return out;
}

function edit(text: string, changes: ReadonlyArray<[JSONPath, unknown]>): string {
  let out = text;
  for (const [path, value] of changes) out = applyEdits(out, modify(out, path, value, FORMAT));
  return out;
}

/** Orders version numbers as numbers (1.10.0 after 1.9.0). */
export function compareSemver(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
