import { z } from "zod";
import { Id, IsoDate } from "./primitives.js";
import { CircumstanceEffectSchema, MeasureTypeSchema, PARTY_KINDS, PARTY_ROLES, PenaltyTypeSchema, OUTCOMES, type Outcome } from "./vocabulary.js";

/** The input of one assessment (API.md `POST /v1/assess`). */
export const AssessInput = z
  .strictObject({
    ruleset: Id.optional().describe("规则集标识；只有一个规则集时可省略 / Ruleset id; may be left out when the registry holds exactly one"),
    offense: Id.describe("违法行为标识，如 dlf-71 / Offense id, e.g. dlf-71"),
    concurrent: z
      .array(Id)
      .max(10)
      .default([])
      .describe("同一违法行为还违反的其他规定（行政处罚法第二十九条：只罚一次款，按罚款数额高的规定处罚）；不得重复，不得是本违法行为，最多 10 个 / Other provisions the same act violates (art. 29: one fine, under the higher one): unique, never the offense itself, at most 10"),
    party: z.strictObject({
      kind: z.enum(PARTY_KINDS),
      age: z.number().int().min(0).max(150).nullable().optional().describe("个人：违法行为发生时的年龄 / Individuals: age at the time of the act"),
      capacity: z.enum(["full", "partial", "none"]).default("full").describe("行政处罚法第三十一条 / art. 31"),
      business: z
        .boolean()
        .default(true)
        .describe("是否从事经营活动；基准区分时据此确定听证标准（行政处罚法第六十三条） / Whether the act was done in business activity (从事经营活动): sets the hearing threshold where the standard distinguishes (art. 63)"),
      role: z
        .enum(PARTY_ROLES)
        .default("organization")
        .describe("两罚：organization = 违法行为所针对的当事人（单位，默认）；responsible-person = 单位直接负责的主管人员和其他直接责任人员（须 kind 为 individual，且该违法行为写明对其处罚） / 双罚 rows: whom the assessment is for, the party the row names (default) or the unit's directly responsible persons (kind individual, on a row that has a responsiblePersons block)"),
    }),
    dates: z.strictObject({
      act: IsoDate.describe("违法行为发生之日 / When the act happened"),
      actEnded: IsoDate.nullable().optional().describe("连续或者继续状态的违法行为终了之日（行政处罚法第三十六条第二款） / When a continuing act ended (art. 36 ¶2)"),
      discovered: IsoDate.nullable().optional(),
      filed: IsoDate.nullable().optional(),
      decision: IsoDate.describe("作出处罚决定之日；引擎不读取系统时钟 / The day of the decision; the engine reads no clock"),
    }),
    facts: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
      .default({})
      .describe("违法行为所声明的事实；金额写成十进制字符串或者数字 / The offense's declared facts; amounts as decimal strings or numbers"),
    circumstances: z.array(Id).default([]),
  })
  .describe("一件待裁量的案件 / One case to assess");
export type AssessInputT = z.input<typeof AssessInput>;
export type AssessInputParsed = z.output<typeof AssessInput>;

const Money = z.string().describe("以元计的十进制金额 / Decimal amount in yuan");
const MoneyRange = z.strictObject({ min: Money, max: Money });

/** Where an explanation's figure or conclusion comes from: an article with its text, or a place in the rule data. */
export const ExplanationRef = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("law"),
    law: z.string(),
    article: z.number().int().positive(),
    paragraph: z.number().int().positive().optional(),
    item: z.number().int().positive().optional(),
    text: z.string().nullable().describe("所引原文（规则数据中的引文，或者行政处罚法的原文）；仓库中没有时为 null / The quoted text (the rule data's quotation, or the Administrative Penalty Law's); null where the repository has none"),
  }),
  z.strictObject({
    kind: z.literal("rule"),
    file: z.string().describe("读取的规则文件 / The rule file, as loaded"),
    path: z.string().describe("该文件中的 JSON 路径，如 offenses[3].tiers[1].fine、settings.hearing.fineAtLeast.organization / The JSON path in that file, e.g. offenses[3].tiers[1].fine or settings.hearing.fineAtLeast.organization"),
    value: z.string().optional().describe("在该处读取的值（使用了单个值时） / The value read there, where one value was used"),
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
  refs: z.array(ExplanationRef).describe("结构化的引用：basis 中的条文及其原文，以及读取的规则数据 / Structured references: the articles of `basis` with their text, and the rule data read"),
  values: z.record(z.string(), z.string()).describe("这一步使用的值，如 { \"unpaidFee\": \"12000.50\" } / The values this step used, e.g. { \"unpaidFee\": \"12000.50\" }"),
});
export type ExplanationEntryT = z.infer<typeof ExplanationEntry>;

