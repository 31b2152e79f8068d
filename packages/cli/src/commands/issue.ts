import { writeFile } from "node:fs/promises";
import { issueLines, issueVersion } from "@cailiang/core";
import { readRulesDir } from "@cailiang/core/node";
import { colors, type Io } from "../io.js";
import { readRules } from "./read-rules.js";

/**
 * `cailiang issue <version-dir> --document <文号>`: marks a validated draft as issued and records
 * its hash (core issueVersion); from then on validation refuses any edit of it.
 */
export async function issueCommand(dir: string, options: { document?: string }, io: Io): Promise<number> {
  const c = colors(io);
  if (!options.document) {
    io.err("请用 --document 写明文号，如 --document 鹿工信〔2026〕1号 / give the document number with --document");
    return 2;
  }
  const versions = await readRules(dir, io, readRulesDir);
  if (!versions) return 1;
  const [only, ...more] = versions;
  if (!only || more.length > 0) {
    io.err(`✖ ${dir} 须是一个版本目录（如 rules/x/1.1.0） / must be one version folder (such as rules/x/1.1.0)`);
    return 1;
  }
  const issued = await issueVersion(only.source, options.document);
  if ("issues" in issued) {
    for (const line of issueLines(issued.issues)) io.out(`${c.red("✖")} ${line}`);
    return 1;
  }
  const head = only.source.files[0];
  if (!head) return 1;
  await writeFile(head.path, issued.header);
  io.out(c.green(`✓ ${issued.version} 版已发布（${options.document}），哈希 ${issued.hash} 已记入 ${head.path}：此后该版本不得修改 / version ${issued.version} issued; its hash is recorded and any later edit is refused`));
  return 0;
}
