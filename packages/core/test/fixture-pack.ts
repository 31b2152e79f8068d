// Small rule packs built in code for the core's tests: one builder, many variations.
import type { OffenseInputT, RulesetInputT } from "../src/schema/ruleset.js";
import type { RulesetSource } from "../src/load/load-ruleset.js";

const ref = (law: string, article: number, text: string) => ({ law, article, text });

export function generalHeader(over: Partial<RulesetInputT> = {}): Omit<RulesetInputT, "offenses"> {
  return {
    id: "fixture",
    title: "测试裁量基准",
    authority: "测试局",
    documentNumber: "测试〔2024〕1号",
    version: "1.0.0",
    effectiveFrom: "2024-01-01",
    effectiveTo: null,
    status: "issued",
    settings: {
      hearing: {
        fineAtLeast: { individual: "1000", organization: "10000" },
        confiscationAtLeast: { individual: "1000", organization: "10000" },
        nonBusiness: { fineAtLeast: { individual: "500", organization: "5000" }, confiscationAtLeast: { individual: "500", organization: "5000" } },
        basis: "测试听证标准",
        confirmed: true,
      },
      majorCase: { fineAtLeast: { individual: "50000", organization: "200000" }, penaltyTypes: ["revoke-license", "suspend-production", "close-down"], circumstances: ["serious-harm"], basis: "测试重大案件标准" },
      filing: { periodDays: 7, workingDays: true, alwaysWhen: ["refused-correction", "repeat-offense", "serious-harm"], basis: "测试立案规定" },
      reportMonths: [1, 7],
      reduction: { floorFractionOfMinimum: "0.5", recommend: { minGrounds: 2, tiers: "lowest" }, basis: "测试减轻规定" },
    },
    circumstances: [
      { id: "minor-violation", title: "违法行为轻微", effect: "none", mandatory: true, basis: "行政处罚法第三十三条第一款" },
      { id: "corrected-promptly", title: "及时改正", effect: "none", mandatory: true, basis: "行政处罚法第三十三条第一款" },
      { id: "no-harm", title: "没有造成危害后果", effect: "none", mandatory: true, basis: "行政处罚法第三十三条第一款" },
      { id: "minor-harm", title: "危害后果轻微", effect: "none", mandatory: false, basis: "行政处罚法第三十三条第一款", harm: true },
      { id: "first-offense", title: "初次违法", effect: "none", mandatory: false, basis: "行政处罚法第三十三条第一款" },
      { id: "no-fault", title: "有证据足以证明没有主观过错", effect: "exempt", mandatory: true, basis: "行政处罚法第三十三条第二款" },
      { id: "eliminated-harm", title: "主动消除或者减轻违法行为危害后果", effect: "mitigate-or-reduce", mandatory: true, basis: "行政处罚法第三十二条第（一）项" },
      { id: "coerced", title: "受他人胁迫或者诱骗实施违法行为", effect: "mitigate-or-reduce", mandatory: true, basis: "行政处罚法第三十二条第（二）项" },
      { id: "confessed", title: "主动供述行政机关尚未掌握的违法行为", effect: "mitigate-or-reduce", mandatory: true, basis: "行政处罚法第三十二条第（三）项" },
      { id: "meritorious", title: "配合行政机关查处违法行为有立功表现", effect: "mitigate-or-reduce", mandatory: true, basis: "行政处罚法第三十二条第（四）项" },
      { id: "repeat-offense", title: "再次违法", effect: "aggravate", mandatory: false, basis: "本基准" },
      { id: "refused-correction", title: "拒不改正", effect: "aggravate", mandatory: false, basis: "本基准" },
      { id: "obstructed", title: "阻碍、抗拒执法", effect: "aggravate", mandatory: false, basis: "本基准" },
      { id: "serious-harm", title: "造成严重危害后果", effect: "aggravate", mandatory: false, basis: "本基准", harm: true },
      { id: "voluntary-payment", title: "主动补缴", effect: "mitigate", mandatory: false, basis: "本基准" },
    ],
    exclusiveGroups: [
      { title: "危害后果", ids: ["no-harm", "minor-harm", "serious-harm"] },
      { title: "改正", ids: ["corrected-promptly", "refused-correction"] },
    ],
    exemptions: [
      { id: "art33-minor", title: "违法行为轻微并及时改正，没有造成危害后果", effect: "exempt", allOf: ["minor-violation", "corrected-promptly", "no-harm"], basis: "行政处罚法第三十三条第一款" },
      { id: "art33-first", title: "初次违法且危害后果轻微并及时改正", effect: "may-exempt", allOf: ["first-offense", "minor-harm", "corrected-promptly"], basis: "行政处罚法第三十三条第一款" },
    ],
    ...over,
  };
}

