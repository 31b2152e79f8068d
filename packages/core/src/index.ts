// @cailiang/core: the rule-pack model, its validation, and the assessment engine.

// Errors: one class, stable codes, bilingual messages with locations.
export { CailiangError, ERROR_CODES, formatIssues, issueLocation, toCailiangError } from "./errors.js";
export type { ErrorBody, ErrorCode, Issue } from "./errors.js";

// The rule-pack format (zod) and its inferred types.
export * from "./schema/ruleset.js";
export * from "./schema/condition.js";
export * from "./schema/vocabulary.js";
export * from "./schema/assessment.js";
export * from "./schema/case.js";
export { DecimalString, Id, IsoDate, MoneyString, SemVer } from "./schema/primitives.js";
export { ruleFileSchemas } from "./json-schema.js";

// Loading: already-read files in, a validated registry out.
export { Registry } from "./registry.js";
export type { RulesetSummary } from "./registry.js";
export { loadRuleset } from "./load/load-ruleset.js";
export type { RulesetSource, LoadResult } from "./load/load-ruleset.js";
export type { SourceFile } from "./load/json-source.js";
export { zodIssues } from "./load/zod-issues.js";
export type { CompiledRuleset, CompiledOffense } from "./model.js";

// Assessment: the engine (async: conditions are evaluated by json-rules-engine).
export { assess } from "./engine/assess.js";

// Review (案卷评查) and batch work.
export * from "./review/index.js";

// Cases beside the rules: parse and run them.
export { parseCaseFiles } from "./cases/parse-cases.js";
export type { LocatedCase } from "./cases/parse-cases.js";
export { runCase, runCases } from "./cases/run-cases.js";
export type { CaseOutcome } from "./cases/run-cases.js";

// Citations as statutes write them: cite({ law: "电力法", article: 71 }) → "电力法第七十一条".
export { chineseNumber, cite, fromChineseNumeral } from "./law/cite.js";

// Money helpers, for callers that compute with the engine's amounts.
export { D, formatMoney, roundMoney } from "./money.js";
