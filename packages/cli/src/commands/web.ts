import { cp, mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { readRulesDir } from "@cailiang/core/node";
import type { Io } from "../io.js";
import { validRegistry } from "./publish.js";

/**
 * `cailiang web --out DIR`: the workbench as a static site for an intranet server: the built page
 * and `rules.json` (the rule and case files it checks and computes with, in the browser).
 */
export async function webCommand(options: { out?: string; rules: string }, io: Io): Promise<number> {
  if (!options.out) {
    io.err("请用 --out 指明输出目录 / --out DIR is required");
    return 2;
  }
  if (!(await validRegistry(options.rules, io))) return 1;
  const dist = join(dirname(createRequire(import.meta.url).resolve("@cailiang/web/package.json")), "dist");
  try {
    await mkdir(options.out, { recursive: true });
    await cp(dist, options.out, { recursive: true });
  } catch (err) {
    io.err(`无法复制工作台（先运行 npm run build）/ cannot copy the workbench (run npm run build first): ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const versions = await readRulesDir(options.rules);
  await writeFile(join(options.out, "rules.json"), JSON.stringify({ versions }));
  io.out(`✓ ${options.out}: index.html, assets/, rules.json（${versions.length} 个版本 / version(s)）`);
  return 0;
}
