import { z } from "zod";
import { Condition } from "./condition.js";
import { DecimalString, FactName, Id, IsoDate, MoneyString, NonEmpty, SemVer } from "./primitives.js";
import { CircumstanceEffectSchema, FACT_TYPES, MeasureTypeSchema, PenaltyTypeSchema } from "./vocabulary.js";
import { withoutCycleSupport } from "./acyclic.js";

// Rule files are JSON text: no reference cycles (acyclic.ts).
const restoreCycleSupport = withoutCycleSupport();

/**
 * The rule-pack format: one discretion standard (行政处罚裁量基准) version.
 * This file is the single definition; TypeScript types are inferred from it and the JSON Schema
 * in rules/schema/ is generated from it.
 */

/** A citation of one article (or paragraph, or item) with its verbatim text. */
export const LegalRef = z
  .strictObject({
    law: NonEmpty.describe("法律、法规的简称，与其文本文件名一致，如“电力法”“行政处罚法” / Short title of the law or regulation as in its file name, e.g. \"电力法\", \"行政处罚法\""),
    lawVersion: IsoDate.optional().describe("所引文本的日期（即文本文件的日期），如 \"2018-12-29\" / Date of the text quoted (the file's date), e.g. \"2018-12-29\""),
    article: z.number().int().positive().describe("条"),
    paragraph: z.number().int().positive().optional().describe("款"),
    item: z.number().int().positive().optional().describe("项"),
    text: NonEmpty.describe("条（或者款、项）的原文，逐字照录 / Verbatim text of the article (or of the paragraph / item), character for character"),
  })
  .describe("引用的条文及其原文 / Citation of a provision with its verbatim text");
export type LegalRefT = z.infer<typeof LegalRef>;

const Basis = NonEmpty.describe("文字写明的依据，如“行政处罚法第三十二条第（一）项” / Legal basis in words, e.g. \"行政处罚法第三十二条第（一）项\"");

/** 以上/以下 include the number, 超过/不满 do not: how a statutory range or multiple reads its bounds. */
const BOUNDS_INCLUDED = {
  minInclusive: z.boolean().optional().describe("下限是否含本数：以上为 true（默认），超过为 false；下限为 0 时总不含本数（罚款 0 元即不罚款） / 以上 = true (default); 超过 = false. A zero minimum is always exclusive: a fine of 0 is no fine"),
  maxInclusive: z.boolean().optional().describe("上限是否含本数：以下为 true（默认），不满为 false / 以下 = true (default); 不满 = false"),
};

const RangeFine = z
  .strictObject({
    kind: z.literal("range"),
    min: MoneyString.describe("法定罚款下限（以上，含本数）；条文只写“X以下”时为 \"0\" / minimum (以上, inclusive); \"0\" where the article says only \"X以下\""),
    max: MoneyString.describe("法定罚款上限（以下，含本数） / maximum (以下, inclusive)"),
    ...BOUNDS_INCLUDED,
  })
  .describe("两个数额之间的罚款，如“处10万元以上50万元以下的罚款” / A fine between two amounts, e.g. 处10万元以上50万元以下的罚款");

const MultipleFine = z
  .strictObject({
    kind: z.literal("multiple"),
    base: FactName.describe("倍数所乘的金额事实，如 \"unpaidFee\"（应交电费） / The money fact the multiple applies to, e.g. \"unpaidFee\" (应交电费)"),
    minMultiple: DecimalString.describe("条文只写“N倍以下”时为 \"0\" / \"0\" where the article says only \"N倍以下\""),
    maxMultiple: DecimalString.describe("法定倍数上限（以下，含本数） / maximum multiple (以下, inclusive)"),
    ...BOUNDS_INCLUDED,
  })
  .describe("按所声明金额事实的倍数计算的罚款，如“应交电费五倍以下” / A fine as a multiple of a declared money fact, e.g. 应交电费五倍以下");

const SimpleFine = z.discriminatedUnion("kind", [RangeFine, MultipleFine]);

