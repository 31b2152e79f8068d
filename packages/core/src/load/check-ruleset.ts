import type { Issue } from "../errors.js";
import { parseIsoDate } from "../dates.js";
import { constants, type Dec } from "../money.js";
import { amountsIn, multiplesIn } from "../law/amounts.js";
import { circumstanceOfKey } from "../conditions/circumstance-atom.js";
import { constant, type ConstantCache } from "../conditions/compile.js";
import { eachComparison } from "../conditions/prepared.js";
import type { ConditionT, FactConditionT } from "../schema/condition.js";
import type { FactDeclT, FineBandT, OffenseT, PlacementT, ResponsiblePersonsT, RulesetT, StatutoryFineT } from "../schema/ruleset.js";
import { GENERAL_CIRCUMSTANCE_IDS } from "../schema/vocabulary.js";
import { didYouMean } from "./did-you-mean.js";
import type { PathSegment } from "./json-source.js";

/** Rule-data constants as Decimals, each parsed once: a pack repeats its amounts many times. */
const dec = constants();

/** How two rule-data constants compare (-1, 0, 1), each pair once: a pack compares the same bands in every row. */
const compared = new Map<string, Map<string, number>>();

function compare(a: string, b: string): number {
  let row = compared.get(a);
  if (!row) compared.set(a, (row = new Map()));
  let c = row.get(b);
  if (c === undefined) row.set(b, (c = dec(a).cmp(dec(b))));
  return c;
}

/** A rule-data issue before it is located in a file. */
export type PathIssue = Omit<Issue, "path"> & { at: PathSegment[] };

function at(at: PathSegment[], code: string, zh: string, en: string): PathIssue {
  return { at, code, zh, en };
}

/**
 * The JSON path of something under a fixed prefix, built when an issue is reported there: most
 * checks of a pack find nothing, and a pack of 10,000 rows would otherwise build millions of paths.
 */
type At = (...rest: PathSegment[]) => PathSegment[];
const root: At = (...rest) => rest;

/**
 * The checks the schema cannot express: references, duplicates, bands inside the statute,
 * penalty types the statute allows. Tier overlaps and gaps are checked after compilation
 * (check-coverage.ts), since they need the conditions evaluated. Condition values are parsed into
 * `constants`, the load's cache, which then compiles the conditions from them.
 */
