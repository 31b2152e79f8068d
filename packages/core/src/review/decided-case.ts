import { z } from "zod";
import { AssessInput } from "../schema/assessment.js";
import { IsoDate, MoneyString } from "../schema/primitives.js";
import { PenaltyTypeSchema } from "../schema/vocabulary.js";

/** An amount as API.md accepts it: a decimal string in yuan, or a JSON number. */
const Amount = z.union([MoneyString, z.number().nonnegative().finite()]);

/** What was decided in the case (API.md "Many cases"). */
export const Decided = z.strictObject({
  procedure: z.enum(["summary", "ordinary"]).describe("简易程序 (art. 51) or 普通程序"),
  penalties: z
    .array(z.strictObject({ type: PenaltyTypeSchema, amount: Amount.optional().describe("The fine or the value confiscated, in yuan") }))
    .default([])
    .describe("The penalties imposed; empty or left out when none was given"),
  notifiedFine: Amount.optional().describe("The fine named in the advance notice (行政处罚事先告知书)"),
  reduced: z.boolean().optional().describe("减轻 was decided"),
  reason: z.string().min(1).optional().describe("The reason recorded for a departure from the standard (裁量理由)"),
  hearingOffered: z.boolean().describe("The party was told of the right to a hearing (art. 63)"),
  legalReviewed: z.boolean().describe("法制审核 held (art. 58)"),
  collectiveDiscussed: z.boolean().describe("集体讨论 held (art. 57 ¶2)"),
  dates: z.strictObject({
    filed: IsoDate.optional(),
    notified: IsoDate.optional(),
    decided: IsoDate.describe("The day of the decision"),
    served: IsoDate.optional(),
  }),
});
export type DecidedT = z.infer<typeof Decided>;

/**
 * A decided case: an assess input plus what was decided. `dates.decision` may be left out: the
 * decided date stands for it (and `decided.dates.filed` for `dates.filed`).
 */
export const DecidedCase = AssessInput.extend({
  caseNumber: z.string().min(1).describe("The case number (案号)"),
  partyName: z.string().min(1).optional().describe("当事人名称, for the half-year report; not used in the assessment"),
  dates: AssessInput.shape.dates.extend({ decision: IsoDate.optional() }),
  decided: Decided,
}).describe("A decided case to review (案卷评查)");
export type DecidedCaseT = z.input<typeof DecidedCase>;
export type DecidedCaseParsed = z.output<typeof DecidedCase>;
