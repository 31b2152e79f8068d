import { z } from "zod";
import { Condition } from "./condition.js";
import { DecimalString, FactName, Id, IsoDate, MoneyString, NonEmpty, SemVer } from "./primitives.js";
import { CircumstanceEffectSchema, FACT_TYPES, MeasureTypeSchema, PenaltyTypeSchema } from "./vocabulary.js";

/**
 * The rule-pack format: one discretion standard (行政处罚裁量基准) version.
 * This file is the single definition; TypeScript types are inferred from it and the JSON Schema
 * in rules/schema/ is generated from it.
 */

/** A citation of one article (or paragraph, or item) with its verbatim text. */
export const LegalRef = z
  .strictObject({
    law: NonEmpty.describe("Short title of the law or regulation as in its file name, e.g. \"电力法\", \"行政处罚法\""),
    lawVersion: IsoDate.optional().describe("Date of the text quoted (the file's date), e.g. \"2018-12-29\""),
    article: z.number().int().positive().describe("条"),
    paragraph: z.number().int().positive().optional().describe("款"),
    item: z.number().int().positive().optional().describe("项"),
    text: NonEmpty.describe("Verbatim text of the article (or of the paragraph / item), character for character"),
  })
  .describe("Citation of a provision with its verbatim text");
export type LegalRefT = z.infer<typeof LegalRef>;

const Basis = NonEmpty.describe("Legal basis in words, e.g. \"行政处罚法第三十二条第（一）项\"");

const RangeFine = z
  .strictObject({
    kind: z.literal("range"),
    min: MoneyString.describe("以上 (inclusive). \"0\" where the article says only \"X以下\""),
    max: MoneyString.describe("以下 (inclusive)"),
    minInclusive: z.boolean().optional().describe("以上 = true (default); 超过 = false. A zero minimum is always exclusive: a fine of 0 is no fine"),
    maxInclusive: z.boolean().optional().describe("以下 = true (default); 不满 = false"),
  })
  .describe("A fine between two amounts, e.g. 处10万元以上50万元以下的罚款");

const MultipleFine = z
  .strictObject({
    kind: z.literal("multiple"),
    base: FactName.describe("The money fact the multiple applies to, e.g. \"unpaidFee\" (应交电费)"),
    minMultiple: DecimalString.describe("\"0\" where the article says only \"N倍以下\""),
    maxMultiple: DecimalString,
    minInclusive: z.boolean().optional().describe("以上 = true (default); 超过 = false. A zero minimum is always exclusive: a fine of 0 is no fine"),
    maxInclusive: z.boolean().optional().describe("以下 = true (default); 不满 = false"),
  })
  .describe("A fine as a multiple of a declared money fact, e.g. 应交电费五倍以下");

const SimpleFine = z.discriminatedUnion("kind", [RangeFine, MultipleFine]);

const AlternativesFine = z
  .strictObject({
    kind: z.literal("alternatives"),
    options: z
      .array(z.strictObject({ when: Condition, fine: SimpleFine, title: NonEmpty.optional() }))
      .min(2),
  })
  .describe("Fines chosen by a condition on the facts, e.g. 违法所得五万元以上的…；没有违法所得或者不足五万元的…");

export const StatutoryFine = z.discriminatedUnion("kind", [RangeFine, MultipleFine, AlternativesFine]);
export type StatutoryFineT = z.infer<typeof StatutoryFine>;
export type SimpleFineT = z.infer<typeof SimpleFine>;

export const StatutoryPenalty = z
  .strictObject({
    type: PenaltyTypeSchema,
    mode: z
      .enum(["mandatory", "optional", "conditional"])
      .describe("处/并处 = mandatory; 可以(并)处 = optional; 逾期不改正/拒不改正/情节严重的 = conditional"),
    when: z.array(Id).min(1).optional().describe("conditional: any of these circumstance ids makes the penalty available"),
    then: z.enum(["mandatory", "optional"]).optional().describe("conditional: what it is once the condition is met"),
    note: NonEmpty.optional().describe("What exactly, e.g. 没收国家明令淘汰的电力设备"),
  })
  .describe("One penalty type the article allows");
export type StatutoryPenaltyT = z.infer<typeof StatutoryPenalty>;

const PlacementBasis = Basis.optional().describe("The published rule the placement follows");

