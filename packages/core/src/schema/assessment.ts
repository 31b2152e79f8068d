import { z } from "zod";
import { Id, IsoDate } from "./primitives.js";
import { CircumstanceEffectSchema, MeasureTypeSchema, PARTY_KINDS, PenaltyTypeSchema } from "./vocabulary.js";

/** The input of one assessment (API.md `POST /v1/assess`). */
export const AssessInput = z
  .strictObject({
    ruleset: Id.optional().describe("Ruleset id; may be left out when the registry holds exactly one"),
    offense: Id.describe("Offense id, e.g. dlf-71"),
    concurrent: z
      .array(Id)
      .max(10)
      .default([])
      .describe("Other provisions the same act violates (art. 29: one fine, under the higher one): unique, never the offense itself, at most 10"),
    party: z.strictObject({
      kind: z.enum(PARTY_KINDS),
      age: z.number().int().min(0).max(150).nullable().optional().describe("Individuals: age at the time of the act"),
      capacity: z.enum(["full", "partial", "none"]).default("full").describe("art. 31"),
      business: z
        .boolean()
        .default(true)
        .describe("Whether the act was done in business activity (从事经营活动): sets the hearing threshold where the standard distinguishes (art. 63)"),
    }),
    dates: z.strictObject({
      act: IsoDate.describe("When the act happened"),
      actEnded: IsoDate.nullable().optional().describe("When a continuing act ended (art. 36 ¶2)"),
      discovered: IsoDate.nullable().optional(),
      filed: IsoDate.nullable().optional(),
      decision: IsoDate.describe("The day of the decision; the engine reads no clock"),
    }),
    facts: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
      .default({})
      .describe("The offense's declared facts; amounts as decimal strings or numbers"),
    circumstances: z.array(Id).default([]),
  })
  .describe("One case to assess");
export type AssessInputT = z.input<typeof AssessInput>;
export type AssessInputParsed = z.output<typeof AssessInput>;

const Money = z.string().describe("Decimal amount in yuan");
const MoneyRange = z.strictObject({ min: Money, max: Money });

/** Where an explanation's figure or conclusion comes from: an article with its text, or a place in the rule data. */
export const ExplanationRef = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("law"),
    law: z.string(),
    article: z.number().int().positive(),
    paragraph: z.number().int().positive().optional(),
    item: z.number().int().positive().optional(),
    text: z.string().nullable().describe("The quoted text (the rule data's quotation, or the Administrative Penalty Law's); null where the repository has none"),
  }),
  z.strictObject({
    kind: z.literal("rule"),
    file: z.string().describe("The rule file, as loaded"),
    path: z.string().describe("The JSON path in that file, e.g. offenses[3].tiers[1].fine or settings.hearing.fineAtLeast.organization"),
    value: z.string().optional().describe("The value read there, where one value was used"),
  }),
]);
export type ExplanationRefT = z.infer<typeof ExplanationRef>;

export const ExplanationEntry = z.strictObject({
  step: z.enum([
    "version",
    "time-bar",
    "exemption",
    "tier",
    "circumstances",
    "penalties",
    "fine",
    "one-act",
    "procedure",
    "filing",
    "measures",
  ]),
  zh: z.string(),
  en: z.string(),
  basis: z.array(z.string()),
  refs: z.array(ExplanationRef).describe("Structured references: the articles of `basis` with their text, and the rule data read"),
  values: z.record(z.string(), z.string()).describe("The values this step used, e.g. { \"unpaidFee\": \"12000.50\" }"),
});
export type ExplanationEntryT = z.infer<typeof ExplanationEntry>;

export const AssessResult = z
  .strictObject({
    outcome: z
      .enum(["penalty", "no-penalty", "may-waive", "time-barred", "measures-only", "individual-decision"])
      .describe("measures-only: no penalty type applies (the article orders measures only, or its conditional penalty's condition is not met); individual-decision: the case falls in a region the standard leaves uncovered on purpose (offense.gaps), the warning TIER_NOT_COVERED gives the reason"),
    ruleset: z.strictObject({ id: z.string(), version: z.string(), hash: z.string() }),
    offense: z.strictObject({ id: z.string(), title: z.string() }),
    tier: z.strictObject({ id: z.string(), title: z.string() }).nullable(),
    penalties: z.array(
      z.strictObject({ type: PenaltyTypeSchema, title: z.string(), mandatory: z.boolean(), basis: z.string() }),
    ),
    fine: z
      .strictObject({
        statutory: MoneyRange,
        band: MoneyRange,
        recommended: z.strictObject({ min: Money, max: Money, point: Money.nullable().describe("null where the standard places no point (band-only)") }),
        reduced: z.boolean().describe("true where the recommendation is 减轻, below the statutory minimum"),
        reduction: z
          .strictObject({ min: Money, max: Money, basis: z.array(z.string()) })
          .nullable()
          .describe("减轻: the range below the statutory minimum, offered beside the 从轻 one whenever a legal ground is found (arts. 30, 31, 32, the standard's list)"),
      })
      .nullable(),
    measures: z.array(z.strictObject({ type: MeasureTypeSchema, title: z.string(), mandatory: z.boolean() })),
    circumstances: z.array(
      z.strictObject({ id: z.string(), title: z.string(), effect: CircumstanceEffectSchema, mandatory: z.boolean(), basis: z.string() }),
    ),
    procedure: z.strictObject({
      summary: z.boolean(),
      hearing: z.boolean(),
      legalReview: z.boolean(),
      collectiveDiscussion: z.boolean(),
      major: z.boolean(),
      filingRequired: z.boolean(),
      educationRequired: z.boolean(),
      deadlines: z.strictObject({ file: IsoDate.nullable(), decide: IsoDate.nullable(), report: IsoDate.nullable() }),
    }),
    concurrent: z
      .array(z.strictObject({ offense: z.string(), title: z.string(), statutoryMax: Money.nullable(), fineApplied: z.boolean() }))
      .describe("art. 29: the provisions the same act violates, and which one's fine applies"),
    alternative: z
      .strictObject({ version: z.string(), outcome: z.string(), point: Money.nullable() })
      .nullable()
      .describe("art. 37: the other version compared, when two versions were in force"),
    explanation: z.array(ExplanationEntry),
    warnings: z.array(z.strictObject({ code: z.string(), zh: z.string(), en: z.string() })),
  })
  .describe("The assessment (API.md)");
export type AssessResultT = z.infer<typeof AssessResult>;
