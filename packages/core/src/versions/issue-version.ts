import { applyEdits, modify } from "jsonc-parser";
import type { Issue } from "../errors.js";
import { workCalendar } from "../law/calendar.js";
import { rulesetHash } from "../load/content-hash.js";
import { loadRuleset, type RulesetSource } from "../load/load-ruleset.js";

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2 } };

/**
 * Issues a draft version under its 文号: `status: "issued"`, `documentNumber`, and `issuedHash`,
 * the content hash of the version as issued, which every later load compares (check-issued.ts),
 * so an issued version cannot be edited unnoticed. The draft must validate first.
 * Pure: files in, the new ruleset file's text out.
 */
export async function issueVersion(source: RulesetSource, documentNumber: string): Promise<{ header: string; hash: string; version: string } | { issues: Issue[] }> {
  const loaded = await loadRuleset(source);
  if (!loaded.ruleset) return { issues: loaded.issues };
  const { def } = loaded.ruleset;
  if (def.status === "issued") {
    return { issues: [{ code: "ALREADY_ISSUED", path: "status", zh: `版本 ${def.version} 已发布（${def.documentNumber ?? "无文号"}），不能再次发布；修改请用 cailiang version 新建版本`, en: `Version ${def.version} is already issued (${def.documentNumber ?? "no number"}); start a new version with cailiang version to change it` }] };
  }
  if (documentNumber.trim() === "") return { issues: [{ code: "DOCUMENT_NUMBER_REQUIRED", path: "documentNumber", zh: "发布须写明文号", en: "Issuing needs the document number (文号)" }] };
  const hash = await rulesetHash({ ...def, status: "issued", documentNumber }, workCalendar().fingerprint);
  let header = (source.files[0] as { text: string }).text;
  for (const [path, value] of [[["status"], "issued"], [["documentNumber"], documentNumber], [["issuedHash"], hash]] as const) {
    header = applyEdits(header, modify(header, [...path], value, FORMAT));
  }
  return { header, hash, version: def.version };
}