const AlternativesFine = z
  .strictObject({
    kind: z.literal("alternatives"),
    options: z
      .array(z.strictObject({ when: Condition, fine: SimpleFine, title: NonEmpty.optional() }))
      .min(2),
  })
  .describe("按事实条件选择的罚款，如“违法所得五万元以上的…；没有违法所得或者不足五万元的…” / Fines chosen by a condition on the facts, e.g. 违法所得五万元以上的…；没有违法所得或者不足五万元的…");

export const StatutoryFine = z.discriminatedUnion("kind", [RangeFine, MultipleFine, AlternativesFine]);
export type StatutoryFineT = z.infer<typeof StatutoryFine>;
export type SimpleFineT = z.infer<typeof SimpleFine>;

export const StatutoryPenalty = z
  .strictObject({
    type: PenaltyTypeSchema,
    mode: z
      .enum(["mandatory", "optional", "conditional"])
      .describe("处、并处为 mandatory；可以（并）处为 optional；逾期不改正、拒不改正、情节严重的为 conditional / 处/并处 = mandatory; 可以(并)处 = optional; 逾期不改正/拒不改正/情节严重的 = conditional"),
    when: z.array(Id).min(1).optional().describe("附条件（conditional）：具有其中任一情节时可以给予该处罚 / conditional: any of these circumstance ids makes the penalty available"),
    then: z.enum(["mandatory", "optional"]).optional().describe("附条件（conditional）：条件满足后该处罚为应当还是可以 / conditional: what it is once the condition is met"),
    note: NonEmpty.optional().describe("具体内容，如“没收国家明令淘汰的电力设备” / What exactly, e.g. 没收国家明令淘汰的电力设备"),
    choice: Id.optional().describe("择一处罚：choice 标识相同的处罚是条文的同一项处罚，择一给予：「降低资质等级或者吊销资质证书」 / Penalties with the same choice id are one penalty of the article, imposed as one of them: 「降低资质等级或者吊销资质证书」"),
    imposedBy: NonEmpty.optional().describe("由其他机关给予（「由发证机关吊销」「报请本级人民政府…关闭」）：显示为移送，不作为本机关的处罚 / Another authority imposes it (「由发证机关吊销」, 「报请本级人民政府…关闭」): shown as a referral, never as this agency's penalty"),
  })
  .describe("条文规定的一种处罚 / One penalty type the article allows");
export type StatutoryPenaltyT = z.infer<typeof StatutoryPenalty>;

const PlacementBasis = Basis.optional().describe("罚款定位所依据的已公布规定 / The published rule the placement follows");

/** How a recommended fine is placed in a tier's band (the ways published tables use). */
export const Placement = z
  .discriminatedUnion("method", [
    z.strictObject({
      method: z.literal("midpoint-split"),
      midpointRule: z
        .boolean()
        .default(false)
        .describe("为 true 时，任何阶次的幅度不得跨越法定幅度的中间值（从轻低于中间值，从重不低于中间值） / true: no tier's band may straddle the middle of the statutory range (从轻 below it, 从重 not below it)"),
      basis: PlacementBasis,
    }).describe("无情节时取幅度中间值；从轻在其下、从重在其上，按情节项数权衡 / No circumstance = middle of the band; 从轻 below it, 从重 above it, weighed by their numbers"),
    z.strictObject({
      method: z.literal("percent"),
      lighter: DecimalString.describe("从轻：幅度的最低部分，以比例表示，如 \"0.3\" / 从轻: the lowest part of the band, as a fraction, e.g. \"0.3\""),
      heavier: DecimalString.describe("从重：幅度的最高部分，以比例表示，如 \"0.3\" / 从重: the highest part of the band, as a fraction, e.g. \"0.3\""),
      basis: PlacementBasis,
    }).describe("从轻 in the lowest part of the band, 从重 in the highest, 一般 in between (e.g. lower 30% / middle / upper 30%)"),
    z.strictObject({
      method: z.literal("base-step"),
      base: MoneyString.optional().describe("无情节时的数额（默认为幅度中间值），如「处11万元罚款」 / The amount with no circumstance (default: the middle of the band), e.g. 「处11万元罚款」"),
      step: MoneyString.describe("每项从轻情节减少、每项从重情节增加的数额，如「每具有一项从轻情节减少3万元」 / Less per mitigating, more per aggravating circumstance, e.g. 「每具有一项从轻情节减少3万元」"),
      basis: PlacementBasis,
    }).describe("基准数额，每项情节加减固定数额，不超出幅度 / A base amount plus or minus a fixed step per circumstance, kept inside the band"),
    z.strictObject({
      method: z.literal("fixed"),
      amount: MoneyString.describe("裁量基准表写明的数额，如「处5000元罚款」 / The amount the table states, e.g. 「处5000元罚款」"),
      basis: PlacementBasis,
    }).describe("不论情节均为同一数额（不超出幅度） / One amount, whatever the circumstances (kept inside the band)"),
    z.strictObject({ method: z.literal("band-only"), basis: PlacementBasis }).describe("裁量基准表未规定定位方法：以幅度为建议，不给建议数额 / The table states no placement: the band is the recommendation, with no point"),
  ])
  .describe("在幅度内确定建议罚款数额的方法 / How the recommended fine is placed in the band");