export function checkRuleset(rs: RulesetT, leftOut: ReadonlySet<string> = new Set(), constants: ConstantCache = new Map()): PathIssue[] {
  const out: PathIssue[] = [];
  if (rs.effectiveTo && rs.effectiveTo < rs.effectiveFrom) {
    out.push(at(["effectiveTo"], "DATES_REVERSED", "失效日期早于生效日期", "effectiveTo is before effectiveFrom"));
  }
  const general = new Set<string>();
  duplicates(rs.circumstances.map((c) => c.id), root, "circumstances", "circumstance", out).forEach((id) => general.add(id));
  for (const id of GENERAL_CIRCUMSTANCE_IDS) {
    if (!general.has(id)) {
      out.push(at(["circumstances"], "GENERAL_CIRCUMSTANCE_MISSING", `缺少通用情节 "${id}"（API.md 规定每个规则集均须定义）`, `General circumstance "${id}" is missing (API.md requires every ruleset to define it)`));
    }
  }
  const known = (ids: readonly string[], path: PathSegment[], scope: ReadonlySet<string>) =>
    ids.forEach((id, i) => {
      if (!scope.has(id)) out.push(undeclaredCircumstance(id, [...path, i], scope));
    });
  rs.exclusiveGroups.forEach((g, i) => known(g.ids, ["exclusiveGroups", i, "ids"], general));
  duplicates(rs.exemptions.map((e) => e.id), root, "exemptions", "exemption", out);
  rs.exemptions.forEach((e, i) => {
    known(e.allOf, ["exemptions", i, "allOf"], general);
    for (const g of rs.exclusiveGroups) {
      if (e.allOf.filter((id) => g.ids.includes(id)).length > 1) {
        out.push(at(["exemptions", i, "allOf"], "EXEMPTION_CONTRADICTORY", `免罚条件同时要求互斥情节（${g.title}）`, `The exemption requires mutually exclusive circumstances (${g.title})`));
      }
    }
  });
  known(rs.settings.majorCase.circumstances, ["settings", "majorCase", "circumstances"], general);
  // An offense's own circumstance (情节严重 of one row) may force filing too.
  const anywhere = new Set([...general, ...rs.offenses.flatMap((o) => o.circumstances.map((c) => c.id))]);
  known(rs.settings.filing.alwaysWhen, ["settings", "filing", "alwaysWhen"], anywhere);
  known(rs.settings.summaryProcedure.excludedWhen, ["settings", "summaryProcedure", "excludedWhen"], general);
  if (dec(rs.settings.reduction.floorFractionOfMinimum).gt(dec("1"))) {
    out.push(at(["settings", "reduction", "floorFractionOfMinimum"], "FRACTION_ABOVE_ONE", "减轻下限比例不得大于 1", "The reduction floor fraction must not exceed 1"));
  }

  const declared = duplicates(rs.offenses.map((o) => o.id), root, "offenses", "offense", out);
  // Offenses whose files did not parse are reported already: a reference to one is not a second error.
  const offenseIds = leftOut.size > 0 ? new Set([...declared, ...leftOut]) : declared;
  checkPlacement(rs.settings.placement, null, (...rest) => ["settings", "placement", ...rest], out);
  const { placement } = rs.settings;
  const midpointRule = placement.method === "midpoint-split" && placement.midpointRule;
  // Rows of a pack often quote the same penalty article: its amounts are read once.
  const named = new Map<string, Named>();
  const namedIn = (text: string): Named => {
    let found = named.get(text);
    if (!found) {
      found = { amounts: amountsIn(text), multiples: multiplesIn(text) };
      named.set(text, found);
    }
    return found;
  };
  rs.offenses.forEach((o, i) => checkOffense(o, ["offenses", i], general, offenseIds, out, midpointRule, namedIn, constants));
  return out;
}

function undeclaredCircumstance(id: string, path: PathSegment[], scope: ReadonlySet<string>): PathIssue {
  const hint = didYouMean(id, scope);
  return at(path, "CIRCUMSTANCE_UNDECLARED", `情节 "${id}" 未定义${hint.zh}`, `Circumstance "${id}" is not declared${hint.en}`);
}

/** Reports repeated ids of the list `field` under `p`; returns the set of ids. */
function duplicates(ids: readonly string[], p: At, field: string, what: string, out: PathIssue[]): ReadonlySet<string> {
  if (ids.length === 0) return NO_IDS;
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push(at(p(field, i, "id"), "DUPLICATE_ID", `${what} 标识 "${id}" 重复`, `Duplicate ${what} id "${id}"`));
    seen.add(id);
  });
  return seen;
}

