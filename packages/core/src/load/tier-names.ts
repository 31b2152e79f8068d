import type { RulesetT } from "../schema/ruleset.js";
import type { PathIssue } from "./check-ruleset.js";
import type { PathSegment } from "./json-source.js";

/** 「第2阶次“一般”」: tiers as a legal officer counts them (from 1) and names them (by title). */
export function tierName(index: number, title: string): string {
  return `第${index + 1}阶次“${title}”`;
}

/** An issue inside a tier (offenses[i].tiers[j]…) begins by naming the tier, not by its index. */
export function withTierName(issue: PathIssue, def: RulesetT): PathIssue {
  const [first, i] = issue.at;
  if (first !== "offenses" || typeof i !== "number") return issue;
  const label = tierLabel(def.offenses[i], issue.at.slice(2));
  return label ? { ...issue, zh: `${label.zh}${issue.zh}`, en: `${label.en}${issue.en}` } : issue;
}

/**
 * 「第2阶次“一般”：」 for a path inside a tier of `offense` (validated, or as written in its file:
 * schema issues are found before validation), or undefined.
 */
export function tierLabel(offense: unknown, path: readonly PathSegment[]): { zh: string; en: string } | undefined {
  const k = path.indexOf("tiers");
  const j = path[k + 1];
  if (k < 0 || typeof j !== "number") return undefined;
  const tier = ((offense as { tiers?: unknown } | undefined)?.tiers as Array<{ id?: unknown; title?: unknown }> | undefined)?.[j];
  if (!tier || typeof tier.title !== "string") return undefined;
  const id = typeof tier.id === "string" ? ` (${tier.id})` : "";
  return { zh: `${tierName(j, tier.title)}：`, en: `Tier ${j + 1} "${tier.title}"${id}: ` };
}