/** How a recommended fine is placed in a tier's band (the ways published tables use). */
export const Placement = z
  .discriminatedUnion("method", [
    z.strictObject({
      method: z.literal("midpoint-split"),
      midpointRule: z
        .boolean()
        .default(false)
        .describe("true: no tier's band may straddle the middle of the statutory range (从轻 below it, 从重 not below it)"),
      basis: PlacementBasis,
    }).describe("No circumstance = middle of the band; 从轻 below it, 从重 above it, weighed by their numbers"),
    z.strictObject({
      method: z.literal("percent"),
      lighter: DecimalString.describe("从轻: the lowest part of the band, as a fraction, e.g. \"0.3\""),
      heavier: DecimalString.describe("从重: the highest part of the band, as a fraction, e.g. \"0.3\""),
      basis: PlacementBasis,
    }).describe("从轻 in the lowest part of the band, 从重 in the highest, 一般 in between (e.g. lower 30% / middle / upper 30%)"),
    z.strictObject({
      method: z.literal("base-step"),
      base: MoneyString.optional().describe("The amount with no circumstance (default: the middle of the band), e.g. 「处11万元罚款」"),
      step: MoneyString.describe("Less per mitigating, more per aggravating circumstance, e.g. 「每具有一项从轻情节减少3万元」"),
      basis: PlacementBasis,
    }).describe("A base amount plus or minus a fixed step per circumstance, kept inside the band"),
    z.strictObject({
      method: z.literal("fixed"),
      amount: MoneyString.describe("The amount the table states, e.g. 「处5000元罚款」"),
      basis: PlacementBasis,
    }).describe("One amount, whatever the circumstances (kept inside the band)"),
    z.strictObject({ method: z.literal("band-only"), basis: PlacementBasis }).describe("The table states no placement: the band is the recommendation, with no point"),
  ])
  .describe("How the recommended fine is placed in the band");
export type PlacementT = z.infer<typeof Placement>;

export const FineBand = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("amount"), min: MoneyString, max: MoneyString }),
    z.strictObject({ kind: z.literal("multiple"), min: DecimalString, max: DecimalString }),
    z.strictObject({
      kind: z.literal("fraction"),
      min: DecimalString,
      max: DecimalString,
    }),
  ])
  .describe("The tier's fine band: amounts; multiples of the statutory base; or fractions (0..1) of the statutory range");
export type FineBandT = z.infer<typeof FineBand>;

export const FactDecl = z
  .strictObject({
    name: FactName,
    type: z.enum(FACT_TYPES),
    title: NonEmpty.describe("Chinese label for forms, e.g. 应交电费"),
    titleEn: NonEmpty.optional(),
    unit: NonEmpty.optional().describe("e.g. 元, 次, 人"),
    values: z
      .array(z.strictObject({ value: NonEmpty, title: NonEmpty }))
      .min(1)
      .optional()
      .describe("enum only: allowed values"),
    required: z.boolean(),
    requiredWhen: Condition.optional().describe("必填条件：仅当其他事实满足此条件时必填（如仅新建建筑项目须填建筑面积），此时 required 须为 false / Required only when this condition on other (always required) facts holds; `required` must then be false"),
    description: NonEmpty.optional(),
  })
  .describe("A fact the offense needs from the case");
export type FactDeclT = z.infer<typeof FactDecl>;

export const CircumstanceDecl = z
  .strictObject({
    id: Id,
    title: NonEmpty,
    titleEn: NonEmpty.optional(),
    effect: CircumstanceEffectSchema,
    mandatory: z.boolean().describe("应当 = true; 可以 = false"),
    basis: Basis,
    harm: z
      .boolean()
      .optional()
      .describe("true where the circumstance means the act had harmful consequences (art. 36: 5-year period)"),
    description: NonEmpty.optional(),
  })
  .describe("A circumstance (情节)");
export type CircumstanceDeclT = z.infer<typeof CircumstanceDecl>;

export const Tier = z
  .strictObject({
    id: Id,
    title: NonEmpty.describe("e.g. 轻微 / 一般 / 较重 / 严重"),
    description: NonEmpty.describe("违法行为表现形式: the conditions in words, as published"),
    when: Condition.optional().describe("Conditions on the facts; absent = always (only for an offense with one tier)"),
    penalties: z.array(PenaltyTypeSchema).describe("Optional penalty types this tier applies (mandatory ones always apply)"),
    fine: FineBand.optional(),
    proposal: z.boolean().optional().describe("true where the band is the pack's own proposal, to be adopted by the bureau"),
    placement: Placement.optional().describe("This tier's own placement, where the table states one (overrides the ruleset's)"),
  })
  .describe("A tier (裁量阶次)");
export type TierT = z.infer<typeof Tier>;