function checkOffense(o: OffenseT, base: PathSegment[], general: ReadonlySet<string>, offenseIds: ReadonlySet<string>, out: PathIssue[], midpointRule: boolean, namedIn: (text: string) => Named, constants: ConstantCache): void {
  const p: At = (...rest) => [...base, ...rest];
  const facts = new Map<string, FactDeclT>();
  duplicates(o.facts.map((f) => f.name), p, "facts", "fact", out);
  o.facts.forEach((f, i) => {
    facts.set(f.name, f);
    if ((f.type === "enum") !== Boolean(f.values)) {
      out.push(at(p("facts", i, "values"), "ENUM_VALUES", "只有 enum 类型的事实才列出可选值，且必须列出", "Enum facts, and only they, list their values"));
    }
  });
  const own = duplicates(o.circumstances.map((c) => c.id), p, "circumstances", "circumstance", out);
  o.circumstances.forEach((c, i) => {
    if (general.has(c.id)) out.push(at(p("circumstances", i, "id"), "DUPLICATE_ID", `情节 "${c.id}" 与通用情节重名`, `Circumstance "${c.id}" repeats a general circumstance`));
  });
  const scope: ReadonlySet<string> = own.size > 0 ? new Set([...general, ...own]) : general;
  // Conditions read facts, and circumstances as `{ "circumstance": id }`; a fact required only
  // sometimes (requiredWhen) may be read by a tier, never by another requiredWhen.
  const checkCondition = (c: ConditionT, path: PathSegment[]) => checkConditionIn(c, path, facts, scope, true, out, constants);
  o.facts.forEach((f, i) => {
    if (!f.requiredWhen) return;
    if (f.required) out.push(at(p("facts", i, "required"), "REQUIRED_WHEN_CONFLICT", `事实 "${f.name}" 写了 requiredWhen（按条件必填），required 须为 false`, `Fact "${f.name}" has requiredWhen, so required must be false`));
    checkConditionIn(f.requiredWhen, p("facts", i, "requiredWhen"), facts, NO_CIRCUMSTANCES, false, out, constants);
  });
  const known = (ids: readonly string[] | undefined, path: PathSegment[]) =>
    (ids ?? []).forEach((id, i) => {
      if (!scope.has(id)) out.push(undeclaredCircumstance(id, [...path, i], scope));
    });
  const moneyFact = (name: string | undefined, field: string, role: string) => {
    if (name === undefined) return;
    const f = facts.get(name);
    if (!f) {
      const hint = didYouMean(name, facts.keys());
      out.push(at(p(field), "FACT_UNDECLARED", `${role}所用事实 "${name}" 未声明${hint.zh}`, `Fact "${name}" used as ${role} is not declared${hint.en}`));
    } else if (f.type !== "money") out.push(at(p(field), "FACT_TYPE", `${role}所用事实 "${name}" 须为 money 类型`, `Fact "${name}" used as ${role} must be of type money`));
  };
  moneyFact(o.illegalGainsFact, "illegalGainsFact", "违法所得 / illegal gains ");
  moneyFact(o.illegalPropertyFact, "illegalPropertyFact", "非法财物价值 / illegal property value ");
  // 行政处罚法第六十三条第一款第（二）项: confiscating property of a large value means a hearing, so its value must be asked for.
  const confiscates = o.statutory.penalties.findIndex((sp) => sp.type === "confiscate-illegal-property");
  if (confiscates >= 0 && !o.illegalPropertyFact) {
    out.push(at(p("statutory", "penalties", confiscates), "PROPERTY_VALUE_FACT_MISSING", "没收非法财物的，须以 illegalPropertyFact 指明财物价值的事实（较大价值的应当告知听证权利，行政处罚法第六十三条）", "A row that confiscates illegal property must name the fact of its value in illegalPropertyFact (a large value means a hearing, art. 63)"));
  }

  checkPart(o, { p, facts, known, checkCondition, midpointRule, namedIn, out });
  if (o.responsiblePersons) checkResponsiblePersons(o.responsiblePersons, o, { p, facts, known, scope, midpointRule, namedIn, out, constants });
  if (o.filingThreshold) checkCondition(o.filingThreshold, p("filingThreshold"));
  // Declared gaps: ids apart from the tiers' (a result names one or the other), conditions as tiers'.
  const tierIds = o.gaps.length > 0 ? new Set(o.tiers.map((t) => t.id)) : null;
  duplicates(o.gaps.map((g) => g.id), p, "gaps", "gap", out);
  o.gaps.forEach((g, i) => {
    if (tierIds?.has(g.id)) out.push(at(p("gaps", i, "id"), "DUPLICATE_ID", `未覆盖情形 "${g.id}" 与阶次重名`, `Gap "${g.id}" repeats a tier id`));
    checkCondition(g.when, p("gaps", i, "when"));
  });
  if (o.limitation.harmWhen) checkCondition(o.limitation.harmWhen, p("limitation", "harmWhen"));
  if (o.limitation.touchesSafety && !o.limitation.safetyBasis) {
    out.push(at(p("limitation", "touchesSafety"), "SAFETY_BASIS_MISSING", "涉及公民生命健康安全、金融安全的，须在 safetyBasis 中引用法律依据", "An act that touches life, health or financial safety must cite why in safetyBasis"));
  }
  o.concurrent.forEach((id, i) => {
    if (!offenseIds.has(id) || id === o.id) {
      out.push(at(p("concurrent", i), "OFFENSE_UNDECLARED", `同一违法行为所涉违法行为 "${id}" 未定义`, `Concurrent offense "${id}" is not declared`));
    }
  });
}

