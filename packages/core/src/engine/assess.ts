import { CailiangError, type Issue } from "../errors.js";
import { offenseNotFound, type CompiledOffense, type CompiledRuleset } from "../model.js";
import { MissingFactsError } from "../conditions/prepared.js";
import type { Registry } from "../registry.js";
import type { AssessInputParsed, AssessResultT } from "../schema/assessment.js";
import { assessOffense, type OffenseAssessment } from "./assess-offense.js";
import { checkCircumstances, checkFacts, parseAssessInput } from "./case-input.js";
import { explain } from "./explain.js";
import { compareFine, compareSeverity } from "./lighter.js";

/**
 * Assesses one case against the registry's rules (DOMAIN.md pipeline) and explains every step.
 * `input` is validated here, so anything may come in: a bad input gets INPUT_INVALID listing every
 * issue with its JSON path. Pure: no clock, no disk; the same input and ruleset hash give the
 * same result.
 *
 * @example
 * const result = await assess(registry, {
 *   offense: "dlf-71",
 *   party: { kind: "organization" },
 *   dates: { act: "2026-03-01", discovered: "2026-05-20", filed: "2026-05-22", decision: "2026-06-10" },
 *   facts: { unpaidFee: "12000.50" },
 *   circumstances: ["eliminated-harm"],
 * });
 * result.fine?.recommended.point; // "12000"
 */
export async function assess(registry: Registry, input: unknown): Promise<AssessResultT> {
  const parsed = parseAssessInput(input);
  const id = registry.resolveId(parsed.ruleset);
  const atAct = registry.get(id, parsed.dates.act);
  const atDecision = registry.inForce(id, parsed.dates.decision);
  const old = await assessVersion(atAct, parsed);
  if (!atDecision || atDecision === atAct) {
    const r = old.result;
    r.explanation.unshift(explain("version", `适用违法行为发生时（${parsed.dates.act}）施行的《${atAct.def.title}》${atAct.def.version} 版`, `The version in force on the date of the act (${parsed.dates.act}) applies: ${atAct.def.version}`, ["行政处罚法第三十七条"]));
    return r;
  }
  return lexMitior(atAct, atDecision, parsed, old);
}

/** 行政处罚法第三十七条: the law at the time of the act, unless the law at the decision is lighter. */
async function lexMitior(atAct: CompiledRuleset, atDecision: CompiledRuleset, parsed: AssessInputParsed, old: OffenseAssessment): Promise<AssessResultT> {
  const basis = ["行政处罚法第三十七条"];
  const v = (r: CompiledRuleset) => r.def.version;
  if (!atDecision.offenses.has(parsed.offense)) {
    const r = old.result;
    r.alternative = { version: v(atAct), outcome: r.outcome, point: r.fine?.recommended.point ?? null };
    return {
      ...r,
      outcome: "no-penalty",
      ruleset: { id: atDecision.def.id, version: v(atDecision), hash: atDecision.hash },
      tier: null,
      penalties: [],
      fine: null,
      measures: [],
      warnings: [],
      procedure: { ...r.procedure, summary: false, hearing: false, legalReview: false, collectiveDiscussion: false, major: false, filingRequired: false, deadlines: { ...r.procedure.deadlines, report: null } },
      explanation: [explain("version", `作出决定时施行的 ${v(atDecision)} 版已不再规定该违法行为，适用新的规定，不予处罚`, `The version in force at the decision (${v(atDecision)}) no longer has this offense: the new rule applies, no penalty`, basis)],
    };
  }
  let fresh: OffenseAssessment;
  try {
    fresh = await assessVersion(atDecision, parsed);
  } catch (err) {
    if (!(err instanceof CailiangError) || err.code !== "INPUT_INVALID") throw err;
    const r = old.result;
    r.warnings.push({ code: "LEX_MITIOR_NOT_COMPARED", zh: `无法按决定时施行的 ${v(atDecision)} 版计算（${err.zh}），未作新旧比较`, en: `Could not assess under the version at the decision (${v(atDecision)}: ${err.en}); no comparison made` });
    r.explanation.unshift(explain("version", `适用违法行为发生时施行的 ${v(atAct)} 版`, `The version at the time of the act (${v(atAct)}) applies`, basis));
    return r;
  }
  const newer = compareSeverity(fresh, old) < 0;
  const [chosen, other, chosenV, otherV] = newer ? [fresh, old, atDecision, atAct] : [old, fresh, atAct, atDecision];
  const r = chosen.result;
  const point = (a: OffenseAssessment) => a.result.fine?.recommended.point ?? "—";
  r.alternative = { version: v(otherV), outcome: other.result.outcome, point: other.result.fine?.recommended.point ?? null };
  r.explanation.unshift(
    explain(
      "version",
      `行为时（${parsed.dates.act}）施行 ${v(atAct)} 版，决定时（${parsed.dates.decision}）施行 ${v(atDecision)} 版；两版计算：${v(atAct)} 版 ${old.result.outcome}、建议罚款 ${point(old)}，${v(atDecision)} 版 ${fresh.result.outcome}、建议罚款 ${point(fresh)}；${newer ? "新的规定处罚较轻，适用新的规定" : "新的规定并不较轻，适用行为时的规定"}（适用 ${v(chosenV)} 版）`,
      `At the act (${parsed.dates.act}) version ${v(atAct)} was in force; at the decision (${parsed.dates.decision}) version ${v(atDecision)}. Under ${v(atAct)}: ${old.result.outcome}, point ${point(old)}; under ${v(atDecision)}: ${fresh.result.outcome}, point ${point(fresh)}. ${newer ? "The new rule is lighter and applies" : "The new rule is not lighter; the rule at the act applies"} (${v(chosenV)})`,
      basis,
    ),
  );
  return r;
}

