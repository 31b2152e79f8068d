// The same with require() (CommonJS): node examples/library/assess.cjs [rulesDir]
const { assess } = require("@cailiang/core");
const { loadRegistryFromDir } = require("@cailiang/core/node");

(async () => {
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
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