/** What checking a role's part (the row's own, or its responsiblePersons block) reads. */
interface PartContext {
  /** The JSON path of a field of the offense (the part's fields are under its own path). */
  p: At;
  facts: ReadonlyMap<string, FactDeclT>;
  known: (ids: readonly string[] | undefined, path: PathSegment[]) => void;
  checkCondition: ConditionCheck;
  midpointRule: boolean;
  /** The amounts and multiples a penalty text names. */
  namedIn: (text: string) => Named;
  out: PathIssue[];
}

/** The part a role has of its own: its statute (checked against the article it quotes), measures, tiers and no-penalty list. */
function checkPart(o: Pick<OffenseT, "statutory" | "measures" | "tiers" | "noPenaltyList"> & { legalBasis: { penalty: OffenseT["legalBasis"]["penalty"] } }, { p, facts, known, checkCondition, midpointRule, namedIn, out }: PartContext): void {
  // An either-or (choice) has two members or more, all imposed by the same authority.
  const choices = new Map<string, number[]>();
  o.statutory.penalties.forEach((sp, i) => sp.choice && choices.set(sp.choice, [...(choices.get(sp.choice) ?? []), i]));
  for (const [id, members] of choices) {
    const first = o.statutory.penalties[members[0] as number];
    if (members.length < 2) out.push(at(p("statutory", "penalties", members[0] as number, "choice"), "CHOICE_ALONE", `择一处罚 "${id}" 只有一项处罚种类`, `The either-or "${id}" has only one penalty type`));
    else if (members.some((m) => o.statutory.penalties[m]?.imposedBy !== first?.imposedBy)) {
      out.push(at(p("statutory", "penalties", members[1] as number, "imposedBy"), "CHOICE_MIXED", `择一处罚 "${id}" 的各项须由同一机关作出`, `The members of the either-or "${id}" must be imposed by the same authority`));
    }
  }

  // Statutory penalty: each type once, conditions well formed, fine present iff the article authorizes one.
  const types = new Set<string>();
  o.statutory.penalties.forEach((sp, i) => {
    if (types.has(sp.type)) out.push(at(p("statutory", "penalties", i, "type"), "DUPLICATE_ID", `处罚种类 "${sp.type}" 重复`, `Penalty type "${sp.type}" listed twice`));
    types.add(sp.type);
    const conditional = sp.mode === "conditional";
    if (conditional !== Boolean(sp.when) || conditional !== Boolean(sp.then)) {
      out.push(at(p("statutory", "penalties", i, "mode"), "CONDITIONAL_PENALTY", "附条件的处罚须写明 when 与 then，其他处罚不得写", "A conditional penalty needs `when` and `then`; other penalties take neither"));
    }
    if (sp.when) known(sp.when, p("statutory", "penalties", i, "when"));
  });
  const fineListed = types.has("fine");
  if (fineListed && !o.statutory.fine) {
    out.push(at(p("statutory", "fine"), "FINE_UNDEFINED", "处罚种类含罚款，但未写明法定罚款幅度", "The penalty types include a fine but no statutory fine is given"));
  }
  if (!fineListed && o.statutory.fine) {
    out.push(at(p("statutory", "fine"), "FINE_NOT_AUTHORIZED", "法定处罚种类不含罚款，不得设定罚款", "The statute authorizes no fine, so none may be set"));
  }
  if (o.statutory.fine) {
    const quoted = o.legalBasis.penalty;
    const text = quoted.length === 1 ? (quoted[0] as (typeof quoted)[number]).text : quoted.map((r) => r.text).join("\n");
    checkStatutoryFine(o.statutory.fine, (...rest) => p("statutory", "fine", ...rest), facts, out, namedIn(text), checkCondition);
  }
  o.measures.forEach((m, i) => m.when && known(m.when, p("measures", i, "when")));

  // Tiers.
  duplicates(o.tiers.map((t) => t.id), p, "tiers", "tier", out);
  o.tiers.forEach((t, i) => {
    if (!t.when && o.tiers.length > 1) {
      out.push(at(p("tiers", i), "TIER_UNCONDITIONED", "有多个阶次时，每个阶次都须写明适用条件", "With several tiers, each tier needs its conditions"));
    }
    t.penalties.forEach((type, j) => {
      if (!types.has(type)) {
        const fine = type === "fine";
        out.push(at(p("tiers", i, "penalties", j), fine ? "FINE_NOT_AUTHORIZED" : "PENALTY_NOT_AUTHORIZED",
          fine ? "法定处罚种类不含罚款，阶次不得设定罚款" : `法定处罚种类不含 "${type}"`,
          fine ? "The statute authorizes no fine; a tier may not set one" : `The statute does not allow the penalty type "${type}"`));
      }
    });
    if (o.statutory.fine && !t.fine) {
      out.push(at(p("tiers", i), "BAND_MISSING", "法定处罚含罚款，阶次须给出罚款幅度", "The statute sets a fine, so the tier needs a fine band"));
    }
    if (!o.statutory.fine && t.fine) {
      out.push(at(p("tiers", i, "fine"), "FINE_NOT_AUTHORIZED", "法律未规定罚款，阶次不得设定罚款幅度", "The statute authorizes no fine; the tier may not set a band"));
    }
    const tier: At = (...rest) => p("tiers", i, ...rest);
    if (t.fine && o.statutory.fine) {
      checkBand(t.fine, o.statutory.fine, tier, out);
      // The midpoint rule binds the ruleset's midpoint split, not a tier that states its own placement.
      if (midpointRule && (!t.placement || t.placement.method === "midpoint-split")) checkMidpoint(t.fine, o.statutory.fine, tier, out);
    }
    if (t.when) checkCondition(t.when, tier("when"));
    if (t.placement) checkPlacement(t.placement, t.fine ?? null, (...rest) => tier("placement", ...rest), out);
  });

  duplicates(o.noPenaltyList.map((e) => e.id), p, "noPenaltyList", "no-penalty entry", out);
  o.noPenaltyList.forEach((e, i) => {
    if (e.requires.length > 0) known(e.requires, p("noPenaltyList", i, "requires"));
    if (e.when) checkCondition(e.when, p("noPenaltyList", i, "when"));
  });
}

