import { issueLines } from "@cailiang/core";
import { checkRulesDir } from "@cailiang/core/node";
import { colors, type Io } from "../io.js";
import { rulesProgress } from "../rules-progress.js";
import { readRules } from "./read-rules.js";

/** `cailiang validate [dir|file]`: every issue of every rule and case file (or of the one file), `file:line:col path message`. */
export async function validate(dir: string, io: Io): Promise<number> {
  const c = colors(io);
  const progress = rulesProgress(io);
  const checked = await readRules(dir, io, (d) => checkRulesDir(d, { progress }), true);
  progress.stop();
  if (!checked) return 1;
  const { usable, cases, issues, focus } = checked;
  if (issues.length > 0) {
    for (const line of issueLines(issues)) io.out(`${c.red("✖")} ${line}`);
    io.out(c.red(`${issues.length} issue(s) in ${dir}`));
    return 1;
  }
  if (focus) {
    io.out(c.green(`✓ ${focus.file}：没有错误 / no issues`));
    return 0;
  }
  const rulesets = usable.list();
  if (rulesets.length === 0) {
    io.out(c.red(`✖ ${dir}: 没有找到规则集 / no ruleset found`));
    return 1;
  }
  const versions = rulesets.flatMap((r) => usable.versions(r.id));
  const offenses = versions.reduce((n, v) => n + v.offenses.size, 0);
  io.out(c.green(`✓ ${rulesets.length} ruleset(s), ${versions.length} version(s), ${offenses} offense(s), ${cases.length} case(s): no issues`));
  return 0;
}
