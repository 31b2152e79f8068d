import type { CailiangError, Issue } from "../errors.js";
import { failure, headline, issue, type FactProblem } from "../messages/issues.js";
import { validate } from "../load/zod-issues.js";
import type { CompiledOffense, CompiledRuleset } from "../model.js";
import { parseIsoDate } from "../dates.js";
import { D, parseDecimal, type Dec } from "../money.js";
import { AssessInput, type AssessInputParsed } from "../schema/assessment.js";
import type { FactDeclT } from "../schema/ruleset.js";
import { didYouMean } from "../load/did-you-mean.js";

/** The case's facts as conditions and computations see them: numbers as Decimal. */
export type CaseFacts = Readonly<Record<string, Dec | string | boolean>>;

function invalid(issues: Issue[]): CailiangError {
  return failure("INPUT_INVALID", headline("INPUT_INVALID", { count: issues.length }), issues);
}

/** Shape and dates of the input; throws INPUT_INVALID with every issue's JSON path. */
export function parseAssessInput(input: unknown): AssessInputParsed {
  const r = validate(AssessInput, input);
  if ("issues" in r) throw invalid(r.issues);
  checkAssessInput(r.data, (input as { facts?: unknown }).facts);
  return r.data;
}

/**
 * What the schema cannot say about an input it accepted (date order, concurrent ids, the party);
 * `rawFacts` are the facts as given, before zod. Throws INPUT_INVALID with every issue's JSON path.
 */
export function checkAssessInput(data: AssessInputParsed, rawFacts: unknown): void {
  const { dates } = data;
  const issues: Issue[] = [];
  const order = (later: keyof typeof dates, earlier: keyof typeof dates) => {
    const a = dates[later];
    const b = dates[earlier];
    if (a && b && a < b) issues.push(issue("DATES_ORDER", `dates.${later}`, { later, earlier }));
  };
  order("actEnded", "act");
  order("discovered", "act");
  order("filed", "discovered");
  order("decision", "act");
  order("decision", "filed");
  order("decision", "discovered");
  // z.record writes its output as `out[key] = value`, where a "__proto__" key would set the
  // prototype and vanish: refuse it as the unknown fact it is.
  if (rawFacts !== null && typeof rawFacts === "object" && Object.hasOwn(rawFacts, "__proto__")) {
    issues.push(issue("FACT_UNKNOWN", "facts.__proto__", { name: "__proto__" }));
  }
  const cited = new Set<string>([data.offense]);
  data.concurrent.forEach((id, i) => {
    const path = `concurrent[${i}]`;
    if (id === data.offense) issues.push(issue("CONCURRENT_SELF", path, { id }));
    else if (cited.has(id)) issues.push(issue("CONCURRENT_DUPLICATE", path, { id }));
    cited.add(id);
  });
  if (data.party.kind === "organization" && data.party.age != null) {
    issues.push(issue("AGE_FOR_ORGANIZATION", "party.age"));
  }
  if (data.party.kind === "organization" && data.party.capacity !== "full") {
    issues.push(issue("CAPACITY_FOR_ORGANIZATION", "party.capacity"));
  }
  // 两罚: the unit's directly responsible persons are natural persons.
  if (data.party.role === "responsible-person" && data.party.kind !== "individual") {
    issues.push(issue("ROLE_NEEDS_INDIVIDUAL", "party.role"));
  }
  if (issues.length > 0) throw invalid(issues);
}

/**
 * The facts, checked against what the offenses declare (the main one and any concurrent ones):
 * a missing required fact, an unknown fact, a wrong type or a negative amount is an error.
 */