/**
 * 两罚: the block is checked as a row's own part, at its own path, against the article it quotes
 * (its own, or the row's). Its facts join the row's, under names of their own; its conditions read
 * both, and the circumstances of the row.
 */
function checkResponsiblePersons(rp: ResponsiblePersonsT, o: OffenseT, ctx: Omit<PartContext, "checkCondition"> & { scope: ReadonlySet<string>; constants: ConstantCache }): void {
  const q = (...rest: PathSegment[]) => ctx.p("responsiblePersons", ...rest);
  const facts = new Map(ctx.facts);
  rp.facts.forEach((f, i) => {
    if (facts.has(f.name)) ctx.out.push(at(q("facts", i, "name"), "DUPLICATE_ID", `事实 "${f.name}" 与本行的事实重名`, `Fact "${f.name}" repeats a fact of the row`));
    facts.set(f.name, f);
    if ((f.type === "enum") !== Boolean(f.values)) {
      ctx.out.push(at(q("facts", i, "values"), "ENUM_VALUES", "只有 enum 类型的事实才列出可选值，且必须列出", "Enum facts, and only they, list their values"));
    }
    if (f.requiredWhen) ctx.out.push(at(q("facts", i, "requiredWhen"), "REQUIRED_WHEN_CONFLICT", "两罚人员部分的事实须为必填或者选填，不能按条件必填", "A fact of the responsible persons' part is required or optional, never requiredWhen"));
  });
  const checkCondition: ConditionCheck = (c, path) => checkConditionIn(c, path, facts, ctx.scope, true, ctx.out, ctx.constants);
  checkPart({ ...rp, legalBasis: { penalty: rp.legalBasis?.penalty ?? o.legalBasis.penalty } }, { ...ctx, p: q, facts, checkCondition });
}

