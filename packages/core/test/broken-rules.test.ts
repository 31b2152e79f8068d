// Broken rule edits never crash the loader: whatever is changed, check() answers with issues that
// say where, or with a registry.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Registry } from "../src/index.js";
import { fixtureRuleset, sourceOf } from "./fixture-pack.js";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside a JSON tree. */
function paths(v: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  const here = [at];
  if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => paths(x, [...at, i]))];
  if (v && typeof v === "object") return [...here, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))];
  return here;
}

function setAt(root: Json, path: Array<string | number>, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return copy as Json;
}

describe("broken rule edits", () => {
  const base = JSON.parse(JSON.stringify(fixtureRuleset())) as Json;
  const all = paths(base).filter((p) => p.length > 0);

  it("any value replaced or removed: never a crash, and every issue has a path and a position", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...all), fc.option(fc.jsonValue() as fc.Arbitrary<Json>, { nil: undefined }), async (path, value) => {
        const { registry, issues } = await Registry.check([sourceOf(setAt(base, path, value))]);
        expect(Boolean(registry) !== issues.length > 0).toBe(true);
        for (const i of issues) {
          expect(i.file).toBe("fixture/1.0.0.json");
          expect(i.line).toBeGreaterThan(0);
          expect(i.zh.length > 0 && i.en.length > 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("any text cut short: a syntax error with its position", async () => {
    const text = `${JSON.stringify(base, null, 2)}\n`;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length - 2 }), async (cut) => {
        const { registry, issues } = await Registry.check([{ files: [{ path: "cut.json", text: text.slice(0, cut) }] }]);
        expect(registry).toBeUndefined();
        expect(issues[0]?.code).toBe("JSON_SYNTAX");
        expect(issues[0]?.line).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
