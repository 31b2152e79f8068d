// @cailiang/core: the rule-pack model, its validation, and the assessment engine.
// The essentials are here; the zod schemas are in "@cailiang/core/schemas", the loaders that read
// a directory in "@cailiang/core/node".

// Errors: one class, stable codes, bilingual messages with locations.
export { CailiangError, ERROR_CODES, formatIssues, issueLines, issueLocation, toCailiangError } from "./errors.js";
export type { ErrorBody, ErrorCode, Issue } from "./errors.js";

// The shapes, as types (their zod schemas: "@cailiang/core/schemas").
export type { AssessInputT, AssessInputParsed, AssessResultT, ExplanationEntryT } from "./schema/assessment.js";
export type { RulesetT, RulesetInputT, OffenseT, OffenseInputT, FactDeclT, CircumstanceDeclT, TierT, MeasureT, LegalRefT, SettingsT } from "./schema/ruleset.js";
export type { ConditionT, FactConditionT } from "./schema/condition.js";
export type { CaseT, CaseFileT, CaseExpectT } from "./schema/case.js";

// The closed vocabularies (art. 9 penalty types, measures, circumstance effects, general circumstances).
export { CIRCUMSTANCE_EFFECTS, FACT_TYPES, GENERAL_CIRCUMSTANCE_IDS, MEASURE_TYPES, OUTCOMES, PARTY_KINDS, PARTY_ROLES, PENALTY_TYPES } from "./schema/vocabulary.js";
export type { CircumstanceEffect, FactType, MeasureType, PartyKind, PenaltyType } from "./schema/vocabulary.js";

// Loading: already-read files in, a validated registry out.
export { Registry } from "./registry.js";
export type { RulesetSummary } from "./registry.js";
export { loadRuleset } from "./load/load-ruleset.js";
export type { RulesetSource, LoadResult } from "./load/load-ruleset.js";
export type { SourceFile } from "./load/json-source.js";
export type { CompiledRuleset, CompiledOffense } from "./model.js";

// Assessment: the engine. `assessSync` computes; `assess` is the same behind a promise.
export { assess, assessSync } from "./engine/assess.js";

// Review (案卷评查) and batch work.
export * from "./review/index.js";

// Cases beside the rules: parse and run them.
export { parseCaseFiles } from "./cases/parse-cases.js";
export type { LocatedCase } from "./cases/parse-cases.js";
export { runCase, runCases } from "./cases/run-cases.js";
export { updateCases } from "./cases/update-cases.js";
export type { CaseChange } from "./cases/update-cases.js";
export type { CaseOutcome } from "./cases/run-cases.js";

// Versions over time: start the next version from the latest; issue a draft under its 文号.
export { startVersion } from "./versions/start-version.js";
export type { StartedVersion, VersionStart } from "./versions/start-version.js";
export { issueVersion } from "./versions/issue-version.js";

// Citations as statutes write them: cite({ law: "电力法", article: 71 }) → "电力法第七十一条".
export { chineseNumber, cite, fromChineseNumeral } from "./law/cite.js";

// Money helpers, for callers that compute with the engine's amounts.
export { D, formatMoney, roundMoney } from "./money.js";
