import { applyEdits, modify } from "jsonc-parser";
import type { Registry } from "../registry.js";
import type { SourceFile } from "../load/json-source.js";
import { parseCaseFiles, type CaseSourceFile } from "./parse-cases.js";
import { BASIS_MISSING, expectedFields, runCase } from "./run-cases.js";

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
 * Each value is replaced where it is written, so the rest of the file keeps its layout.
 * Pure: files in, files out.
 */
export async function updateCases(registry: Registry, files: readonly CaseSourceFile[]): Promise<{ files: SourceFile[]; changes: CaseChange[]; leftAlone: CaseChange[]; staleNames: CaseChange[] }> {
  const changes: CaseChange[] = [];
  const leftAlone: CaseChange[] = [];
  // A case's name is a sentence a person wrote ("…：罚款建议27500元"): never rewritten, but said when it still quotes an old value.
  const staleNames: CaseChange[] = [];
  const out: SourceFile[] = [];
  for (const file of files) {
    const { cases, issues } = parseCaseFiles([file]);
    if (issues.length > 0) {
      leftAlone.push({ file: file.path, name: "", change: "用例文件有错误，请先运行 validate / the file has issues; run validate" });
      continue;
    }
    let text = file.text;
    for (const [i, located] of cases.entries()) {
      const outcome = await runCase(registry, located);
      if (outcome.passed) continue;
      const name = located.case.name;
      if (!outcome.result || located.case.expect.error) {
        leftAlone.push({ file: file.path, name, change: outcome.mismatches.join("; ") });
        continue;
      }
      for (const f of expectedFields(located.case.expect, outcome.result)) {
        if (JSON.stringify(f.expected) === JSON.stringify(f.got)) continue;
        text = applyEdits(text, modify(text, ["cases", i, "expect", ...f.path], f.got, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
        changes.push({ file: file.path, name, change: `${f.path.join(".")}: ${JSON.stringify(f.expected)} → ${JSON.stringify(f.got)}` });
        if (typeof f.expected === "string" && /^\d+(\.\d+)?$/.test(f.expected) && name.includes(f.expected)) {
          staleNames.push({ file: file.path, name, change: `名称中仍写着旧值 ${f.expected}（${f.path.join(".")} 现为 ${String(f.got)}），请改写名称 / the name still says ${f.expected}; rewrite it` });
        }
      }
      for (const m of outcome.mismatches.filter((x) => x.startsWith(BASIS_MISSING))) leftAlone.push({ file: file.path, name, change: m });
    }
    if (text !== file.text) out.push({ path: file.path, text });
  }
  return { files: out, changes, leftAlone, staleNames };
}
