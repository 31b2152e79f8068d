// The same with require() (CommonJS): node examples/library/assess.cjs [rulesDir]
const { assess } = require("@cailiang/core");
const { loadRegistryFromDir } = require("@cailiang/core/node");

(async () => {
  const registry = await loadRegistryFromDir(process.argv[2] ?? "rules");
  const result = await assess(registry, require("./case.json"));
  console.log(JSON.stringify({ outcome: result.outcome, tier: result.tier, fine: result.fine, ruleset: result.ruleset }, null, 2));
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
