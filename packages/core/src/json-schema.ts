import { z } from "zod";
import { CaseFile } from "./schema/case.js";
import { Offense, Ruleset } from "./schema/ruleset.js";

/**
 * JSON Schemas generated from the zod schemas, for editors: each rule file names one in
 * "$schema". Written to rules/schema/ by `npm run schema`; a test fails when they are stale.
 */
export function ruleFileSchemas(): Record<string, unknown> {
  const gen = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }),
    title,
  });
  return {
    "ruleset.schema.json": gen(Ruleset, "cailiang ruleset version (行政处罚裁量基准)"),
    "offense.schema.json": gen(Offense, "cailiang offense (违法行为)"),
    "cases.schema.json": gen(CaseFile, "cailiang rule-pack cases"),
  };
}