/** 盗窃电能: fine mandatory, 应交电费 × [0, 5]; three tiers on the fee. */
export function theft(over: Partial<OffenseInputT> = {}): OffenseInputT {
  return {
    id: "theft",
    title: "盗窃电能",
    category: "电力",
    authority: "电力管理部门",
    legalBasis: {
      violated: [ref("电力法", 4, "禁止任何单位和个人危害电力设施安全或者非法侵占、使用电能。")],
      penalty: [ref("电力法", 71, "盗窃电能的，由电力管理部门责令停止违法行为，追缴电费并处应交电费五倍以下的罚款；")],
    },
    measures: [{ type: "order-to-stop" }, { type: "recover-fee" }],
    statutory: { penalties: [{ type: "fine", mode: "mandatory" }], fine: { kind: "multiple", base: "unpaidFee", minMultiple: "0", maxMultiple: "5" } },
    facts: [{ name: "unpaidFee", type: "money", title: "应交电费", unit: "元", required: true }],
    tiers: [
      { id: "light", title: "较轻", description: "应交电费不满5000元", when: { fact: "unpaidFee", operator: "lessThan", value: "5000" }, penalties: [], fine: { kind: "multiple", min: "0", max: "1" } },
      { id: "general", title: "一般", description: "应交电费5000元以上不满5万元", when: { all: [{ fact: "unpaidFee", operator: "greaterThanInclusive", value: "5000" }, { fact: "unpaidFee", operator: "lessThan", value: "50000" }] }, penalties: [], fine: { kind: "multiple", min: "1", max: "3" } },
      { id: "serious", title: "严重", description: "应交电费5万元以上", when: { fact: "unpaidFee", operator: "greaterThanInclusive", value: "50000" }, penalties: [], fine: { kind: "multiple", min: "3", max: "5" } },
    ],
    ...over,
  };
}

/** 民爆 45-like: fine mandatory 10万–50万; 逾期不改正 → 停产停业; 情节严重 → 吊销 (optional, by tier). */
export function explosives(over: Partial<OffenseInputT> = {}): OffenseInputT {
  return {
    id: "explosives",
    title: "超出生产许可的品种、产量进行生产、销售",
    category: "民用爆炸物品",
    authority: "民用爆炸物品行业主管部门",
    legalBasis: {
      violated: [ref("民用爆炸物品安全管理条例", 45, "(一)超出生产许可的品种、产量进行生产、销售的；")],
      penalty: [ref("民用爆炸物品安全管理条例", 45, "处10万元以上50万元以下的罚款")],
    },
    measures: [{ type: "order-to-correct-within-deadline" }],
    statutory: {
      penalties: [
        { type: "fine", mode: "mandatory" },
        { type: "suspend-production", mode: "conditional", when: ["overdue-correction"], then: "mandatory" },
        { type: "revoke-license", mode: "conditional", when: ["serious-circumstances"], then: "optional" },
      ],
      fine: { kind: "range", min: "100000", max: "500000" },
    },
    limitation: { years: 2, touchesSafety: true, safetyBasis: "民用爆炸物品安全管理条例第一条：保障公民生命、财产安全和公共安全", harmWhen: { fact: "overQuantityRatio", operator: "greaterThanInclusive", value: 30 } },
    facts: [
      { name: "overQuantityRatio", type: "number", title: "超出许可产量比例", unit: "%", required: true },
    ],
    circumstances: [
      { id: "overdue-correction", title: "逾期不改正", effect: "none", mandatory: true, basis: "民用爆炸物品安全管理条例第四十五条" },
      { id: "serious-circumstances", title: "情节严重", effect: "none", mandatory: true, basis: "民用爆炸物品安全管理条例第四十五条" },
    ],
    tiers: [
      { id: "light", title: "较轻", description: "超出不满10%", when: { fact: "overQuantityRatio", operator: "lessThan", value: 10 }, penalties: [], fine: { kind: "amount", min: "100000", max: "200000" } },
      { id: "general", title: "一般", description: "超出10%以上不满30%", when: { all: [{ fact: "overQuantityRatio", operator: "greaterThanInclusive", value: 10 }, { fact: "overQuantityRatio", operator: "lessThan", value: 30 }] }, penalties: [], fine: { kind: "fraction", min: "0.25", max: "0.75" } },
      { id: "serious", title: "严重", description: "超出30%以上", when: { fact: "overQuantityRatio", operator: "greaterThanInclusive", value: 30 }, penalties: ["revoke-license"], fine: { kind: "amount", min: "400000", max: "500000" } },
    ],
    ...over,
  };
}

/** 节能法 71-like: confiscation and no fine. */
export function noFine(over: Partial<OffenseInputT> = {}): OffenseInputT {
  return {
    id: "no-fine",
    title: "使用国家明令淘汰的用能设备",
    category: "节能",
    authority: "管理节能工作的部门",
    legalBasis: { violated: [ref("节约能源法", 71, "使用国家明令淘汰的用能设备或者生产工艺的")], penalty: [ref("节约能源法", 71, "没收国家明令淘汰的用能设备")] },
    measures: [{ type: "order-to-stop-use" }],
    statutory: { penalties: [{ type: "confiscate-illegal-property", mode: "mandatory" }], fine: null },
    illegalPropertyFact: "equipmentValue",
    facts: [{ name: "equipmentValue", type: "money", title: "没收的淘汰设备价值", required: false }],
    tiers: [{ id: "only", title: "一般", description: "使用淘汰设备", penalties: [] }],
    ...over,
  };
}

