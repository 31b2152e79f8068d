import { diffVersions, renderDiffText } from "@cailiang/core/publish";
import type { Io } from "../io.js";
import { pickRuleset, validRegistry } from "./publish.js";

/**
 * `cailiang diff <dir> <v1> <v2>`: what changed between two versions, each change marked lighter
 * or heavier for the party; the same comparison as the workbench's 版本对比 view.
 */
export async function diffCommand(dir: string, from: string, to: string, options: { ruleset?: string; json?: boolean }, io: Io): Promise<number> {
  const registry = await validRegistry(dir, io);
  if (!registry) return 1;
  const id = pickRuleset(registry, options.ruleset, io);
  if (!id) return 2;
  const versions = registry.versions(id);
  const find = (v: string) => versions.find((x) => x.def.version === String(v));
  const a = find(from);
  const b = find(to);
  for (const [v, found] of [[from, a], [to, b]] as const) {
    if (!found) {
      io.err(`规则集 ${id} 没有版本 ${v} / ruleset ${id} has no version ${v} (${versions.map((x) => x.def.version).join(", ")})`);
      return 1;
    }
  }
  const diff = diffVersions(a as NonNullable<typeof a>, b as NonNullable<typeof b>);
  io.out(options.json ? JSON.stringify(diff, null, 2) : renderDiffText(diff).replace(/\n$/, ""));
  return 0;
}
