// Review (案卷评查) and batch work: decided cases judged against assess() on their own facts.
export { Decided, DecidedCase } from "./decided-case.js";
export type { DecidedCaseParsed, DecidedCaseT, DecidedT } from "./decided-case.js";
export { FINDING_CODES, Finding, FindingCodeSchema } from "./finding.js";
export type { FindingCode, FindingT, Severity } from "./finding.js";
export { review, reviewCase, reviewEntry } from "./review.js";
export type { ReviewedCase, ReviewEntry } from "./review.js";
export { majorStatus } from "./major.js";
export type { MajorStatus } from "./major.js";
export { assessEntry, assessMany, BatchRequest, MAX_BATCH_CASES, reviewMany, ReviewTally } from "./batch.js";
export type { AssessEntry, ReviewSummary } from "./batch.js";