export type PlacementT = z.infer<typeof Placement>;

export const FineBand = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("amount"), min: MoneyString.describe("罚款幅度下限（以上，含本数），元 / minimum in yuan, inclusive"), max: MoneyString.describe("罚款幅度上限（以下，含本数），元 / maximum in yuan, inclusive") }),
    z.strictObject({ kind: z.literal("multiple"), min: DecimalString.describe("罚款幅度下限，法定基数的倍数（含本数） / minimum, a multiple of the statutory base, inclusive"), max: DecimalString.describe("罚款幅度上限，法定基数的倍数（含本数） / maximum, a multiple of the statutory base, inclusive") }),
    z.strictObject({
      kind: z.literal("fraction"),
      min: DecimalString.describe("罚款幅度下限，法定幅度的比例 0 至 1（含本数） / minimum, a fraction 0..1 of the statutory range, inclusive"),
      max: DecimalString.describe("罚款幅度上限，法定幅度的比例 0 至 1（含本数） / maximum, a fraction 0..1 of the statutory range, inclusive"),
    }),
  ])
  .describe("阶次的罚款幅度：数额；法定基数的倍数；或者法定幅度的比例（0 至 1） / The tier's fine band: amounts; multiples of the statutory base; or fractions (0..1) of the statutory range");
export type FineBandT = z.infer<typeof FineBand>;

export const FactDecl = z
  .strictObject({
    name: FactName,
    type: z.enum(FACT_TYPES),
    title: NonEmpty.describe("表单上显示的中文名称，如“应交电费” / Chinese label for forms, e.g. 应交电费"),
    titleEn: NonEmpty.optional(),
    unit: NonEmpty.optional().describe("单位，如 元、次、人 / e.g. 元, 次, 人"),
    values: z
      .array(z.strictObject({ value: NonEmpty, title: NonEmpty }))
      .min(1)
      .optional()
      .describe("仅 enum 类型：可选值 / enum only: allowed values"),
    required: z.boolean(),
    requiredWhen: Condition.optional().describe("必填条件：仅当其他事实满足此条件时必填（如仅新建建筑项目须填建筑面积），此时 required 须为 false / Required only when this condition on other (always required) facts holds; `required` must then be false"),
    description: NonEmpty.optional(),
  })
  .describe("违法行为需要案件提供的事实 / A fact the offense needs from the case");
export type FactDeclT = z.infer<typeof FactDecl>;

export const CircumstanceDecl = z
  .strictObject({
    id: Id,
    title: NonEmpty,
    titleEn: NonEmpty.optional(),
    effect: CircumstanceEffectSchema,
    mandatory: z.boolean().describe("应当为 true，可以为 false / 应当 = true; 可以 = false"),
    basis: Basis,
    harm: z
      .boolean()
      .optional()
      .describe("该情节表示违法行为有危害后果时为 true（行政处罚法第三十六条：五年期限） / true where the circumstance means the act had harmful consequences (art. 36: 5-year period)"),
    description: NonEmpty.optional(),
  })
  .describe("情节 / A circumstance (情节)");
