import type { Issue } from "../errors.js";
import { formatPath } from "../load/json-source.js";
import type { Registry } from "../registry.js";
import type { LocatedCase } from "./parse-cases.js";

/**
 * A case in a version's folder tests that version: its decision date must fall in the version's
 * effective period, or the engine silently assesses it with another version (a copied 1.0.0/
 * folder whose cases still test 1.0.0). A case that expects no version to be in force is exempt.
 */
export function caseDateIssues(registry: Registry, cases: readonly LocatedCase[]): Issue[] {
  const out: Issue[] = [];
  for (const c of cases) {
    if (!c.version || c.case.expect.error?.code === "RULESET_NOT_FOUND") continue;
    const id = c.case.input.ruleset ?? c.ruleset;
    const own = registry.list().find((r) => r.id === id)?.versions.find((v) => v.version === c.version);
    if (!own) continue;
    const { decision } = c.case.input.dates;
    if (decision >= own.effectiveFrom && (own.effectiveTo === null || decision <= own.effectiveTo)) continue;
    const period = `${own.effectiveFrom} 至 ${own.effectiveTo ?? "今"}`;
    const periodEn = `${own.effectiveFrom} to ${own.effectiveTo ?? "open-ended"}`;
    out.push({
      code: "CASE_OUTSIDE_VERSION",
      path: formatPath(["cases", c.index, "input", "dates", "decision"]),
      ...(c.locate ? c.locate(["input", "dates", "decision"]) : { file: c.file, line: c.line, column: 1 }),
      zh: `用例“${c.case.name}”的决定日期 ${decision} 不在其所在版本 ${c.version} 的施行期间（${period}）内，会按其他版本裁量：请修改用例日期，或者把用例移到相应版本的 cases/ 目录`,
      en: `Case "${c.case.name}" is decided on ${decision}, outside the period of its own version ${c.version} (${periodEn}), so another version would assess it: re-date the case or move it to that version's cases/`,
    });
  }
  return out;
}
