import { CailiangError, type Issue } from "../errors.js";
import { offenseNotFound, type CompiledOffense, type CompiledRuleset } from "../model.js";
import { MissingFactsError } from "../conditions/prepared.js";
import type { Registry } from "../registry.js";
import type { AssessInputParsed, AssessResultT } from "../schema/assessment.js";
import { assessOffense } from "./assess-offense.js";
import { checkCircumstances, checkFacts, forRole, parseAssessInput } from "./case-input.js";
import { offenseContext, type OffenseAssessment } from "./context.js";
import { explain } from "./explain.js";
import { warn, type Warning } from "../messages/warnings.js";
import { procedureFor } from "./procedure.js";
import { compareFine, compareSeverity } from "./lighter.js";
import { cite } from "../law/cite.js";
import { OUTCOMES } from "../schema/vocabulary.js";
import { sentence } from "../messages/explanations.js";
import { failure, headline, issue } from "../messages/issues.js";
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
      opening: explain("version", sentence.VERSION_AT_ACT({ act: parsed.dates.act, title: atAct.def.title, version: atAct.def.version }), ["行政处罚法第三十七条"]),
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
    opening: explain("version", sentence.VERSION_AT_DECISION_ONLY({ warning }), ["行政处罚法第三十七条"]),
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
  let fresh: OffenseAssessment;
  try {
    const concurrent = parsed.concurrent.map((id) => laterId(atDecision, id) ?? id);
    fresh = assessVersion(atDecision, { ...parsed, offense: later, concurrent });
  } catch (err) {
    if (!(err instanceof CailiangError) || (err.code !== "INPUT_INVALID" && err.code !== "OFFENSE_NOT_FOUND")) throw err;
    return writeResult(old, {
      opening: explain("version", sentence.VERSION_ACT_TIME({ version: v(atAct) }), basis),
      warnings: [warn("LEX_MITIOR_NOT_COMPARED", { version: v(atDecision), zh: err.zh, en: err.en })],
    });
  }
  const newer = compareSeverity(fresh, old) < 0;
  const [chosen, other, chosenV] = newer ? [fresh, old, atDecision] : [old, fresh, atAct];
  const computed = (a: OffenseAssessment) => ({ outcome: { zh: OUTCOMES[a.outcome].zh, en: a.outcome }, point: point(a) ?? "—" });
  const renamed = later !== parsed.offense ? { id: later, title: atDecision.offenses.get(later)?.def.title ?? later } : null;
  const { act, decision } = parsed.dates;
  return writeResult(chosen, {
    alternative: { version: v(other.ctx.version), outcome: other.outcome, point: point(other) },
    opening: explain(
      "version",
      sentence.VERSIONS_COMPARED({ act, decision, atAct: v(atAct), atDecision: v(atDecision), renamed, old: computed(old), fresh: computed(fresh), newer, chosen: v(chosenV) }),
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
      opening: explain("version", sentence.VERSION_ACT_TIME({ version: v(atAct) }), ["行政处罚法第三十七条"]),
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
        sentence.STATUTE_CHANGED({ article, law: change.law, articleNo: change.article, change: change.change, date: change.date, note: change.note ?? null }),
        ["行政处罚法第三十七条", article],
      ),
    },
  );
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
    throw failure("OFFENSE_NOT_FOUND", first, notFound);
  }
  const all = forRole([main, ...(others as CompiledOffense[])], parsed.party.role);
  const facts = checkFacts(all, parsed.facts);
  checkCircumstances(version, all, parsed.circumstances);
  const results = all.map((o) => {
    try {
      return assessOffense(offenseContext(version, o, parsed, facts));
    } catch (err) {
      if (err instanceof MissingFactsError) {
        const issues = err.facts.map((name) => issue("FACT_MISSING", `facts.${name}`, { offense: o.def.id, name, when: "condition" }));
        throw failure("INPUT_INVALID", headline("FACTS_FOR_CONDITIONS_MISSING", { names: err.facts }), issues);
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
  const row = (a: OffenseAssessment) => ({ id: id(a), title: a.ctx.offense.def.title, basis: a.ctx.offense.penaltyBasis });
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
      explain("one-act", sentence.ONE_ACT({ rows: results.map((x) => ({ ...row(x), max: max(x) })), winner: row(winner) }), ["行政处罚法第二十九条"]),
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
