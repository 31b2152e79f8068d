// A plain Node script using the built library (ESM): node examples/library/assess.mjs [rulesDir]
// Run `npm run build` first. Assesses the case in case.json and prints the result's main parts.
import { readFileSync } from "node:fs";
import { assess } from "@cailiang/core";
import { loadRegistryFromDir } from "@cailiang/core/node";

const registry = await loadRegistryFromDir(process.argv[2] ?? "rules");
const result = await assess(registry, JSON.parse(readFileSync(new URL("./case.json", import.meta.url), "utf8")));
console.log(JSON.stringify({ outcome: result.outcome, tier: result.tier, fine: result.fine, ruleset: result.ruleset }, null, 2));
