import type { Registry } from "../registry.js";
import type { SourceFile } from "../load/json-source.js";
import { parseCaseFiles } from "./parse-cases.js";
import { expectedFields, runCase } from "./run-cases.js";

export interface CaseChange {
  file: string;
  name: string;
  /** "fine.recommended.point: 30000 → 25000" */
  change: string;
}

/**
 * After a deliberate change of the rules or the engine, rewrites the expected values of the cases
 * to what the assessments now give, field by field: only the fields a case already expects, so a
 * case never starts checking something new. Cases that expect an error, or whose assessment fails,
 * or that cite a basis no longer given, are left as they are and reported for a person to look at.
 * Pure: files in, files out.
 */
export async function updateCases(registry: Registry, files: ReadonlyArray<SourceFile & { ruleset: string }>): Promise<{ files: SourceFile[]; changes: CaseChange[]; leftAlone: CaseChange[] }> {
  const changes: CaseChange[] = [];
  const leftAlone: CaseChange[] = [];
  const out: SourceFile[] = [];
  for (const file of files) {
    const { cases, issues } = parseCaseFiles([file]);
    if (issues.length > 0) {
      leftAlone.push({ file: file.path, name: "", change: "the file has issues; run validate" });
      continue;
    }
    const json = JSON.parse(file.text) as { cases: Array<{ expect: Record<string, unknown> }> };
    let touched = false;
    for (const [i, located] of cases.entries()) {
      const outcome = await runCase(registry, located);
      if (outcome.passed) continue;
      const name = located.case.name;
      if (!outcome.result || located.case.expect.error) {
        leftAlone.push({ file: file.path, name, change: outcome.mismatches.join("; ") });
        continue;
      }
      const expect = (json.cases[i] as { expect: Record<string, unknown> }).expect;
      for (const f of expectedFields(located.case.expect, outcome.result)) {
        if (JSON.stringify(f.expected) === JSON.stringify(f.got)) continue;
        setAt(expect, f.path, f.got);
        changes.push({ file: file.path, name, change: `${f.path.join(".")}: ${JSON.stringify(f.expected)} → ${JSON.stringify(f.got)}` });
        touched = true;
      }
      for (const m of outcome.mismatches.filter((x) => x.startsWith("basis:"))) leftAlone.push({ file: file.path, name, change: m });
    }
    if (touched) out.push({ path: file.path, text: `${JSON.stringify(json, null, 2)}\n` });
  }
  return { files: out, changes, leftAlone };
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let o = target;
  for (const key of path.slice(0, -1)) o = o[key] as Record<string, unknown>;
  o[path[path.length - 1] as string] = value;
}
