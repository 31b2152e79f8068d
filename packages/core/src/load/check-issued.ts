import type { RulesetT } from "../schema/ruleset.js";
import type { PathIssue } from "./check-ruleset.js";

/**
 * An issued version is never edited: a new version is added instead (STYLE "time is data"). Its
 * hash is recorded in `issuedHash` when it is issued, and every later load compares. (A pack on
 * disk marked issued without a hash is refused by the directory check, node.ts.)
 */
export function issuedIssues(def: RulesetT, hash: string): PathIssue[] {
  if (def.status !== "issued") {
    return def.issuedHash
      ? [{ at: ["issuedHash"], code: "ISSUED_HASH_ON_DRAFT", zh: "草案（status: draft）不得有 issuedHash：发布时由 cailiang issue 写入", en: "A draft (status: draft) has no issuedHash: cailiang issue writes it when the version is issued" }]
      : [];
  }
  if (!def.issuedHash || def.issuedHash === hash) return [];
  return [{
    at: ["issuedHash"],
    code: "ISSUED_VERSION_CHANGED",
    zh: `版本 ${def.version} 已发布，其内容已被改动（发布时哈希 ${def.issuedHash}，现为 ${hash}）：已发布的版本不得修改，请撤销改动，并用 cailiang version 新建版本`,
    en: `Version ${def.version} was issued and its content has changed since (issued as ${def.issuedHash}, now ${hash}): an issued version is never edited; undo the change and start a new version with cailiang version`,
  }];
}