/** What the quoted penalty text names: amounts in yuan and multiples. */
interface Named {
  amounts: Dec[];
  multiples: Dec[];
}

type ConditionCheck = (c: ConditionT, path: PathSegment[]) => void;

function checkStatutoryFine(f: StatutoryFineT, p: At, facts: ReadonlyMap<string, FactDeclT>, out: PathIssue[], named: Named, checkCondition: ConditionCheck): void {
  if (f.kind === "alternatives") {
    f.options.forEach((opt, i) => {
      checkCondition(opt.when, p("options", i, "when"));
      checkStatutoryFine(opt.fine, (...rest) => p("options", i, "fine", ...rest), facts, out, named, checkCondition);
    });
    return;
  }
  // Every bound the rule encodes must be written in the article it quotes (a zero minimum is "X以下").
  const range = f.kind === "range";
  const [loKey, hiKey] = range ? (["min", "max"] as const) : (["minMultiple", "maxMultiple"] as const);
  const [lo, hi] = range ? [f.min, f.max] : [f.minMultiple, f.maxMultiple];
  const list = range ? named.amounts : named.multiples;
  const inText = (key: string, raw: string, upper: boolean) => {
    const v = dec(raw);
    if ((upper || !v.isZero()) && !list.some((x) => x.eq(v))) {
      const unit = range ? "元" : "倍";
      out.push(at(p(key), "FINE_NOT_IN_TEXT", `法定罚款 ${key} = ${raw} ${unit}，在所引处罚条文中找不到该数额`, `The statutory ${key} ${raw} ${unit} is not named in the quoted penalty article`));
    }
  };
  inText(loKey, lo, false);
  inText(hiKey, hi, true);
  if (compare(lo, hi) > 0) out.push(at(p(loKey), "RANGE_REVERSED", "法定罚款下限高于上限", "The statutory minimum exceeds the maximum"));
  if (dec(hi).isZero()) out.push(at(p(hiKey), "RANGE_EMPTY", "法定罚款上限为零", "The statutory maximum is zero"));
  if (f.kind === "multiple") {
    const base = facts.get(f.base);
    if (!base) {
      const hint = didYouMean(f.base, facts.keys());
      out.push(at(p("base"), "FACT_UNDECLARED", `倍数罚款的基数事实 "${f.base}" 未声明${hint.zh}`, `The base fact "${f.base}" is not declared${hint.en}`));
    } else {
      if (base.type !== "money") out.push(at(p("base"), "FACT_TYPE", `倍数罚款的基数 "${f.base}" 须为 money 类型`, `The base "${f.base}" must be of type money`));
      if (!base.required) out.push(at(p("base"), "FACT_OPTIONAL_IN_CONDITION", `倍数罚款的基数 "${f.base}" 须为必填事实`, `The base "${f.base}" must be a required fact`));
    }
  }
}

