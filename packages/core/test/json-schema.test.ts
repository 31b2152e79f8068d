import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AssessInput, AssessResult, ruleFileSchemas } from "../src/schemas.js";

describe("the JSON Schemas in rules/schema/ are generated from the zod schemas", () => {
  it.each(Object.entries(ruleFileSchemas()))("%s is up to date (run `npm run schema` if not)", (name, schema) => {
    const committed: unknown = JSON.parse(readFileSync(new URL(`../../../rules/schema/${name}`, import.meta.url), "utf8"));
    expect(committed).toEqual(schema);
  });
});

/** Every `description` in a JSON Schema, with where it is. */
function descriptions(schema: unknown, at = "#"): Array<{ at: string; text: string }> {
  if (Array.isArray(schema)) return schema.flatMap((x, i) => descriptions(x, `${at}/${i}`));
  if (!schema || typeof schema !== "object") return [];
  return Object.entries(schema).flatMap(([k, v]) => (k === "description" && typeof v === "string" ? [{ at, text: v }] : descriptions(v, `${at}/${k}`)));
}

// The hover text legal staff read in their editor, and the API's: Chinese first (then " / English").
const CJK_FIRST = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef「“（]/u;

describe("schema descriptions are in Chinese first", () => {
  const schemas: Record<string, unknown> = {
    ...ruleFileSchemas(),
    "AssessInput (API)": z.toJSONSchema(AssessInput, { io: "input", unrepresentable: "any" }),
    "AssessResult (API)": z.toJSONSchema(AssessResult, { unrepresentable: "any" }),
  };
  it.each(Object.entries(schemas))("every description of %s starts with a Chinese character", (_name, schema) => {
    const all = descriptions(schema);
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((d) => !CJK_FIRST.test(d.text))).toEqual([]);
  });
});