export type CircumstanceDeclT = z.infer<typeof CircumstanceDecl>;

export const Tier = z
  .strictObject({
    id: Id,
    title: NonEmpty.describe("阶次名称，如 轻微、一般、较重、严重 / e.g. 轻微 / 一般 / 较重 / 严重"),
    description: NonEmpty.describe("违法行为表现形式：按公布的文字写明适用条件 / 违法行为表现形式: the conditions in words, as published"),
    when: Condition.optional().describe("适用条件（对事实的条件）；不写表示总是适用（仅限只有一个阶次的违法行为） / Conditions on the facts; absent = always (only for an offense with one tier)"),
    penalties: z.array(PenaltyTypeSchema).describe("本阶次给予的可选处罚种类（应当给予的处罚总是适用） / Optional penalty types this tier applies (mandatory ones always apply)"),
    fine: FineBand.optional(),
    proposal: z.boolean().optional().describe("幅度为本规则包的建议、尚待本局采纳时为 true / true where the band is the pack's own proposal, to be adopted by the bureau"),
    placement: Placement.optional().describe("本阶次自己的定位方法（裁量基准表写明时；优先于规则集的设置） / This tier's own placement, where the table states one (overrides the ruleset's)"),
  })
  .describe("裁量阶次 / A tier (裁量阶次)");
export type TierT = z.infer<typeof Tier>;

export const NoPenaltyEntry = z
  .strictObject({
    id: Id,
    title: NonEmpty,
    effect: z.enum(["exempt", "may-exempt"]),
    requires: z.array(Id).default([]).describe("须全部具备的情节 / Circumstances that must all be found"),
    when: Condition.optional().describe("对事实的条件 / Conditions on the facts"),
    basis: Basis,
  })
  .describe("轻微违法免罚清单中的一项 / An entry of the no-penalty list (轻微违法免罚清单)");
export type NoPenaltyEntryT = z.infer<typeof NoPenaltyEntry>;

