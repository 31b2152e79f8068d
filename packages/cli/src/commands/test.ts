import { runCases } from "@cailiang/core";
import { checkRulesDir } from "@cailiang/core/node";
import { issueLines } from "@cailiang/server";
import { colors, type Io } from "../io.js";
import { readRules } from "./read-rules.js";

/** `cailiang test [dir]`: runs the packs' cases; a line per case, then `N passed, M failed`. */
export async function test(dir: string, io: Io): Promise<number> {
  const c = colors(io);
  const checked = await readRules(dir, io, checkRulesDir);
  if (!checked) return 1;
  const { registry, cases, issues } = checked;
  if (!registry || issues.length > 0) {
    for (const line of issueLines(issues)) io.out(`${c.red("✖")} ${line}`);
    io.out(c.red(`${issues.length} issue(s) in ${dir}: fix them before running the cases (cailiang validate)`));
    return 1;
  }
  const outcomes = await runCases(registry, cases);
  for (const o of outcomes) {
    if (o.passed) io.out(`${c.green("✓")} ${o.name}`);
    else {
      io.out(`${c.red("✗")} ${o.name} ${c.dim(`(${o.file}:${o.line})`)}`);
      for (const m of o.mismatches) io.out(`    ${m}`);
    }
  }
  const failed = outcomes.filter((o) => !o.passed).length;
  io.out(`${outcomes.length - failed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