/** The band of `tier` must lie inside the statutory bounds (amounts or multiples), or be fractions of them. */
function checkBand(band: NonNullable<OffenseT["tiers"][number]["fine"]>, f: StatutoryFineT, tier: At, out: PathIssue[]): void {
  if (compare(band.min, band.max) > 0) {
    out.push(at(tier("fine", "min"), "BAND_REVERSED", "阶次罚款幅度下限高于上限", "The band's minimum exceeds its maximum"));
    return;
  }
  const outside = (lo: string, hi: string, unit: string) => {
    if (compare(band.min, lo) < 0 || compare(band.max, hi) > 0) {
      out.push(at(tier("fine", compare(band.max, hi) > 0 ? "max" : "min"), "BAND_OUTSIDE_STATUTE",
        `阶次罚款幅度 [${band.min}, ${band.max}] 超出法定幅度 [${lo}, ${hi}]${unit}`,
        `The band [${band.min}, ${band.max}] lies outside the statutory bounds [${lo}, ${hi}]${unit}`));
    }
  };
  if (band.kind === "fraction") return outside("0", "1", "");
  const kind = f.kind === "range" ? "amount" : f.kind === "multiple" ? "multiple" : null;
  if (band.kind !== kind) {
    out.push(at(tier("fine", "kind"), "BAND_KIND", `法定罚款为 ${f.kind}，阶次幅度须为 ${kind ?? "fraction"}`, `The statutory fine is a ${f.kind}; the band must be of kind ${kind ?? "fraction"}`));
    return;
  }
  if (f.kind === "range") outside(f.min, f.max, " 元");
  else if (f.kind === "multiple") outside(f.minMultiple, f.maxMultiple, " 倍");
}

/** A placement that can place: its parts of the band fit in it, and a stated amount lies in an amount band. */
function checkPlacement(pl: PlacementT, band: FineBandT | null, p: At, out: PathIssue[]): void {
  if (pl.method === "percent" && dec(pl.lighter).plus(dec(pl.heavier)).gt(dec("1"))) {
    out.push(at(p("heavier"), "FRACTION_ABOVE_ONE", `从轻部分 ${pl.lighter} 与从重部分 ${pl.heavier} 之和不得大于 1`, `The lighter (${pl.lighter}) and heavier (${pl.heavier}) parts must not exceed 1 together`));
  }
  const amount = pl.method === "fixed" ? { key: "amount", value: pl.amount } : pl.method === "base-step" && pl.base !== undefined ? { key: "base", value: pl.base } : null;
  if (amount && band?.kind === "amount" && (dec(amount.value).lt(dec(band.min)) || dec(amount.value).gt(dec(band.max)))) {
    out.push(at(p(amount.key), "PLACEMENT_OUTSIDE_BAND", `罚款数额 ${amount.value} 元不在本阶次幅度 [${band.min}, ${band.max}] 内`, `The amount ${amount.value} lies outside the tier's band [${band.min}, ${band.max}]`));
  }
}

/**
 * The midpoint rule of the standard (REFERENCE §2.5: 从轻处罚应当低于中间阶次，从重处罚不得低于中间阶次):
 * each band lies wholly at or below the middle of the statutory range, or wholly at or above it.
 */
function checkMidpoint(band: FineBandT, f: StatutoryFineT, tier: At, out: PathIssue[]): void {
  const bounds = band.kind === "fraction" ? ["0", "1"] : f.kind === "range" && band.kind === "amount" ? [f.min, f.max] : f.kind === "multiple" && band.kind === "multiple" ? [f.minMultiple, f.maxMultiple] : null;
  if (!bounds) return;
  const mid = dec(bounds[0] as string).plus(dec(bounds[1] as string)).div(2);
  if (dec(band.min).lt(mid) && dec(band.max).gt(mid)) {
    out.push(at(tier("fine"), "BAND_STRADDLES_MIDPOINT", `阶次幅度 [${band.min}, ${band.max}] 跨越法定幅度中间值 ${mid.toString()}：从轻的阶次不得高于中间值，从重的阶次不得低于中间值`, `The band [${band.min}, ${band.max}] straddles the statutory midpoint ${mid.toString()} (midpoint rule)`));
  }
}

const NO_CIRCUMSTANCES: ReadonlySet<string> = new Set();
const NO_IDS: ReadonlySet<string> = new Set();

/**
 * Facts exist, values fit the fact's type, and the facts are required (or, where `sometimes`, required
 * when a condition holds: then absent means "not this case"): a condition never meets a missing fact
 * by surprise. Circumstances read must be declared for the offense.
 */
