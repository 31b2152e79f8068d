// @cailiang/core/schemas: the zod schemas of the rule-pack format and of the assessment's input
// and result (the JSON Schemas and the OpenAPI document are generated from these).
export * from "./schema/ruleset.js";
export * from "./schema/condition.js";
export * from "./schema/vocabulary.js";
export * from "./schema/assessment.js";
export * from "./schema/case.js";
export { DecimalString, FactName, Id, IsoDate, MoneyString, NonEmpty, SemVer } from "./schema/primitives.js";
export { ruleFileSchemas } from "./json-schema.js";
export { zodIssues } from "./load/zod-issues.js";
