// The built package works from a plain Node script, as ESM and as CommonJS (npm test builds first).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const run = (script: string) => JSON.parse(execFileSync(process.execPath, [script, "rules"], { cwd: root, encoding: "utf8" })) as { outcome: string; fine: { statutory: { max: string } } };

describe("dist/ from a plain Node script", () => {
  it("is built (npm test runs `npm run build` first)", () => {
    for (const f of ["index.js", "index.cjs", "index.d.ts", "index.d.cts", "node.js", "node.cjs"]) expect(existsSync(`${root}packages/core/dist/${f}`), f).toBe(true);
  });
  it("ESM and CJS assess the same case from the rules directory alike", () => {
    const esm = run("examples/library/assess.mjs");
    const cjs = run("examples/library/assess.cjs");
    expect(esm.outcome).toBe("penalty");
    expect(esm.fine.statutory.max).toBe("60002.50");
    expect(cjs).toEqual(esm);
  });
});
