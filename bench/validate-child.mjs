// Child of `npm run bench`: validates a rules folder with the built @cailiang/core, as
// `cailiang validate` does, and prints its time and peak RSS as JSON.
import { checkRulesDir } from "@cailiang/core/node";

const t0 = performance.now();
const { registry, issues } = await checkRulesDir(process.argv[2]);
const ms = performance.now() - t0;
const offenses = (registry?.list() ?? []).flatMap((r) => registry.versions(r.id)).reduce((n, v) => n + v.offenses.size, 0);
process.stdout.write(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, offenses, issues: issues.length }));