function checkConditionIn(c: ConditionT, path: PathSegment[], facts: ReadonlyMap<string, FactDeclT>, circumstances: ReadonlySet<string>, sometimes: boolean, out: PathIssue[], constants: ConstantCache): void {
  // The walk extends `path` and restores it: every caller passes an array of its own.
  eachComparison(c, path, (cmp, live) => checkComparison(cmp, live, facts, circumstances, sometimes, out, constants));
}

/** One comparison of a condition at `live` (the walk's own array: copied into each issue). */
function checkComparison(cmp: FactConditionT, live: readonly PathSegment[], facts: ReadonlyMap<string, FactDeclT>, circumstances: ReadonlySet<string>, sometimes: boolean, out: PathIssue[], constants: ConstantCache): void {
  const circumstance = circumstanceOfKey(cmp.fact);
  if (circumstance !== undefined) {
    if (circumstances === NO_CIRCUMSTANCES) out.push(at([...live], "CONDITION_CIRCUMSTANCE", `此处条件只能读取事实，不能读取情节 "${circumstance}"`, `This condition reads facts only, not the circumstance "${circumstance}"`));
    else if (!circumstances.has(circumstance)) {
      const hint = didYouMean(circumstance, circumstances);
      out.push(at([...live, "circumstance"], "CIRCUMSTANCE_UNDECLARED", `条件引用的情节 "${circumstance}" 未定义${hint.zh}`, `The condition reads undeclared circumstance "${circumstance}"${hint.en}`));
    }
    return;
  }
  const f = facts.get(cmp.fact);
  if (!f) {
    // At the misspelt name itself, with the declared fact it is closest to.
    const hint = didYouMean(cmp.fact, facts.keys());
    out.push(at([...live, "fact"], "FACT_UNDECLARED", `条件引用的事实 "${cmp.fact}" 未声明${hint.zh}`, `The condition uses undeclared fact "${cmp.fact}"${hint.en}`));
    return;
  }
  if (!f.required && !(sometimes && f.requiredWhen)) {
    out.push(at([...live], "FACT_OPTIONAL_IN_CONDITION", `条件引用的事实 "${cmp.fact}" 须为必填`, `Fact "${cmp.fact}" is used by a condition and must be required`));
  }
  const values = Array.isArray(cmp.value) ? cmp.value : [cmp.value];
  const listOp = cmp.operator === "in" || cmp.operator === "notIn";
  if (listOp !== Array.isArray(cmp.value)) {
    out.push(at([...live], "CONDITION_VALUE", `运算符 ${cmp.operator} ${listOp ? "须" : "不得"}使用数组值`, `Operator ${cmp.operator} ${listOp ? "needs" : "takes no"} list value`));
  }
  const ordering = /than/i.test(cmp.operator);
  if (ordering && (f.type === "boolean" || f.type === "enum")) {
    out.push(at([...live], "CONDITION_OPERATOR", `${f.type} 类型的事实 "${f.name}" 不能比较大小`, `Fact "${f.name}" of type ${f.type} cannot be ordered`));
  }
  for (const v of values) {
    if (!valueFits(f, v, constants)) {
      out.push(at([...live], "CONDITION_VALUE", `值 ${JSON.stringify(v)} 与事实 "${f.name}"（${f.type}）的类型不符`, `Value ${JSON.stringify(v)} does not fit fact "${f.name}" of type ${f.type}`));
    }
  }
}

/** Condition values are parsed through the load's cache: a pack repeats its thresholds in every row, and its conditions are compiled from the same values. */
function valueFits(f: FactDeclT, v: string | number | boolean, constants: ConstantCache): boolean {
  switch (f.type) {
    case "money":
    case "number":
      return typeof v !== "boolean" && constant(v, constants) !== undefined;
    case "integer":
      return typeof v !== "boolean" && constant(v, constants)?.isInteger() === true;
    case "boolean":
      return typeof v === "boolean";
    case "enum":
      return typeof v === "string" && (f.values ?? []).some((x) => x.value === v);
    case "date":
      return typeof v === "string" && parseIsoDate(v) !== undefined;
  }
}

