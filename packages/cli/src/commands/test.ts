import { writeFile } from "node:fs/promises";
import { issueLines, runCase, updateCases, type CaseOutcome } from "@cailiang/core";
import { checkRulesDir, type RulesCheck } from "@cailiang/core/node";
import { colors, type Io } from "../io.js";
import { rulesProgress } from "../rules-progress.js";
import { junitXml } from "../junit.js";
import { nameFilter } from "../name-filter.js";
import { readRules } from "./read-rules.js";

export interface TestOptions {
  update?: boolean;
  filter?: string;
  junit?: string;
}

/**
 * `cailiang test [dir|file]`: runs the cases; a line per case, then `N passed, M failed`. The cases
 * of every offense that validates run even when other files have issues; the others count as
 * failed. `--update` rewrites what the cases expect to what the rules now give.
 */
export async function test(dir: string, options: TestOptions, io: Io): Promise<number> {
  const c = colors(io);
  if (options.update && options.filter) {
    io.err("--update 与 --filter 不能同时使用 / --update and --filter cannot be combined");
    return 2;
  }
  const progress = rulesProgress(io);
  const checked = await readRules(dir, io, (d) => checkRulesDir(d, { progress }), true);
  progress.stop();
  if (!checked) return 1;
  const { issues } = checked;
  for (const line of issueLines(issues)) io.out(`${c.red("✖")} ${line}`);
  if (options.update) return update(checked, io);
  if (issues.length > 0) io.out(c.red(`${issues.length} 处错误 / issue(s) in ${dir}: 有错误的违法行为，其用例记为失败 / the cases of offenses with issues count as failed`));

  const keep = nameFilter(options.filter);
  const outcomes: CaseOutcome[] = [];
  for (const located of checked.cases.filter((x) => keep([x.case.input.offense, x.case.name]))) {
    const why = checked.notRun(located);
    const outcome = why
      ? { name: located.case.name, file: located.file, line: located.line, passed: false, mismatches: [`${why.zh} / ${why.en}`] }
      : await runCase(checked.usable, located);
    outcomes.push(outcome);
    if (outcome.passed) io.out(`${c.green("✓")} ${outcome.name}`);
    else {
      io.out(`${c.red("✗")} ${outcome.name} ${c.dim(`(${outcome.file}:${outcome.line})`)}`);
      for (const m of outcome.mismatches) io.out(`    ${m}`);
    }
  }
  if (options.junit) await writeFile(options.junit, junitXml(outcomes));
  const failed = outcomes.filter((o) => !o.passed).length;
  if (outcomes.length === 0) io.out(c.red(`没有${options.filter ? `与 "${options.filter}" 匹配的` : ""}用例 / no case${options.filter ? ` matches "${options.filter}"` : ""}`));
  io.out(`${outcomes.length - failed} passed, ${failed} failed`);
  return failed > 0 || issues.length > 0 || outcomes.length === 0 ? 1 : 0;
}

/** `--update`: only when the rules validate, so no case is rewritten to what a broken rule gives. */
async function update(checked: RulesCheck, io: Io): Promise<number> {
  const c = colors(io);
  if (!checked.registry) {
    io.out(c.red(`${checked.issues.length} 处错误，未更新用例：请先改正规则 / issue(s): no case was updated; fix the rules first`));
    return 1;
  }
  const { files, changes, leftAlone, staleNames } = await updateCases(checked.registry, checked.caseFiles);
  for (const f of files) await writeFile(f.path, f.text);
  for (const ch of changes) io.out(`${c.yellow("~")} ${ch.file} ${ch.name}：${ch.change}`);
  for (const ch of staleNames) io.out(`${c.yellow("!")} ${ch.file} ${ch.name}：${ch.change}`);
  for (const ch of leftAlone) io.out(`${c.red("!")} ${ch.file} ${ch.name}：未更新，请人工核对 / not updated, look at it: ${ch.change}`);
  io.out(`更新了 ${files.length} 个文件中的 ${changes.length} 处预期，${leftAlone.length} 处留待人工核对 / ${changes.length} expectation(s) updated in ${files.length} file(s), ${leftAlone.length} left to a person`);
  return leftAlone.length > 0 ? 1 : 0;
}