export const NoPenaltyEntry = z
  .strictObject({
    id: Id,
    title: NonEmpty,
    effect: z.enum(["exempt", "may-exempt"]),
    requires: z.array(Id).default([]).describe("Circumstances that must all be found"),
    when: Condition.optional().describe("Conditions on the facts"),
    basis: Basis,
  })
  .describe("An entry of the no-penalty list (轻微违法免罚清单)");
export type NoPenaltyEntryT = z.infer<typeof NoPenaltyEntry>;

export const Measure = z.strictObject({
  type: MeasureTypeSchema,
  title: NonEmpty.optional().describe("Wording of the article when it differs from the type's title"),
  when: z.array(Id).min(1).optional().describe("Only when any of these circumstances is found"),
  mandatory: z.boolean().default(true).describe("false where the article says 可以 (e.g. 可以中止供电)"),
});
export type MeasureT = z.infer<typeof Measure>;

// ---- Issue 9 constructs: shared tier boundaries and declared gaps (own block for easy merges) ----

/**
 * 以上、以下包括本数 (民法典第一千二百五十九条): tables write 「1万元以下」/「1万元以上」 for adjacent tiers,
 * so both include 1万. The standard says which of the two takes the boundary value: the lower
 * (lighter, listed first) or the upper (heavier, listed later) tier.
 */
export const BoundaryTier = z
  .enum(["lower", "upper"])
  .describe("分界值归属：相邻阶次都写“以上/以下”（均包括本数）时，分界值归较轻的阶次（lower，列在前）或较重的阶次（upper，列在后） / Which of two adjacent tiers that both include a boundary value takes it: the lower (lighter, listed first) or the upper (heavier, listed later)");
export type BoundaryTierT = z.infer<typeof BoundaryTier>;

/** A region the table leaves uncovered on purpose: to a separate list, or to individual decision. */
export const DeclaredGap = z
  .strictObject({
    id: Id,
    title: NonEmpty.describe("例如：适用免罚清单 / 个案裁量"),
    when: Condition.describe("该情形的条件（可读取事实和情节） / The region, as a condition on facts and circumstances"),
    reason: NonEmpty.describe("为何本表不设阶次：结果中原样给出 / Why the table sets no tier here: given in the result"),
    reasonEn: NonEmpty.optional(),
    basis: Basis.optional(),
  })
  .describe("声明的未覆盖情形：落在此处的案件结果为 individual-decision，并说明理由 / A declared uncovered region: a case there gets the outcome individual-decision with the reason");
export type DeclaredGapT = z.infer<typeof DeclaredGap>;

// ---- end of issue 9 block ----

export const Offense = z
  .strictObject({
    $schema: z.string().optional(),
    id: Id,
    replaces: Id.optional().describe("The id this row had in the earlier version, where it was renamed or renumbered: the two are compared under art. 37"),
    title: NonEmpty.describe("违法行为"),
    category: NonEmpty.describe("e.g. 电力, 民用爆炸物品, 节能"),
    authority: NonEmpty.describe("The authority the penalty article names, e.g. 电力管理部门"),
    legalBasis: z.strictObject({
      violated: z.array(LegalRef).min(1).describe("违法依据: the duty article(s)"),
      penalty: z.array(LegalRef).min(1).describe("处罚依据: the penalty article"),
    }),
    measures: z.array(Measure).default([]),
    statutory: z.strictObject({
      penalties: z.array(StatutoryPenalty),
      fine: StatutoryFine.nullable().describe("null where the article authorizes no fine"),
    }),
    limitation: z
      .strictObject({
        years: z.number().int().positive().default(2).describe("art. 36: two years, or another period where a law says so (set basis)"),
        touchesSafety: z
          .boolean()
          .describe("art. 36: whether the act touches citizens' life, health or financial safety (涉及公民生命健康安全、金融安全); with harm, the period is five years"),
        safetyBasis: Basis.optional().describe("Why the act touches that safety: the statute's words (required when touchesSafety is true)"),
        harmWhen: Condition.optional().describe("Conditions on the offense's facts that show harmful consequences (e.g. casualties > 0), besides circumstances marked harm"),
        basis: Basis.optional().describe("The law that sets another period, where years is not 2"),
      })
      .default({ years: 2, touchesSafety: false }),
    noFaultExempts: z
      .boolean()
      .default(true)
      .describe("art. 33 ¶2 applies unless the offense's law says otherwise"),
    illegalGainsFact: FactName.optional().describe("The money fact holding 违法所得 (art. 28 ¶2: confiscated whenever positive)"),
    illegalPropertyFact: FactName.optional().describe("The money fact holding the value of the illegal property confiscated (art. 63 (二): a large value means a hearing); declare it optional"),
    facts: z.array(FactDecl).default([]),
    circumstances: z.array(CircumstanceDecl).default([]),
    tiers: z.array(Tier).min(1),
    noPenaltyList: z.array(NoPenaltyEntry).default([]),
    boundary: BoundaryTier.optional().describe("本行的分界值归属，覆盖 settings.boundary / Overrides settings.boundary for this offense"),
    gaps: z.array(DeclaredGap).default([]).describe("声明的未覆盖情形 / Declared uncovered regions"),
    filingThreshold: Condition.optional().describe("立案标准: the act must be filed when this holds (absent = always)"),
    concurrent: z
      .array(Id)
      .default([])
      .describe("Offenses that describe the same act (art. 29: one fine, under the provision with the higher fine)"),
    notes: z.array(NonEmpty).default([]),
  })
  .describe("One offense (违法行为): a row of the standard");
