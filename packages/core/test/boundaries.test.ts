// The dependency rules of STYLE.md, checked on the source: the core imports no server or CLI,
// no node: module outside its loader entry, and only conditions/ touches json-rules-engine.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../src/", import.meta.url));
const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
const importsOf = (f: string) => [...readFileSync(join(src, f), "utf8").matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1] as string);

describe("core boundaries", () => {
  it("never imports the server, the CLI or hono", () => {
    const bad = files.flatMap((f) => importsOf(f).filter((i) => /^@cailiang\/(server|cli)|^hono|^@hono\//.test(i)).map((i) => `${f}: ${i}`));
    expect(bad).toEqual([]);
  });
  it("uses node: modules only in the loader entry", () => {
    const bad = files.filter((f) => f !== "node.ts").flatMap((f) => importsOf(f).filter((i) => i.startsWith("node:")).map((i) => `${f}: ${i}`));
    expect(bad).toEqual([]);
  });
  it("touches json-rules-engine only in conditions/", () => {
    const users = files.filter((f) => importsOf(f).includes("json-rules-engine")).map((f) => relative(".", f).split(/[\\/]/)[0]);
    expect([...new Set(users)]).toEqual(["conditions"]);
  });
});