export const Measure = z.strictObject({
  type: MeasureTypeSchema,
  title: NonEmpty.optional().describe("条文的措辞与该种类名称不同时写明 / Wording of the article when it differs from the type's title"),
  when: z.array(Id).min(1).optional().describe("仅在具有其中任一情节时 / Only when any of these circumstances is found"),
  mandatory: z.boolean().default(true).describe("条文写“可以”时为 false（如“可以中止供电”） / false where the article says 可以 (e.g. 可以中止供电)"),
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

/** What an article authorizes: its penalty types and its fine. */
const Statutory = z
  .strictObject({
    penalties: z.array(StatutoryPenalty),
    fine: StatutoryFine.nullable().describe("条文未规定罚款时为 null / null where the article authorizes no fine"),
  })
  .describe("法定处罚：条文规定的处罚种类和罚款幅度 / The penalty types and the fine the article authorizes");

/**
 * 两罚 (双罚): the row as it applies to the unit's directly responsible persons, e.g. 招标投标法第五十三条
 * 「对单位直接负责的主管人员和其他直接责任人员处单位罚款数额百分之五以上百分之十以下的罚款」. The facts,
 * circumstances, limitation and filing threshold are the row's; the statute, tiers and result are
 * the persons' own. Selected by `party.role: "responsible-person"`.
 */
export const ResponsiblePersons = z
  .strictObject({
    title: NonEmpty.default("单位直接负责的主管人员和其他直接责任人员").describe("条文对被处罚人员的称谓，结果和说明中原样使用 / The statute's words for the persons, used in the result"),
    legalBasis: z
      .strictObject({ penalty: z.array(LegalRef).min(1).describe("处罚依据：对人员处罚的条文 / The article that penalizes the persons") })
      .optional()
      .describe("对人员处罚的条文另有一条时填写（如建设工程质量管理条例第七十三条）；不填则为本行的处罚依据 / Where another article penalizes the persons; absent = the row's penalty article"),
    facts: z.array(FactDecl).default([]).describe("只有对人员处罚才需要的事实，如单位罚款数额 unitFine / Facts only the persons' penalty needs, e.g. the unit's fine"),
    measures: z.array(Measure).default([]).describe("对人员采取的措施；责令改正等针对单位的措施写在本行 / Measures ordered to the persons; those ordered to the unit stay in the row"),
    statutory: Statutory,
    tiers: z.array(Tier).min(1).describe("对人员的裁量阶次 / The persons' tiers"),
    noPenaltyList: z.array(NoPenaltyEntry).default([]),
  })
  .describe("两罚：对单位直接负责的主管人员和其他直接责任人员的法定处罚、阶次（party.role 为 responsible-person 时适用） / 双罚: the row as it applies to the unit's directly responsible persons (party.role responsible-person)");
export type ResponsiblePersonsT = z.infer<typeof ResponsiblePersons>;

// ---- end of issue 9 block ----

export const Offense = z
  .strictObject({
    $schema: z.string().optional(),
    id: Id,
    replaces: Id.optional().describe("本行在较早版本中的标识（改名或者改编号时）；据此按行政处罚法第三十七条比较新旧两版 / The id this row had in the earlier version, where it was renamed or renumbered: the two are compared under art. 37"),
    title: NonEmpty.describe("违法行为名称 / offense title"),
    category: NonEmpty.describe("类别，如 电力、民用爆炸物品、节能 / e.g. 电力, 民用爆炸物品, 节能"),
    authority: NonEmpty.describe("处罚条文规定的执法机关，如“电力管理部门” / The authority the penalty article names, e.g. 电力管理部门"),
    legalBasis: z.strictObject({
      violated: z.array(LegalRef).min(1).describe("违法依据：规定义务的条文 / 违法依据: the duty article(s)"),
      penalty: z.array(LegalRef).min(1).describe("处罚依据：规定处罚的条文 / 处罚依据: the penalty article"),
    }),
    measures: z.array(Measure).default([]),
    statutory: Statutory,
    limitation: z
      .strictObject({
        years: z.number().int().positive().default(2).describe("行政处罚法第三十六条：二年，法律另有规定的从其规定（写明依据） / art. 36: two years, or another period where a law says so (set basis)"),
        touchesSafety: z
          .boolean()
          .describe("行政处罚法第三十六条：是否涉及公民生命健康安全、金融安全；有危害后果的，期限为五年 / art. 36: whether the act touches citizens' life, health or financial safety (涉及公民生命健康安全、金融安全); with harm, the period is five years"),
        safetyBasis: Basis.optional().describe("涉及上述安全的理由，用法条原话（touchesSafety 为 true 时必填） / Why the act touches that safety: the statute's words (required when touchesSafety is true)"),
        harmWhen: Condition.optional().describe("表明有危害后果的事实条件（如伤亡人数大于 0），标注 harm 的情节之外 / Conditions on the offense's facts that show harmful consequences (e.g. casualties > 0), besides circumstances marked harm"),
        basis: Basis.optional().describe("规定其他期限的法律（years 不是 2 时） / The law that sets another period, where years is not 2"),
      })
      .default({ years: 2, touchesSafety: false }),
    noFaultExempts: z
      .boolean()
      .default(true)
      .describe("除本违法行为所依据的法律另有规定外，适用行政处罚法第三十三条第二款 / art. 33 ¶2 applies unless the offense's law says otherwise"),
    illegalGainsFact: FactName.optional().describe("记载违法所得的金额事实（行政处罚法第二十八条第二款：有违法所得的，予以没收） / The money fact holding 违法所得 (art. 28 ¶2: confiscated whenever positive)"),
    illegalPropertyFact: FactName.optional().describe("记载没收的非法财物价值的金额事实（行政处罚法第六十三条第（二）项：数额较大的应当告知听证）；声明为选填 / The money fact holding the value of the illegal property confiscated (art. 63 (二): a large value means a hearing); declare it optional"),
    facts: z.array(FactDecl).default([]),
    circumstances: z.array(CircumstanceDecl).default([]),
    tiers: z.array(Tier).min(1),
    noPenaltyList: z.array(NoPenaltyEntry).default([]),
    boundary: BoundaryTier.optional().describe("本行的分界值归属，覆盖 settings.boundary / Overrides settings.boundary for this offense"),
    gaps: z.array(DeclaredGap).default([]).describe("声明的未覆盖情形 / Declared uncovered regions"),
    filingThreshold: Condition.optional().describe("立案标准：满足此条件时应当立案（不写表示一律立案） / 立案标准: the act must be filed when this holds (absent = always)"),
    concurrent: z
      .array(Id)
      .default([])
      .describe("描述同一违法行为的其他违法行为（行政处罚法第二十九条：只罚一次款，按罚款数额高的规定处罚） / Offenses that describe the same act (art. 29: one fine, under the provision with the higher fine)"),
    responsiblePersons: ResponsiblePersons.optional(),
    notes: z.array(NonEmpty).default([]),
  })
  .describe("一个违法行为：裁量基准表的一行 / One offense (违法行为): a row of the standard");
export type OffenseT = z.infer<typeof Offense>;
export type OffenseInputT = z.input<typeof Offense>;

const PerParty = z.strictObject({ individual: MoneyString, organization: MoneyString });

export const Settings = z
  .strictObject({
    hearing: z
      .strictObject({
        fineAtLeast: PerParty.describe("较大数额罚款的标准（行政处罚法第六十三条）：以上，含本数 / 较大数额罚款 (art. 63): 以上, inclusive"),
        confiscationAtLeast: PerParty.optional().describe("没收较大数额违法所得、较大价值非法财物的标准（行政处罚法第六十三条第（二）项） / 较大数额 confiscation (art. 63 (二)): illegal gains or the value of illegal property"),
        nonBusiness: z
          .strictObject({
            fineAtLeast: PerParty.describe("从事非经营活动的较大数额罚款标准 / 较大数额罚款 outside business activity (从事非经营活动)"),
            confiscationAtLeast: PerParty.optional(),
          })
          .optional()
          .describe("非经营活动（party.business 为 false）的听证标准，地方规定区分时写明；不写表示相同 / Thresholds for acts outside business activity (party.business = false), where the local rule distinguishes; absent = the same thresholds"),
        penaltyTypes: z
          .array(PenaltyTypeSchema)
          .default(["downgrade-qualification", "revoke-license", "suspend-production", "close-down", "restrict-employment"]),
        basis: Basis,
        confirmed: z.boolean().describe("本局法制人员确认听证标准前为 false / false until the bureau's legal staff confirm the thresholds"),
      })
      .describe("应当告知当事人有权要求听证的情形（行政处罚法第六十三条） / When the party must be told of the right to a hearing (art. 63)"),
    summaryProcedure: z
      .strictObject({
        fineAtMost: PerParty,
        excludedWhen: z.array(Id).default([]).describe("不得适用简易程序的情节（如当事人不配合） / Circumstances under which the summary procedure cannot be used (e.g. a party that does not cooperate)"),
        basis: Basis,
      })
      .default({ fineAtMost: { individual: "200", organization: "3000" }, excludedWhen: [], basis: "行政处罚法第五十一条" })
      .describe("行政处罚法第五十一条：警告，或者对个人二百元以下、对单位三千元以下罚款 / art. 51: warning, or fine at most 200 / 3000 yuan"),
    majorCase: z
      .strictObject({
        fineAtLeast: PerParty,
        penaltyTypes: z.array(PenaltyTypeSchema),
        circumstances: z.array(Id).default([]).describe("具有其中任一项即为重大案件 / Any of these makes the case major"),
        basis: Basis,
      })
      .describe("重大案件：集体讨论（行政处罚法第五十七条第二款）、法制审核（第五十八条）、每半年报告 / 重大案件: collective discussion (art. 57 ¶2), legal review (art. 58), half-yearly report"),
    filing: z
      .strictObject({
        periodDays: z.number().int().positive(),
        workingDays: z.boolean().describe("为 true 时期限按工作日计算（含调休），为 false 时按自然日计算 / true: the period counts working days (调休 included); false: calendar days"),
        rollToWorkingDay: z
          .boolean()
          .default(false)
          .describe("仅按自然日计算时：期限最后一日为休息日的，顺延至下一个工作日 / Calendar days only: a last day that falls on a rest day moves to the next working day"),
        alwaysWhen: z
          .array(Id)
          .default([])
          .describe("即使未达立案标准也应当立案的情节（通用情节或者违法行为自己的情节） / Circumstances (general or an offense's own) that require filing even below the starting point"),
        basis: Basis,
      })
      .describe("立案：自发现之日起的期限 / 立案: period from discovery"),
    legalReview: z
      .strictObject({
        everyOrdinaryCase: z.boolean().describe("本机关程序规定普通程序案件一律法制审核（不限于重大案件）时为 true / true where the agency's own procedure puts 法制审核 in every case under the ordinary procedure, not only major ones"),
        basis: Basis,
      })
      .default({ everyOrdinaryCase: false, basis: "行政处罚法第五十八条" })
      .describe("法制审核：依法为重大案件（行政处罚法第五十八条）；本机关规定的，普通程序案件一律审核 / 法制审核: major cases by law (art. 58); every ordinary-procedure case where the agency's rule says so"),
    boundary: BoundaryTier.optional().describe("相邻阶次共用分界值时归哪一阶次；不写则不允许任何重叠 / Which tier takes a value shared by two adjacent tiers; absent = no overlap allowed"),
    decisionPeriodDays: z.number().int().positive().default(90).describe("行政处罚法第六十条：自立案之日起九十日 / art. 60: 90 days from filing"),
    reportMonths: z
      .array(z.number().int().min(1).max(12))
      .min(1)
      .describe("报告重大行政处罚决定的月份（于该月月底前），如 [1, 7] / Months by whose end major decisions are reported, e.g. [1, 7]"),
    rounding: z
      .strictObject({
        scale: z.number().int().min(0).max(2).describe("取整位数：0 表示精确到元，2 表示精确到分 / 0 = to the yuan, 2 = to the fen"),
        mode: z.enum(["down", "up", "half-up", "half-even"]),
      })
      .default({ scale: 0, mode: "down" }),
    placement: Placement.default({ method: "midpoint-split", midpointRule: false }).describe("在阶次幅度内确定建议罚款数额的方法；阶次可另行规定 / How the recommended fine is placed in a tier's band; a tier may override it"),
    reduction: z
      .strictObject({
        floorFractionOfMinimum: DecimalString.describe("减轻处罚：最低罚款为法定最低数额的比例 / 减轻: lowest fine as a fraction of the statutory minimum"),
        recommend: z
          .strictObject({
            minGrounds: z.number().int().positive().describe("至少须具备的减轻处罚事由项数（行政处罚法第三十条、第三十一条、第三十二条，或者基准自己规定的） / At least this many 减轻 grounds (arts. 30, 31, 32, or the standard's own) must be found"),
            withoutAggravation: z.boolean().default(true).describe("为 true 时，具有从重情节的不减轻（从轻与从重一并权衡） / true: not when an aggravating circumstance is found (mitigation and aggravation are weighed together)"),
            tiers: z
              .union([z.literal("lowest"), z.array(Id).min(1)])
              .describe("适用的阶次：\"lowest\" 表示只在幅度从法定最低数额起的阶次；或者写明阶次标识 / \"lowest\": only in a tier whose band starts at the statutory minimum; or the ids of the tiers where it applies"),
          })
          .nullable()
          .describe("建议数额本身低于法定最低数额的情形；null 表示从不：减轻幅度只与从轻幅度并列提供 / When the recommendation itself goes below the statutory minimum; null = never: the 减轻 range is only offered beside the 从轻 one"),
        basis: Basis,
      })
      .describe("减轻处罚：具有法定减轻事由时提供的低于法定最低数额的幅度，以及建议数额何时落入该幅度 / 减轻处罚: the range below the statutory minimum offered whenever a legal ground is found, and when the recommendation goes there"),
  })
  .describe("基准的程序和计算设置 / Procedure and computation settings of the standard");
export type SettingsT = z.infer<typeof Settings>;

export const Exemption = z
  .strictObject({
    id: Id,
    title: NonEmpty,
    effect: z.enum(["exempt", "may-exempt"]),
    allOf: z.array(Id).min(1),
    basis: Basis,
  })
  .describe("不予处罚的情节组合（如行政处罚法第三十三条第一款） / A combination of circumstances that exempts (e.g. art. 33 ¶1)");
export type ExemptionT = z.infer<typeof Exemption>;

/**
 * 行政处罚法第三十七条: only a change of the statute stops treating an act as an offense; a standard
 * that leaves a row out does not. The later version records the change, with its article and date.
 */
export const StatuteChange = z
  .strictObject({
    offense: Id.describe("较早版本中的一行，法律变更后该行为不再认为是违法 / The earlier version's row whose act the changed statute no longer treats as an offense"),
    law: NonEmpty.describe("变更的法律、法规，如“电力法” / The law or regulation changed, e.g. \"电力法\""),
    article: z.number().int().positive(),
    paragraph: z.number().int().positive().optional(),
    item: z.number().int().positive().optional(),
    change: z.enum(["repealed", "amended"]).describe("变更方式：repealed 为该条已废止，amended 为修改后的条文不再涵盖该行为 / repealed: the article is gone; amended: its new text no longer covers the act"),
    date: IsoDate.describe("变更施行之日 / The day the change took effect"),
    note: NonEmpty.optional().describe("变更内容，如修改决定的名称 / What changed, e.g. the amending decision's title"),
  })
  .describe("使某一行为不再认为是违法的法律变更 / A statute change that no longer treats an act as an offense (不再认为是违法)");
export type StatuteChangeT = z.infer<typeof StatuteChange>;

export const RulesetHeader = z.strictObject({
  $schema: z.string().optional(),
  id: Id,
  title: NonEmpty,
  authority: NonEmpty.describe("制定机关 / Issuing authority"),
  documentNumber: NonEmpty.nullable().describe("文号，发布前为 null / document number, null until issued"),
  version: SemVer,
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullable(),
  status: z.enum(["draft", "issued"]).default("draft"),
  issuedHash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/, { message: "须为 sha256:<64 位十六进制>，由 cailiang issue 写入 / must be sha256:<64 hex digits>, written by cailiang issue" })
    .optional()
    .describe("仅限已发布的版本：发布时记录的内容哈希（由 cailiang issue 写入）；此后校验拒绝任何改动 / Issued versions only: the content hash recorded when it was issued (cailiang issue); validation refuses any later edit"),
  notes: z.array(NonEmpty).default([]),
  settings: Settings,
  circumstances: z.array(CircumstanceDecl).min(1).describe("通用情节，各违法行为共用 / General circumstances, shared by all offenses"),
  exclusiveGroups: z
    .array(z.strictObject({ title: NonEmpty, ids: z.array(Id).min(2) }))
    .default([])
    .describe("不能同时具备的情节 / Circumstances that cannot be found together"),
  exemptions: z.array(Exemption).default([]),
  statuteChanges: z.array(StatuteChange).default([]).describe("较早版本以来使某一行为不再认为是违法的法律变更（行政处罚法第三十七条） / Statute changes since earlier versions that no longer treat an act as an offense (art. 37)"),
});

export const Ruleset = RulesetHeader.extend({
  offenses: z.array(Offense).default([]).describe("违法行为；在版本文件夹中也可以分别写在 offenses/*.json / Offenses; in a version folder they may also live in offenses/*.json"),
}).describe("行政处罚裁量基准的一个版本 / A discretion standard (行政处罚裁量基准), one version");
export type RulesetT = z.infer<typeof Ruleset>;
export type RulesetInputT = z.input<typeof Ruleset>;

restoreCycleSupport();
