// Measures the workbench on this machine: the gzipped size of what the browser downloads, and the
// time to interactive of each view (navigation start → the view usable: the 基准 table drawn with
// the rules checked in the browser, the 试算 form's 计算 button present, …), median of 5 cold loads.
// Run: npm run measure:web (after npm run build). Figures only, not a test: no wall-clock asserts.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { launch, openPage, RULES, serve } from "./browser.js";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));

const files = ["index.html", ...(await readdir(join(DIST, "assets"))).map((f) => `assets/${f}`)];
let raw = 0;
let gz = 0;
for (const f of files) {
  const body = await readFile(join(DIST, f));
  raw += body.length;
  gz += gzipSync(body, { level: 9 }).length;
  console.log(`${f.padEnd(34)} ${(body.length / 1024).toFixed(1).padStart(7)} KiB  gzip ${(gzipSync(body, { level: 9 }).length / 1024).toFixed(1).padStart(6)} KiB`);
}
console.log(`page total                         ${(raw / 1024).toFixed(1).padStart(7)} KiB  gzip ${(gz / 1024).toFixed(1).padStart(6)} KiB`);

const server = await serve(RULES);
const rules = await (await fetch(`${server.url}/rules.json`)).arrayBuffer();
console.log(`rules.json (the shipped pack)      ${(rules.byteLength / 1024).toFixed(1).padStart(7)} KiB  gzip ${(gzipSync(Buffer.from(rules), { level: 9 }).length / 1024).toFixed(1).padStart(6)} KiB`);

const browser = await launch();
const READY: Record<string, string> = {
  standard: "table.cl-published tbody tr",
  trial: "form button[type=submit]",
  diff: "#v-from",
  check: "#issues-h",
};
for (const [view, selector] of Object.entries(READY)) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/#/${view}`);
    await page.waitForSelector(selector);
    times.push(Number(await page.evaluate("performance.now()")));
    if (i === 0) console.log(`  ${view}: ${await page.evaluate("JSON.stringify([...performance.getEntriesByType('navigation').map(e => ['domInteractive', Math.round(e.domInteractive)]), ...performance.getEntriesByType('mark').map(m => [m.name, Math.round(m.startTime)])])")}`);
    await page.context().close();
  }
  times.sort((a, b) => a - b);
  console.log(`time to interactive, ${view.padEnd(8)}  median ${Math.round(times[2] as number)} ms  (min ${Math.round(times[0] as number)}, max ${Math.round(times[4] as number)})`);
}
await browser.close();
await server.close();
