import { CailiangError, type Issue } from "../errors.js";
import { offenseNotFound, type CompiledOffense, type CompiledRuleset } from "../model.js";
import { MissingFactsError } from "../conditions/prepared.js";
import type { Registry } from "../registry.js";
import type { AssessInputParsed, AssessResultT } from "../schema/assessment.js";
import { assessOffense } from "./assess-offense.js";
import { checkCircumstances, checkFacts, forRole, parseAssessInput } from "./case-input.js";
import { offenseContext, type OffenseAssessment } from "./context.js";
import { explain } from "./explain.js";
import { warn, type Warning } from "./warnings.js";
import { procedureFor } from "./procedure.js";
import { compareFine, compareSeverity } from "./lighter.js";
import { cite } from "../law/cite.js";
import { OUTCOMES } from "../schema/vocabulary.js";
import { writeResult } from "./result.js";

/**
 * Assesses one case against the registry's rules (DOMAIN.md pipeline) and explains every step.
 * `input` is validated here, so anything may come in: a bad input gets INPUT_INVALID listing every
 * issue with its JSON path. Pure and synchronous: no clock, no disk; the same input and ruleset
 * hash give the same result.
 *
 * @example
 * const result = assessSync(registry, {
 *   offense: "dlf-71",
 *   party: { kind: "organization" },
 *   dates: { act: "2026-03-01", discovered: "2026-05-20", filed: "2026-05-22", decision: "2026-06-10" },
 *   facts: { unpaidFee: "12000.50" },
 *   circumstances: ["eliminated-harm"],
 * });
 * result.fine?.recommended.point; // "12000"
 */
export function assessSync(registry: Registry, input: unknown): AssessResultT {
  return assessParsed(registry, parseAssessInput(input));
}

/** `assessSync` on an input already parsed and checked (`parseAssessInput`), such as a decided case's in review. */
export function assessParsed(registry: Registry, parsed: AssessInputParsed): AssessResultT {
  const id = registry.resolveId(parsed.ruleset);
  const atDecision = registry.inForce(id, parsed.dates.decision);
  const atAct = registry.inForce(id, parsed.dates.act);
  if (!atAct) return withoutVersionAtAct(registry, id, atDecision, parsed);
  const old = assessVersion(atAct, parsed);
  if (!atDecision || atDecision === atAct) {
    return writeResult(old, {
      opening: explain("version", `适用违法行为发生时（${parsed.dates.act}）施行的《${atAct.def.title}》${atAct.def.version} 版`, `The version in force on the date of the act (${parsed.dates.act}) applies: ${atAct.def.version}`, ["行政处罚法第三十七条"]),
    });
  }
  return lexMitior(atAct, atDecision, parsed, old);
}

/**
 * `assessSync` behind a promise, as the API has always offered it.
 * @example
 * const result = await assess(registry, input);
 */
export async function assess(registry: Registry, input: unknown): Promise<AssessResultT> {
  return assessSync(registry, input);
}

/**
 * No version of the standard was in force at the act: every case pending on the day a bureau adopts
 * its first standard. The standard is not the law: the version in force at the decision applies,
 * with a warning, and the statute's own steps (time bar, exemptions, caps) run as always. Only
 * when no version is in force at the decision either is there nothing to assess by.
 */
function withoutVersionAtAct(registry: Registry, id: string, atDecision: CompiledRuleset | undefined, parsed: AssessInputParsed): AssessResultT {
  const { act, decision } = parsed.dates;
  if (!atDecision) registry.get(id, decision); // throws RULESET_NOT_FOUND, naming the decision date
  const version = atDecision as CompiledRuleset;
  const first = registry.versions(id)[0] as CompiledRuleset;
  const before = act < first.def.effectiveFrom;
  const warning = before
    ? warn("ACT_BEFORE_FIRST_VERSION", { act, first: first.def.effectiveFrom, version: version.def.version })
    : warn("NO_VERSION_AT_ACT", { act, version: version.def.version });
  return writeResult(assessVersion(version, parsed), {
    opening: explain(
      "version",
      `${warning.zh}；基准不是法律，不因此免除或者加重处罚，法定的追责时效、不予处罚情形和罚款幅度照常适用`,
      `${warning.en}. A standard is not a law: this neither excuses nor aggravates; the statute's time bar, exemptions and fine bounds apply as always`,
      ["行政处罚法第三十七条"],
    ),
    warnings: [warning],
  });
}

