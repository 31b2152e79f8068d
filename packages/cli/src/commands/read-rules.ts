import type { Io } from "../io.js";

/** Runs a rules-directory reader, turning an unreadable directory into a message (and undefined). */
export async function readRules<T>(dir: string, io: Io, read: (dir: string) => Promise<T>): Promise<T | undefined> {
  try {
    return await read(dir);
  } catch (err) {
    io.err(`无法读取规则目录 / cannot read the rules directory ${dir}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}
