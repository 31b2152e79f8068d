import { DIRECTIONS, type Change, type VersionDiff } from "./diff-versions.js";

/** Where a change is: "dlf-71 盗窃电能 · 一般", or "通用" for the ruleset's own parts. */
export function changePlace(c: Change): string {
  if (!c.offense) return "通用";
  return `${c.offense.id} ${c.offense.title}${c.tier ? ` · ${c.tier.title}` : ""}`;
}

/** `cailiang diff`: one line per change, marked for the party. */
export function renderDiffText(d: VersionDiff): string {
  const head = `${d.title}\n${d.from.version}（${d.from.effectiveFrom} 起）→ ${d.to.version}（${d.to.effectiveFrom} 起）：${d.changes.length} 处变更`;
  const lines = d.changes.map((c) => {
    const values = c.before !== null || c.after !== null ? `：${c.before ?? "（无）"} → ${c.after ?? "（无）"}` : "";
    return `[${DIRECTIONS[c.direction].zh}] ${changePlace(c)}：${c.zh}${values}`;
  });
  const counts = (Object.keys(DIRECTIONS) as Array<keyof typeof DIRECTIONS>)
    .map((k) => `${DIRECTIONS[k].zh} ${d.changes.filter((c) => c.direction === k).length}`)
    .join("，");
  return [head, ...lines, counts].join("\n") + "\n";
}