export type OffenseT = z.infer<typeof Offense>;
export type OffenseInputT = z.input<typeof Offense>;

const PerParty = z.strictObject({ individual: MoneyString, organization: MoneyString });

export const Settings = z
  .strictObject({
    hearing: z
      .strictObject({
        fineAtLeast: PerParty.describe("较大数额罚款 (art. 63): 以上, inclusive"),
        confiscationAtLeast: PerParty.optional().describe("较大数额 confiscation (art. 63 (二)): illegal gains or the value of illegal property"),
        nonBusiness: z
          .strictObject({
            fineAtLeast: PerParty.describe("较大数额罚款 outside business activity (从事非经营活动)"),
            confiscationAtLeast: PerParty.optional(),
          })
          .optional()
          .describe("Thresholds for acts outside business activity (party.business = false), where the local rule distinguishes; absent = the same thresholds"),
        penaltyTypes: z
          .array(PenaltyTypeSchema)
          .default(["downgrade-qualification", "revoke-license", "suspend-production", "close-down", "restrict-employment"]),
        basis: Basis,
        confirmed: z.boolean().describe("false until the bureau's legal staff confirm the thresholds"),
      })
      .describe("When the party must be told of the right to a hearing (art. 63)"),
    summaryProcedure: z
      .strictObject({
        fineAtMost: PerParty,
        excludedWhen: z.array(Id).default([]).describe("Circumstances under which the summary procedure cannot be used (e.g. a party that does not cooperate)"),
        basis: Basis,
      })
      .default({ fineAtMost: { individual: "200", organization: "3000" }, excludedWhen: [], basis: "行政处罚法第五十一条" })
      .describe("art. 51: warning, or fine at most 200 / 3000 yuan"),
    majorCase: z
      .strictObject({
        fineAtLeast: PerParty,
        penaltyTypes: z.array(PenaltyTypeSchema),
        circumstances: z.array(Id).default([]).describe("Any of these makes the case major"),
        basis: Basis,
      })
      .describe("重大案件: collective discussion (art. 57 ¶2), legal review (art. 58), half-yearly report"),
    filing: z
      .strictObject({
        periodDays: z.number().int().positive(),
        workingDays: z.boolean().describe("true: the period counts working days (调休 included); false: calendar days"),
        rollToWorkingDay: z
          .boolean()
          .default(false)
          .describe("Calendar days only: a last day that falls on a rest day moves to the next working day"),
        alwaysWhen: z
          .array(Id)
          .default([])
          .describe("Circumstances (general or an offense's own) that require filing even below the starting point"),
        basis: Basis,
      })
      .describe("立案: period from discovery"),
    legalReview: z
      .strictObject({
        everyOrdinaryCase: z.boolean().describe("true where the agency's own procedure puts 法制审核 in every case under the ordinary procedure, not only major ones"),
        basis: Basis,
      })
      .default({ everyOrdinaryCase: false, basis: "行政处罚法第五十八条" })
      .describe("法制审核: major cases by law (art. 58); every ordinary-procedure case where the agency's rule says so"),
    boundary: BoundaryTier.optional().describe("相邻阶次共用分界值时归哪一阶次；不写则不允许任何重叠 / Which tier takes a value shared by two adjacent tiers; absent = no overlap allowed"),
    decisionPeriodDays: z.number().int().positive().default(90).describe("art. 60: 90 days from filing"),
    reportMonths: z
      .array(z.number().int().min(1).max(12))
      .min(1)
      .describe("Months by whose end major decisions are reported, e.g. [1, 7]"),
    rounding: z
      .strictObject({
        scale: z.number().int().min(0).max(2).describe("0 = to the yuan, 2 = to the fen"),
        mode: z.enum(["down", "up", "half-up", "half-even"]),
      })
      .default({ scale: 0, mode: "down" }),
    placement: Placement.default({ method: "midpoint-split", midpointRule: false }).describe("How the recommended fine is placed in a tier's band; a tier may override it"),
    reduction: z
      .strictObject({
        floorFractionOfMinimum: DecimalString.describe("减轻: lowest fine as a fraction of the statutory minimum"),
        recommend: z
          .strictObject({
            minGrounds: z.number().int().positive().describe("At least this many 减轻 grounds (arts. 30, 31, 32, or the standard's own) must be found"),
            withoutAggravation: z.boolean().default(true).describe("true: not when an aggravating circumstance is found (mitigation and aggravation are weighed together)"),
            tiers: z
              .union([z.literal("lowest"), z.array(Id).min(1)])
              .describe("\"lowest\": only in a tier whose band starts at the statutory minimum; or the ids of the tiers where it applies"),
          })
          .nullable()
          .describe("When the recommendation itself goes below the statutory minimum; null = never: the 减轻 range is only offered beside the 从轻 one"),
        basis: Basis,
      })
      .describe("减轻处罚: the range below the statutory minimum offered whenever a legal ground is found, and when the recommendation goes there"),
  })
  .describe("Procedure and computation settings of the standard");
