import type { RulesetT } from "../schema/ruleset.js";
import type { PathIssue } from "./check-ruleset.js";

/** 「第2阶次“一般”」: tiers as a legal officer counts them (from 1) and names them (by title). */
export function tierName(index: number, title: string): string {
  return `第${index + 1}阶次“${title}”`;
}

/** An issue inside a tier (offenses[i].tiers[j]…) begins by naming the tier, not by its index. */
export function withTierName(issue: PathIssue, def: RulesetT): PathIssue {
  const [first, i] = issue.at;
  const k = issue.at.indexOf("tiers", 2);
  const j = issue.at[k + 1];
  if (first !== "offenses" || typeof i !== "number" || k < 0 || typeof j !== "number") return issue;
  const tier = def.offenses[i]?.tiers[j];
  if (!tier) return issue;
  return { ...issue, zh: `${tierName(j, tier.title)}：${issue.zh}`, en: `Tier ${j + 1} "${tier.title}" (${tier.id}): ${issue.en}` };
}
