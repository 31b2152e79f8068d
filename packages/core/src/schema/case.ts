import { z } from "zod";
import { AssessInput, AssessResult } from "./assessment.js";
import { Id, MoneyString, NonEmpty, SemVer } from "./primitives.js";
import { MeasureTypeSchema, PenaltyTypeSchema } from "./vocabulary.js";

const MoneyExpect = z.strictObject({ min: MoneyString.optional(), max: MoneyString.optional() });

/** What a case expects of the assessment; every field given must match, fields left out are not checked. */
export const CaseExpect = z
  .strictObject({
    outcome: AssessResult.shape.outcome.optional(),
    version: SemVer.optional().describe("适用的规则集版本（行政处罚法第三十七条） / The ruleset version applied (art. 37)"),
    tier: Id.nullable().optional(),
    penalties: z.array(PenaltyTypeSchema).optional().describe("处罚种类恰为这些，顺序不限 / Exactly these penalty types, in any order"),
    mandatoryPenalties: z.array(PenaltyTypeSchema).optional().describe("应当给予的处罚恰为这些 / Exactly these are mandatory"),
    measures: z.array(MeasureTypeSchema).optional().describe("措施恰为这些，顺序不限 / Exactly these measures, in any order"),
    referrals: z.array(PenaltyTypeSchema).optional().describe("移送其他机关的处罚恰为这些，顺序不限 / Exactly these penalties referred to another authority, in any order"),
    fine: z
      .strictObject({
        statutory: MoneyExpect.optional(),
        band: MoneyExpect.optional(),
        recommended: z
          .strictObject({ min: MoneyString.optional(), max: MoneyString.optional(), point: MoneyString.nullable().optional().describe("无建议数额（只给幅度）时为 null / null = no point (band-only)") })
          .optional(),
        reduced: z.boolean().optional(),
        reduction: MoneyExpect.nullable().optional().describe("减轻处罚的幅度（低于法定最低数额）；未提供时为 null / 减轻: the range offered below the statutory minimum; null = none offered"),
      })
      .nullable()
      .optional()
      .describe("不罚款时为 null / null = no fine"),
    circumstances: z.array(Id).optional().describe("适用的情节恰为这些标识 / Exactly these circumstance ids are applied"),
    procedure: z
      .strictObject({
        summary: z.boolean().optional(),
        hearing: z.boolean().optional(),
        legalReview: z.boolean().optional(),
        collectiveDiscussion: z.boolean().optional(),
        major: z.boolean().optional(),
        filingRequired: z.boolean().optional(),
        educationRequired: z.boolean().optional(),
        deadlines: z
          .strictObject({
            file: z.string().nullable().optional(),
            decide: z.string().nullable().optional(),
            report: z.string().nullable().optional(),
          })
          .optional(),
      })
      .optional(),
    concurrentApplied: Id.optional().describe("行政处罚法第二十九条：适用其罚款的违法行为 / art. 29: the offense whose fine applies"),
    warnings: z.array(NonEmpty).optional().describe("提示代码恰为这些 / Exactly these warning codes"),
    basis: z.array(NonEmpty).optional().describe("说明中须出现这些依据 / Each of these citations appears somewhere in the explanation"),
    error: z
      .strictObject({ code: NonEmpty, issues: z.array(NonEmpty).optional().describe("问题代码，顺序不限 / Issue codes, in any order") })
      .optional()
      .describe("裁量须以此错误失败 / The assessment must fail with this error"),
  })
  .describe("预期结果 / Expected result");
export type CaseExpectT = z.infer<typeof CaseExpect>;

export const Case = z.strictObject({
  name: NonEmpty.describe("案例名称，写成一句法律人员能读懂的话，如“盗窃电能，应交电费1万元，初次且主动补交：罚款建议…” / The case as a sentence a lawyer can read, e.g. 盗窃电能，应交电费1万元，初次且主动补交：罚款建议…"),
  input: AssessInput,
  expect: CaseExpect,
});
export type CaseT = z.infer<typeof Case>;

export const CaseFile = z
  .strictObject({
    $schema: z.string().optional(),
    description: NonEmpty.optional(),
    cases: z.array(Case).min(1),
  })
  .describe("规则包的案例 / Test cases of a rule pack");
export type CaseFileT = z.infer<typeof CaseFile>;