/** One version: the offense and any concurrent provisions of the same act (art. 29). */
async function assessVersion(version: CompiledRuleset, parsed: AssessInputParsed): Promise<OffenseAssessment> {
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
  const all = [main, ...(others as CompiledOffense[])];
  const facts = checkFacts(all, parsed.facts);
  checkCircumstances(version, all, parsed.circumstances);
  const results: OffenseAssessment[] = [];
  for (const o of all) {
    const own = { ...parsed, circumstances: parsed.circumstances.filter((c) => o.circumstances.has(c)) };
    try {
      results.push(await assessOffense(version, o, own, facts));
    } catch (err) {
      if (err instanceof MissingFactsError) {
        const issues = err.facts.map((f) => ({ code: "FACT_MISSING", path: `facts.${f}`, zh: `违法行为 ${o.def.id} 的条件需要事实 "${f}"`, en: `The conditions of offense ${o.def.id} need the fact "${f}"` }));
        throw new CailiangError("INPUT_INVALID", `缺少条件所需的事实：${err.facts.join("、")}`, `Facts needed by the conditions are missing: ${err.facts.join(", ")}`, issues);
      }
      throw err;
    }
  }
  return results.length === 1 ? (results[0] as OffenseAssessment) : oneAct(results);
}

/**
 * 行政处罚法第二十九条: one act that breaches several provisions is fined once, under the
 * provision with the higher fine; the other provisions' other penalties and measures still apply.
 */
function oneAct(results: readonly OffenseAssessment[]): OffenseAssessment {
  const winner = [...results].sort((a, b) => compareFine(b, a))[0] as OffenseAssessment;
  const r = structuredClone(winner.result);
  for (const other of results) {
    if (other === winner) continue;
    for (const p of other.result.penalties) if (p.type !== "fine" && !r.penalties.some((x) => x.type === p.type)) r.penalties.push(p);
    for (const m of other.result.measures) if (!r.measures.some((x) => x.type === m.type)) r.measures.push(m);
  }
  r.concurrent = results.map((x) => ({
    offense: x.result.offense.id,
    title: x.result.offense.title,
    statutoryMax: x.result.fine?.statutory.max ?? null,
    fineApplied: x === winner,
  }));
  const list = results.map((x) => `${x.result.offense.id}（法定罚款上限 ${x.result.fine?.statutory.max ?? "无"}）`).join("、");
  r.explanation.push(
    explain(
      "one-act",
      `同一违法行为违反多个法律规范：${list}；不得给予两次以上罚款，按照罚款数额高的规定（${winner.result.offense.id}）处罚`,
      `One act breaches several provisions: ${results.map((x) => x.result.offense.id).join(", ")}; one fine only, under the provision with the higher fine (${winner.result.offense.id})`,
      ["行政处罚法第二十九条"],
    ),
  );
  return { result: r, figures: winner.figures };
}
