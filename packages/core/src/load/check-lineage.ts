import type { Issue } from "../errors.js";
import type { CompiledRuleset } from "../model.js";

/**
 * Across the versions of one ruleset (行政处罚法第三十七条): a row's `replaces` and a recorded
 * statute change name a row of an earlier version, so the versions can be compared.
 */
export function lineageIssues(rulesets: readonly CompiledRuleset[]): Issue[] {
  const issues: Issue[] = [];
  for (const version of rulesets) {
    const earlier = rulesets.filter((r) => r.def.id === version.def.id && r.def.effectiveFrom < version.def.effectiveFrom);
    const known = (id: string) => earlier.some((r) => r.offenses.has(id));
    for (const o of version.offenses.values()) {
      const id = o.def.replaces;
      if (id === undefined || (known(id) && !version.offenses.has(id))) continue;
      issues.push({
        code: "REPLACES_UNKNOWN",
        path: `offenses.${o.def.id}.replaces`,
        ...o.where(),
        zh: version.offenses.has(id) ? `"${o.def.id}" 所替代的违法行为 "${id}" 仍在本版本中` : `"${o.def.id}" 所替代的违法行为 "${id}" 不在本规则集的较早版本中`,
        en: version.offenses.has(id) ? `"${o.def.id}" replaces "${id}", which is still in this version` : `"${o.def.id}" replaces "${id}", which no earlier version of the ruleset has`,
      });
    }
    version.def.statuteChanges.forEach((c, i) => {
      if (known(c.offense)) return;
      issues.push({
        code: "STATUTE_CHANGE_UNKNOWN",
        path: `statuteChanges[${i}].offense`,
        file: version.files[0] ?? "",
        zh: `法律变更所涉违法行为 "${c.offense}" 不在本规则集的较早版本中`,
        en: `The statute change names "${c.offense}", which no earlier version of the ruleset has`,
      });
    });
  }
  return issues;
}
