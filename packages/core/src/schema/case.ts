import { z } from "zod";
import { AssessInput, AssessResult } from "./assessment.js";
import { Id, MoneyString, NonEmpty, SemVer } from "./primitives.js";
import { MeasureTypeSchema, PenaltyTypeSchema } from "./vocabulary.js";

const MoneyExpect = z.strictObject({ min: MoneyString.optional(), max: MoneyString.optional() });

/** What a case expects of the assessment; every field given must match, fields left out are not checked. */
export const CaseExpect = z
  .strictObject({
    outcome: AssessResult.shape.outcome.optional(),
    version: SemVer.optional().describe("The ruleset version applied (art. 37)"),
    tier: Id.nullable().optional(),
    penalties: z.array(PenaltyTypeSchema).optional().describe("Exactly these penalty types, in any order"),
    mandatoryPenalties: z.array(PenaltyTypeSchema).optional().describe("Exactly these are mandatory"),
    measures: z.array(MeasureTypeSchema).optional().describe("Exactly these measures, in any order"),
    fine: z
      .strictObject({
        statutory: MoneyExpect.optional(),
        band: MoneyExpect.optional(),
        recommended: z
          .strictObject({ min: MoneyString.optional(), max: MoneyString.optional(), point: MoneyString.nullable().optional().describe("null = no point (band-only)") })
          .optional(),
        reduced: z.boolean().optional(),
        reduction: MoneyExpect.nullable().optional().describe("减轻: the range offered below the statutory minimum; null = none offered"),
      })
      .nullable()
      .optional()
      .describe("null = no fine"),
    circumstances: z.array(Id).optional().describe("Exactly these circumstance ids are applied"),
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
    concurrentApplied: Id.optional().describe("art. 29: the offense whose fine applies"),
    warnings: z.array(NonEmpty).optional().describe("Exactly these warning codes"),
    basis: z.array(NonEmpty).optional().describe("Each of these citations appears somewhere in the explanation"),
    error: z
      .strictObject({ code: NonEmpty, issues: z.array(NonEmpty).optional().describe("Issue codes, in any order") })
      .optional()
      .describe("The assessment must fail with this error"),
  })
  .describe("Expected result");
export type CaseExpectT = z.infer<typeof CaseExpect>;

export const Case = z.strictObject({
  name: NonEmpty.describe("The case as a sentence a lawyer can read, e.g. 盗窃电能，应交电费1万元，初次且主动补交：罚款建议…"),
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
  .describe("Test cases of a rule pack");
export type CaseFileT = z.infer<typeof CaseFile>;