export type SettingsT = z.infer<typeof Settings>;

export const Exemption = z
  .strictObject({
    id: Id,
    title: NonEmpty,
    effect: z.enum(["exempt", "may-exempt"]),
    allOf: z.array(Id).min(1),
    basis: Basis,
  })
  .describe("A combination of circumstances that exempts (e.g. art. 33 ¶1)");
export type ExemptionT = z.infer<typeof Exemption>;

/**
 * 行政处罚法第三十七条: only a change of the statute stops treating an act as an offense; a standard
 * that leaves a row out does not. The later version records the change, with its article and date.
 */
export const StatuteChange = z
  .strictObject({
    offense: Id.describe("The earlier version's row whose act the changed statute no longer treats as an offense"),
    law: NonEmpty.describe("The law or regulation changed, e.g. \"电力法\""),
    article: z.number().int().positive(),
    paragraph: z.number().int().positive().optional(),
    item: z.number().int().positive().optional(),
    change: z.enum(["repealed", "amended"]).describe("repealed: the article is gone; amended: its new text no longer covers the act"),
    date: IsoDate.describe("The day the change took effect"),
    note: NonEmpty.optional().describe("What changed, e.g. the amending decision's title"),
  })
  .describe("A statute change that no longer treats an act as an offense (不再认为是违法)");
export type StatuteChangeT = z.infer<typeof StatuteChange>;

export const RulesetHeader = z.strictObject({
  $schema: z.string().optional(),
  id: Id,
  title: NonEmpty,
  authority: NonEmpty.describe("Issuing authority"),
  documentNumber: NonEmpty.nullable().describe("文号, null until issued"),
  version: SemVer,
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullable(),
  status: z.enum(["draft", "issued"]).default("draft"),
  issuedHash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/, { message: "须为 sha256:<64 位十六进制>，由 cailiang issue 写入 / must be sha256:<64 hex digits>, written by cailiang issue" })
    .optional()
    .describe("Issued versions only: the content hash recorded when it was issued (cailiang issue); validation refuses any later edit"),
  notes: z.array(NonEmpty).default([]),
  settings: Settings,
  circumstances: z.array(CircumstanceDecl).min(1).describe("General circumstances, shared by all offenses"),
  exclusiveGroups: z
    .array(z.strictObject({ title: NonEmpty, ids: z.array(Id).min(2) }))
    .default([])
    .describe("Circumstances that cannot be found together"),
  exemptions: z.array(Exemption).default([]),
  statuteChanges: z.array(StatuteChange).default([]).describe("Statute changes since earlier versions that no longer treat an act as an offense (art. 37)"),
});

export const Ruleset = RulesetHeader.extend({
  offenses: z.array(Offense).default([]).describe("Offenses; in a version folder they may also live in offenses/*.json"),
}).describe("A discretion standard (行政处罚裁量基准), one version");
export type RulesetT = z.infer<typeof Ruleset>;
export type RulesetInputT = z.input<typeof Ruleset>;