export function checkFacts(offenses: readonly CompiledOffense[], facts: AssessInputParsed["facts"]): CaseFacts {
  const issues: Issue[] = [];
  const out: Record<string, Dec | string | boolean> = {};
  const declared = new Map<string, FactDeclT>();
  for (const o of offenses) for (const f of o.facts.values()) if (!declared.has(f.name)) declared.set(f.name, f);
  for (const [name, value] of Object.entries(facts)) {
    const path = `facts.${name}`;
    const decl = declared.get(name);
    if (!decl) {
      issues.push(issue("FACT_UNKNOWN", path, { name, declared: { names: [...declared.keys()], hint: didYouMean(name, declared.keys()) } }));
      continue;
    }
    if (value === null) continue;
    const v = coerce(decl, value);
    if (typeof v === "object" && "problem" in v) issues.push(issue("FACT_INVALID", path, { name, problem: v.problem }));
    else out[name] = v;
  }
  for (const o of offenses) {
    for (const f of o.facts.values()) {
      if (f.required && out[f.name] === undefined && !issues.some((i) => i.path === `facts.${f.name}`)) {
        issues.push(issue("FACT_MISSING", `facts.${f.name}`, { offense: o.def.id, name: f.name, title: f.title, titleEn: f.titleEn ?? f.title, when: "always" }));
      }
    }
  }
  if (issues.length > 0) throw invalid(issues);
  for (const o of offenses) {
    for (const [name, when] of o.requiredWhen) {
      const f = o.facts.get(name) as FactDeclT;
      // requiredWhen reads only always-required facts, all present by now.
      if (when(out)) {
        if (out[name] === undefined) issues.push(issue("FACT_MISSING", `facts.${name}`, { offense: o.def.id, name, title: f.title, titleEn: f.titleEn ?? f.title, when: "this-case" }));
      } else if (!offenses.some((x) => x.facts.get(name)?.required)) delete out[name]; // not this case's fact: no condition may read it (a warning says so)
    }
  }
  if (issues.length > 0) throw invalid(issues);
  return out;
}

/** Amounts above this are refused: no fine in any statute comes near, and a typo must not pass. */
const MAX_AMOUNT = D("1e15");

/** The fact's value as its declared type reads it, or what is wrong with it. */
function coerce(decl: FactDeclT, value: string | number | boolean): Dec | string | boolean | { problem: FactProblem } {
  const bad = (problem: FactProblem) => ({ problem });
  switch (decl.type) {
    case "money":
    case "number":
    case "integer": {
      const d = typeof value === "boolean" ? undefined : parseDecimal(value);
      if (!d) return bad("not-decimal");
      if (d.isNegative()) return bad("negative");
      if (decl.type === "integer" && !d.isInteger()) return bad("not-integer");
      if (decl.type === "money" && d.decimalPlaces() > 2) return bad("too-precise");
      if (d.gt(MAX_AMOUNT)) return bad("too-large");
      return d;
    }
    case "boolean":
      return typeof value === "boolean" ? value : bad("not-boolean");
    case "enum": {
      const allowed = (decl.values ?? []).map((v) => v.value);
      return typeof value === "string" && allowed.includes(value) ? value : bad({ oneOf: allowed });
    }
    case "date":
      return typeof value === "string" && parseIsoDate(value) !== undefined ? value : bad("not-date");
  }
}

/**
 * 两罚: the rows cited (the offense, then any concurrent ones) as they apply to the role named
 * (party.role); a row that penalizes no one but its own party has nothing for the responsible persons.
 */
export function forRole(offenses: readonly CompiledOffense[], role: AssessInputParsed["party"]["role"]): CompiledOffense[] {
  if (role === "organization") return [...offenses];
  const issues: Issue[] = [];
  const out = offenses.map((o, i) => {
    if (o.responsiblePersons) return o.responsiblePersons;
    issues.push(issue("ROLE_NOT_IN_OFFENSE", i === 0 ? "party.role" : `concurrent[${i - 1}]`, { id: o.def.id, title: o.def.title, basis: o.penaltyBasis }));
    return o;
  });
  if (issues.length > 0) throw invalid(issues);
  return out;
}

/** Circumstances must be declared (by the ruleset or one of the offenses), unrepeated and not mutually exclusive. */
export function checkCircumstances(version: CompiledRuleset, offenses: readonly CompiledOffense[], ids: readonly string[]): void {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const path = `circumstances[${i}]`;
    if (seen.has(id)) issues.push(issue("CIRCUMSTANCE_DUPLICATE", path, { id }));
    seen.add(id);
    if (!offenses.some((o) => o.circumstances.has(id))) {
      issues.push(issue("CIRCUMSTANCE_UNKNOWN", path, { id }));
    }
  });
  for (const g of version.def.exclusiveGroups) {
    const found = g.ids.filter((id) => seen.has(id));
    if (found.length > 1) {
      issues.push(issue("CIRCUMSTANCES_EXCLUSIVE", "circumstances", { ids: found, group: g.title }));
    }
  }
  if (issues.length > 0) throw invalid(issues);
}
