import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Io } from "../io.js";

/** False, after saying so and how to fix it, when `dir` is not a directory (nor, with `files`, a file). */
export async function rulesDirExists(dir: string, io: Io, files = false): Promise<boolean> {
  const isDir = await stat(dir).then((s) => s.isDirectory() || (files && s.isFile()), () => false);
  if (!isDir) {
    const abs = resolve(dir);
    io.err(`✖ 找不到规则目录 ${abs}，请用 --rules DIR 指定 / rules directory not found: ${abs} (give it with --rules DIR)`);
  }
  return isDir;
}

/**
 * Runs a rules-directory reader, turning a missing or unreadable directory into a message (and
 * undefined). `files`: the reader also takes one file of a pack (validate, test).
 */
export async function readRules<T>(dir: string, io: Io, read: (dir: string) => Promise<T>, files = false): Promise<T | undefined> {
  if (!(await rulesDirExists(dir, io, files))) return undefined;
  try {
    return await read(dir);
  } catch (err) {
    io.err(`无法读取规则目录 / cannot read the rules directory ${dir}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}