/** 行政处罚法第三十七条: the law at the time of the act, unless the law at the decision is lighter. */
function lexMitior(atAct: CompiledRuleset, atDecision: CompiledRuleset, parsed: AssessInputParsed, old: OffenseAssessment): AssessResultT {
  const basis = ["行政处罚法第三十七条"];
  const v = (r: CompiledRuleset) => r.def.version;
  const point = (a: OffenseAssessment) => a.fine?.out.recommended.point ?? null;
  const later = laterId(atDecision, parsed.offense);
  if (later === null) return notInLaterVersion(atAct, atDecision, parsed, old);
  const renamed = later !== parsed.offense ? `（${v(atDecision)} 版中该违法行为为「${atDecision.offenses.get(later)?.def.title}」）` : "";
  let fresh: OffenseAssessment;
  try {
    const concurrent = parsed.concurrent.map((id) => laterId(atDecision, id) ?? id);
    fresh = assessVersion(atDecision, { ...parsed, offense: later, concurrent });
  } catch (err) {
    if (!(err instanceof CailiangError) || (err.code !== "INPUT_INVALID" && err.code !== "OFFENSE_NOT_FOUND")) throw err;
    return writeResult(old, {
      opening: explain("version", `适用违法行为发生时施行的 ${v(atAct)} 版`, `The version at the time of the act (${v(atAct)}) applies`, basis),
      warnings: [warn("LEX_MITIOR_NOT_COMPARED", { version: v(atDecision), zh: err.zh, en: err.en })],
    });
  }
  const newer = compareSeverity(fresh, old) < 0;
  const [chosen, other, chosenV] = newer ? [fresh, old, atDecision] : [old, fresh, atAct];
  const shown = (a: OffenseAssessment) => point(a) ?? "—";
  return writeResult(chosen, {
    alternative: { version: v(other.ctx.version), outcome: other.outcome, point: point(other) },
    opening: explain(
      "version",
      `行为时（${parsed.dates.act}）施行 ${v(atAct)} 版，决定时（${parsed.dates.decision}）施行 ${v(atDecision)} 版${renamed}；两版计算：${v(atAct)} 版${outcomeZh(old)}、建议罚款 ${shown(old)}，${v(atDecision)} 版${outcomeZh(fresh)}、建议罚款 ${shown(fresh)}；${newer ? "新的规定处罚较轻，适用新的规定" : "新的规定并不较轻，适用行为时的规定"}（适用 ${v(chosenV)} 版）`,
      `At the act (${parsed.dates.act}) version ${v(atAct)} was in force; at the decision (${parsed.dates.decision}) version ${v(atDecision)}${later !== parsed.offense ? ` (where the row is ${later})` : ""}. Under ${v(atAct)}: ${old.outcome}, point ${shown(old)}; under ${v(atDecision)}: ${fresh.outcome}, point ${shown(fresh)}. ${newer ? "The new rule is lighter and applies" : "The new rule is not lighter; the rule at the act applies"} (${v(chosenV)})`,
      basis,
    ),
  });
}

/** The id the offense has in a later version: its own, or that of the row that `replaces` it; null where the version has neither. */
function laterId(version: CompiledRuleset, id: string): string | null {
  if (version.offenses.has(id)) return id;
  for (const o of version.offenses.values()) if (o.def.replaces === id) return o.def.id;
  return null;
}

/**
 * A later version without the row. A standard is not a law: leaving a row out does not make the act
 * lawful. Only a statute change the later version records does ("不再认为是违法"): then no penalty.
 * Otherwise the act-time version applies, with a warning. Measures (责令改正…) are never dropped.
 */
function notInLaterVersion(atAct: CompiledRuleset, atDecision: CompiledRuleset, parsed: AssessInputParsed, old: OffenseAssessment): AssessResultT {
  const v = (r: CompiledRuleset) => r.def.version;
  const change = atDecision.def.statuteChanges.find((c) => c.offense === parsed.offense && c.date <= parsed.dates.decision);
  if (!change) {
    return writeResult(old, {
      opening: explain("version", `适用违法行为发生时施行的 ${v(atAct)} 版`, `The version at the time of the act (${v(atAct)}) applies`, ["行政处罚法第三十七条"]),
      warnings: [warn("OFFENSE_NOT_IN_LATER_VERSION", { later: v(atDecision), earlier: v(atAct) })],
    });
  }
  const article = cite(change);
  const ctx = { ...old.ctx, version: atDecision };
  return writeResult(
    { ...old, ctx, outcome: "no-penalty", tier: null, penalties: [], referrals: [], fine: null, warnings: [], closing: [], explanation: [], procedure: procedureFor(ctx, "no-penalty", [], null) },
    {
      alternative: { version: v(atAct), outcome: old.outcome, point: old.fine?.out.recommended.point ?? null },
      opening: explain(
        "version",
        `${article}已于 ${change.date} ${change.change === "repealed" ? "废止" : "修改"}${change.note ? `（${change.note}）` : ""}，作出决定时不再认为是违法，适用新的规定，不予行政处罚；责令改正等措施不因此免除`,
        `${change.law} art. ${change.article} was ${change.change} on ${change.date}: at the decision the act is no longer an offense, so no penalty; measures such as orders to correct still stand`,
        ["行政处罚法第三十七条", article],
      ),
    },
  );
}

function outcomeZh(a: OffenseAssessment): string {
  return OUTCOMES[a.outcome].zh;
}

