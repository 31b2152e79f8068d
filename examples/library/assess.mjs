// A plain Node script using the built library (ESM): node examples/library/assess.mjs [rulesDir]
// Run `npm run build` first. Prints the assessment of one case as JSON.
import { assess } from "@cailiang/core";
import { loadRegistryFromDir } from "@cailiang/core/node";

const registry = await loadRegistryFromDir(process.argv[2] ?? "rules");
const result = await assess(registry, {
  ruleset: "hebei-luquan-gxj",
  offense: "dlf-71",
  party: { kind: "organization" },
  dates: { act: "2026-03-02", discovered: "2026-05-20", filed: "2026-05-22", decision: "2026-06-10" },
  facts: { unpaidFee: "12000.50" },
  circumstances: ["eliminated-harm"],
});
console.log(JSON.stringify({ outcome: result.outcome, tier: result.tier, fine: result.fine, ruleset: result.ruleset }, null, 2));
