// Planted-defect fixtures for review (案卷评查): clean decided cases under the shipped Luquan rules,
// and one defect planted in each, naming the finding code it must produce. Shared by the core,
// CLI and HTTP tests, and written out as examples/decided-cases.*.
import type { DecidedCaseT, FindingCode } from "@cailiang/core";

type Decided = DecidedCaseT["decided"];

/** 盗窃电能, 应交电费 12000.50 元, 主动消除危害后果: recommended 12000–21000 元, point 16500; hearing and legal review. */
export const theft = (caseNumber: string, decided: Partial<Decided> = {}, over: Partial<DecidedCaseT> = {}): DecidedCaseT => ({
  caseNumber,
  partyName: "鹿泉某铸造有限公司",
  ruleset: "hebei-luquan-gxj",
  offense: "dlf-71",
  party: { kind: "organization" },
  dates: { act: "2026-03-01", discovered: "2026-03-02" },
  facts: { unpaidFee: "12000.50" },
  circumstances: ["eliminated-harm"],
  ...over,
  decided: {
    procedure: "ordinary",
    penalties: [{ type: "fine", amount: "16500" }],
    hearingOffered: true,
    legalReviewed: true,
    collectiveDiscussed: false,
    ...decided,
    dates: { filed: "2026-03-04", decided: "2026-04-10", ...decided.dates },
  },
});

/** 重点用能单位未按要求整改, 已整改但未达要求, 5000 吨标准煤: statute 10–30 万元, band 10–15 万元; a major case. */
export const energy = (caseNumber: string, decided: Partial<Decided> = {}, circumstances: string[] = []): DecidedCaseT => ({
  caseNumber,
  partyName: "石家庄某水泥有限公司",
  offense: "jnf-83",
  party: { kind: "organization" },
  dates: { act: "2026-02-01", discovered: "2026-02-10" },
  facts: { rectification: "partial", energyTce: 5000 },
  circumstances,
  decided: {
    procedure: "ordinary",
    penalties: [{ type: "fine", amount: "125000" }],
    hearingOffered: true,
    legalReviewed: true,
    collectiveDiscussed: true,
    ...decided,
    dates: { filed: "2026-02-12", decided: "2026-03-20", ...decided.dates },
  },
});

/** Decided cases with no error finding: what assess() recommends, by the procedure it requires. */
export const CLEAN: DecidedCaseT[] = [
  theft("鹿工信罚〔2026〕1号"),
  // 减轻 on two legal grounds: the standard's 减轻 range is 50000–100000 元.
  energy("鹿工信罚〔2026〕2号", { penalties: [{ type: "fine", amount: "75000" }], reduced: true }, ["eliminated-harm", "confessed"]),
  // Outside the recommended range, with the reason recorded: no finding.
  theft("鹿工信罚〔2026〕3号", { penalties: [{ type: "fine", amount: "25000" }], reason: "窃电持续时间长，经集体讨论从重" }),
];

/** One defect each; `code` must be among the findings (MAJOR_DECISION_TO_REPORT is info, not a defect). */
export const PLANTED: Array<{ code: FindingCode; case: DecidedCaseT }> = [
  { code: "FINE_ABOVE_STATUTORY_MAX", case: theft("鹿工信罚〔2026〕11号", { penalties: [{ type: "fine", amount: "70000" }] }) },
  { code: "FINE_BELOW_STATUTORY_MIN", case: energy("鹿工信罚〔2026〕12号", { penalties: [{ type: "fine", amount: "50000" }] }) },
  { code: "FINE_OUTSIDE_RECOMMENDED", case: theft("鹿工信罚〔2026〕13号", { penalties: [{ type: "fine", amount: "25000" }] }) },
  { code: "PENALTY_TYPE_NOT_ALLOWED", case: theft("鹿工信罚〔2026〕14号", { penalties: [{ type: "fine", amount: "16500" }, { type: "revoke-license" }] }) },
  { code: "MANDATORY_PENALTY_MISSING", case: theft("鹿工信罚〔2026〕15号", { penalties: [] }) },
  {
    code: "PENALIZED_BUT_EXEMPT",
    case: theft("鹿工信罚〔2026〕16号", { penalties: [{ type: "fine", amount: "1000" }], hearingOffered: false, legalReviewed: false }, { circumstances: ["minor-violation", "corrected-promptly", "no-harm"] }),
  },
  // Discovered more than two years after the act (art. 36).
  { code: "TIME_BARRED", case: theft("鹿工信罚〔2028〕17号", { dates: { filed: "2028-03-02", decided: "2028-04-10" } }, { dates: { act: "2026-01-10", discovered: "2028-03-01" } }) },
  { code: "SUMMARY_NOT_ALLOWED", case: theft("鹿工信罚〔2026〕18号", { procedure: "summary" }) },
  { code: "HEARING_NOT_OFFERED", case: theft("鹿工信罚〔2026〕19号", { hearingOffered: false }) },
  { code: "LEGAL_REVIEW_MISSING", case: theft("鹿工信罚〔2026〕20号", { legalReviewed: false }) },
  { code: "COLLECTIVE_DISCUSSION_MISSING", case: energy("鹿工信罚〔2026〕21号", { collectiveDiscussed: false }) },
  { code: "FILING_LATE", case: theft("鹿工信罚〔2026〕22号", { dates: { filed: "2026-03-20", decided: "2026-04-10" } }) },
  { code: "DECISION_LATE", case: theft("鹿工信罚〔2026〕23号", { dates: { filed: "2026-03-04", decided: "2026-06-20" } }) },
  { code: "HEAVIER_THAN_NOTIFIED", case: theft("鹿工信罚〔2026〕24号", { notifiedFine: "15000" }) },
  { code: "MAJOR_DECISION_TO_REPORT", case: energy("鹿工信罚〔2026〕25号") },
];

/** Cases that cannot be reviewed: an error entry, never a crash. */
export const UNREVIEWABLE: Array<{ code: string; case: unknown }> = [
  // The pack's first version takes effect on 2026-01-01: nothing is in force on 2025-06-01.
  { code: "RULESET_NOT_FOUND", case: theft("鹿工信罚〔2025〕9号", { dates: { filed: "2025-03-04", decided: "2025-06-01" } }, { dates: { act: "2025-03-01", discovered: "2025-03-02" } }) },
  { code: "INPUT_INVALID", case: { caseNumber: "坏-1", offense: "dlf-71" } },
];