/** One version: the offense and any concurrent provisions of the same act (art. 29). */
function assessVersion(version: CompiledRuleset, parsed: AssessInputParsed): OffenseAssessment {
  const notFound: Issue[] = [];
  const find = (id: string, path: string): CompiledOffense | undefined => {
    const o = version.offenses.get(id);
    if (!o) notFound.push(offenseNotFound(version, id, path));
    return o;
  };
  const main = find(parsed.offense, "offense");
  const others = parsed.concurrent.map((id, i) => find(id, `concurrent[${i}]`));
  if (!main || notFound.length > 0) {
    const first = notFound[0] as Issue;
    throw new CailiangError("OFFENSE_NOT_FOUND", first.zh, first.en, notFound);
  }
  const all = forRole([main, ...(others as CompiledOffense[])], parsed.party.role);
  const facts = checkFacts(all, parsed.facts);
  checkCircumstances(version, all, parsed.circumstances);
  const results = all.map((o) => {
    try {
      return assessOffense(offenseContext(version, o, parsed, facts));
    } catch (err) {
      if (err instanceof MissingFactsError) {
        const issues = err.facts.map((f) => ({ code: "FACT_MISSING", path: `facts.${f}`, zh: `违法行为 ${o.def.id} 的条件需要事实 "${f}"`, en: `The conditions of offense ${o.def.id} need the fact "${f}"` }));
        throw new CailiangError("INPUT_INVALID", `缺少条件所需的事实：${err.facts.join("、")}`, `Facts needed by the conditions are missing: ${err.facts.join(", ")}`, issues);
      }
      throw err;
    }
  });
  return results.length === 1 ? (results[0] as OffenseAssessment) : oneAct(results);
}

/**
 * 行政处罚法第二十九条: one act that breaches several provisions is fined once, under the
 * provision with the higher fine; the other provisions' other penalties and measures still apply,
 * and the procedure is worked out again from what is merged (a 吊销 from one row means a hearing).
 */
function oneAct(results: readonly OffenseAssessment[]): OffenseAssessment {
  const winner = [...results].sort((a, b) => compareFine(b, a))[0] as OffenseAssessment;
  const penalties = [...winner.penalties];
  const measures = [...winner.measures];
  const referrals = [...winner.referrals];
  for (const other of results) {
    if (other === winner) continue;
    for (const p of other.penalties) if (p.type !== "fine" && !penalties.some((x) => x.type === p.type)) penalties.push(p);
    for (const m of other.measures) if (!measures.some((x) => x.type === m.type)) measures.push(m);
    for (const r of other.referrals) if (!referrals.some((x) => x.type === r.type)) referrals.push(r);
  }
  const penalizedBy = results.filter((r) => r.outcome === "penalty" || r.outcome === "may-waive");
  const outcome = penalties.length === 0 || penalizedBy.length === 0 ? winner.outcome : penalizedBy.some((r) => r.outcome === "penalty") ? "penalty" : "may-waive";
  const found = new Set(results.flatMap((r) => [...r.ctx.found]));
  const ctx = { ...winner.ctx, found };
  const id = (a: OffenseAssessment) => a.ctx.offense.def.id;
  const max = (a: OffenseAssessment) => a.fine?.out.statutory.max ?? null;
  const title = (a: OffenseAssessment) => `「${a.ctx.offense.def.title}」（${a.ctx.offense.penaltyBasis}）`;
  const list = results.map((x) => `${title(x)}，法定罚款上限 ${max(x) ?? "无"}`).join("；");
  return {
    ...winner,
    ctx,
    outcome,
    penalties,
    referrals,
    measures,
    warnings: [...winner.warnings, ...undeclared(results)],
    procedure: procedureFor(ctx, outcome, penalties, winner.fine?.figures ?? null),
    concurrent: results.map((x) => ({ offense: id(x), title: x.ctx.offense.def.title, statutoryMax: max(x), fineApplied: x === winner })),
    closing: [
      explain(
        "one-act",
        `同一违法行为违反多个法律规范：${list}；不得给予两次以上罚款，按照罚款数额高的规定（${title(winner)}）处罚；其他规定的其他种类处罚照常适用，程序按合并后的处罚确定`,
        `One act breaches several provisions: ${results.map(id).join(", ")}; one fine only, under the provision with the higher fine (${id(winner)}); the others' other penalties still apply, and the procedure follows the merged penalties`,
        ["行政处罚法第二十九条"],
      ),
    ],
  };
}

/** Rows cited for one act that the standard does not declare `concurrent` with each other: the officer should confirm it is one act. */
function undeclared(results: readonly OffenseAssessment[]): Warning[] {
  const [main, ...others] = results.map((r) => r.ctx.offense.def);
  if (!main) return [];
  const missing = others.filter((o) => !main.concurrent.includes(o.id) && !o.concurrent.includes(main.id)).map((o) => o.title);
  if (missing.length === 0) return [];
  return [warn("CONCURRENT_NOT_DECLARED", { main: main.title, others: missing.join("」「") })];
}
