import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ruleFileSchemas } from "../src/schemas.js";

describe("the JSON Schemas in rules/schema/ are generated from the zod schemas", () => {
  it.each(Object.entries(ruleFileSchemas()))("%s is up to date (run `npm run schema` if not)", (name, schema) => {
    const committed: unknown = JSON.parse(readFileSync(new URL(`../../../rules/schema/${name}`, import.meta.url), "utf8"));
    expect(committed).toEqual(schema);
  });
});