export const AssessResult = z
  .strictObject({
    outcome: z
      .enum(Object.keys(OUTCOMES) as [Outcome, ...Outcome[]])
      .describe("处理结果：measures-only 为不给予行政处罚、仅采取措施（条文只规定责令措施，或者附条件处罚的条件未满足）；individual-decision 为案件落在基准有意不覆盖的范围（offense.gaps），由个案决定，提示 TIER_NOT_COVERED 写明理由 / measures-only: no penalty type applies (the article orders measures only, or its conditional penalty's condition is not met); individual-decision: the case falls in a region the standard leaves uncovered on purpose (offense.gaps), the warning TIER_NOT_COVERED gives the reason"),
    ruleset: z.strictObject({ id: z.string(), version: z.string(), hash: z.string() }),
    offense: z.strictObject({ id: z.string(), title: z.string() }),
    role: z.enum(PARTY_ROLES).describe("两罚：本结果针对的对象（单位，或者单位直接负责的主管人员和其他直接责任人员） / Whom this result is for (party.role)"),
    tier: z.strictObject({ id: z.string(), title: z.string() }).nullable(),
    penalties: z.array(
      z.strictObject({
        type: PenaltyTypeSchema,
        title: z.string(),
        mandatory: z.boolean(),
        basis: z.string(),
        oneOf: z.array(PenaltyTypeSchema).optional().describe("条文规定的择一处罚（「降低资质等级或者吊销资质证书」）：从中选择一种给予；type 为其中第一种 / An either-or penalty of the article (「降低资质等级或者吊销资质证书」): impose one of these types; `type` is the first"),
      }),
    ),
    referrals: z
      .array(
        z.strictObject({
          type: PenaltyTypeSchema,
          title: z.string(),
          mandatory: z.boolean(),
          authority: z.string().describe("由谁给予，按条文的写法，如“颁发资质证书的部门” / Who imposes it, as the article names them, e.g. 颁发资质证书的部门"),
          basis: z.string(),
          oneOf: z.array(PenaltyTypeSchema).optional(),
        }),
      )
      .describe("由其他机关给予的处罚（「由发证机关吊销」）：应当移送，不是本机关的处罚 / Penalties another authority imposes (「由发证机关吊销」): to be referred, not this agency's penalties"),
    fine: z
      .strictObject({
        statutory: MoneyRange,
        band: MoneyRange,
        recommended: z.strictObject({ min: Money, max: Money, point: Money.nullable().describe("基准未规定建议数额时为 null（只给幅度） / null where the standard places no point (band-only)") }),
        reduced: z.boolean().describe("建议为减轻处罚、低于法定最低数额时为 true / true where the recommendation is 减轻, below the statutory minimum"),
        reduction: z
          .strictObject({ min: Money, max: Money, basis: z.array(z.string()) })
          .nullable()
          .describe("减轻处罚的幅度（低于法定最低数额），具有法定减轻事由时与从轻幅度并列提供（行政处罚法第三十条、第三十一条、第三十二条，及基准列明的事由） / 减轻: the range below the statutory minimum, offered beside the 从轻 one whenever a legal ground is found (arts. 30, 31, 32, the standard's list)"),
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
      .describe("行政处罚法第二十九条：同一违法行为违反的各项规定，以及适用哪一项的罚款 / art. 29: the provisions the same act violates, and which one's fine applies"),
    alternative: z
      .strictObject({ version: z.string(), outcome: z.string(), point: Money.nullable() })
      .nullable()
      .describe("行政处罚法第三十七条：先后有两个版本施行时，所比较的另一个版本 / art. 37: the other version compared, when two versions were in force"),
    explanation: z.array(ExplanationEntry),
    warnings: z.array(z.strictObject({ code: z.string(), zh: z.string(), en: z.string() })),
  })
  .describe("裁量结果（见 API.md） / The assessment (API.md)");
export type AssessResultT = z.infer<typeof AssessResult>;