/** 电力设施保护条例 27-like: fine only when correction is refused (拒不改正的，处1万元以下的罚款). */
export function refusedOnly(over: Partial<OffenseInputT> = {}): OffenseInputT {
  return {
    id: "refused-only",
    title: "危害电力设施",
    category: "电力",
    authority: "电力管理部门",
    legalBasis: { violated: [ref("电力设施保护条例", 27, "危害发电设施")], penalty: [ref("电力设施保护条例", 27, "拒不改正的，处1万元以下的罚款。")] },
    measures: [{ type: "order-to-correct" }],
    statutory: { penalties: [{ type: "fine", mode: "conditional", when: ["refused-correction"], then: "mandatory" }], fine: { kind: "range", min: "0", max: "10000" } },
    tiers: [{ id: "only", title: "一般", description: "拒不改正", penalties: [], fine: { kind: "amount", min: "0", max: "10000" } }],
    ...over,
  };
}

/** 违法所得五万元以上的…；不足五万元的… (alternatives), with gains confiscated. */
export function alternatives(over: Partial<OffenseInputT> = {}): OffenseInputT {
  return {
    id: "alternatives",
    title: "未经许可经营",
    category: "测试",
    authority: "测试部门",
    legalBasis: { violated: [ref("测试法", 1, "不得未经许可经营。")], penalty: [ref("测试法", 2, "没收违法所得，违法所得五万元以上的，并处违法所得一倍以上五倍以下罚款；没有违法所得或者违法所得不足五万元的，并处一万元以上二十万元以下罚款。")] },
    statutory: {
      penalties: [{ type: "confiscate-illegal-gains", mode: "mandatory" }, { type: "fine", mode: "mandatory" }],
      fine: {
        kind: "alternatives",
        options: [
          { when: { fact: "illegalGains", operator: "greaterThanInclusive", value: "50000" }, fine: { kind: "multiple", base: "illegalGains", minMultiple: "1", maxMultiple: "5" } },
          { when: { fact: "illegalGains", operator: "lessThan", value: "50000" }, fine: { kind: "range", min: "10000", max: "200000" } },
        ],
      },
    },
    illegalGainsFact: "illegalGains",
    facts: [{ name: "illegalGains", type: "money", title: "违法所得", unit: "元", required: true }],
    tiers: [
      { id: "light", title: "较轻", description: "违法所得不满1万元", when: { fact: "illegalGains", operator: "lessThan", value: "10000" }, penalties: [], fine: { kind: "fraction", min: "0", max: "0.3" } },
      { id: "general", title: "一般", description: "违法所得1万元以上不满10万元", when: { all: [{ fact: "illegalGains", operator: "greaterThanInclusive", value: "10000" }, { fact: "illegalGains", operator: "lessThan", value: "100000" }] }, penalties: [], fine: { kind: "fraction", min: "0.3", max: "0.6" } },
      { id: "serious", title: "严重", description: "违法所得10万元以上", when: { fact: "illegalGains", operator: "greaterThanInclusive", value: "100000" }, penalties: [], fine: { kind: "fraction", min: "0.6", max: "1" } },
    ],
    ...over,
  };
}

/** 盗窃电能 with another maximum multiple, and the penalty text that names it. */
export function theftUpTo(maxMultiple: number, over: Partial<OffenseInputT> = {}): OffenseInputT {
  return theft({
    legalBasis: { ...theft().legalBasis, penalty: [ref("测试条例", 41, `盗窃电能的，追缴电费并处应交电费${maxMultiple}倍以下的罚款。`)] },
    statutory: { penalties: [{ type: "fine", mode: "mandatory" }], fine: { kind: "multiple", base: "unpaidFee", minMultiple: "0", maxMultiple: String(maxMultiple) } },
    ...over,
  });
}

export function rulesetOf(header: Omit<RulesetInputT, "offenses">, offenses: OffenseInputT[]): RulesetInputT {
  return { ...header, offenses };
}

/** A source as the loader gets it: pretty-printed JSON, so positions mean something. */
export function sourceOf(value: unknown, path = "fixture/1.0.0.json"): RulesetSource {
  return { files: [{ path, text: `${JSON.stringify(value, null, 2)}\n` }] };
}

/** The default fixture: every kind of offense above. */
export function fixtureRuleset(over: Partial<RulesetInputT> = {}): RulesetInputT {
  return rulesetOf(generalHeader(over), [theft(), explosives(), noFine(), refusedOnly(), alternatives()]);
}
