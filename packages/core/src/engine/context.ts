import type { CompiledOffense, CompiledRuleset } from "../model.js";
import type { AssessInputParsed, AssessResultT, ExplanationEntryT } from "../schema/assessment.js";
import type { TierT } from "../schema/ruleset.js";
import { circumstanceKey } from "../conditions/circumstance-atom.js";
import { appliedCircumstances, type AppliedCircumstance } from "./circumstances.js";
import type { CaseFacts } from "./case-input.js";
import type { Warning } from "../messages/warnings.js";
import type { FineFigures } from "./fine.js";
import type { PenaltyOut, ReferralOut } from "./penalties.js";
import type { ProcedureResult } from "./procedure.js";

/** Everything the steps of one offense under one version read: built once per offense. */
export interface OffenseContext {
  readonly version: CompiledRuleset;
  readonly offense: CompiledOffense;
  readonly input: AssessInputParsed;
  /** The facts, with the circumstances found as conditions read them (`circumstance:<id>`: true). */
  readonly facts: CaseFacts;
  /** The circumstances found that this offense knows, with those that come from the party. */
  readonly applied: readonly AppliedCircumstance[];
  /** The ids of the circumstances found that this offense knows. */
  readonly found: ReadonlySet<string>;
}

export function offenseContext(version: CompiledRuleset, offense: CompiledOffense, input: AssessInputParsed, facts: CaseFacts): OffenseContext {
  const own = input.circumstances.filter((c) => offense.circumstances.has(c));
  // Conditions read the circumstances found as `circumstance:<id>` (circumstance-atom.ts).
  return { version, offense, input, facts: own.length === 0 ? facts : withCircumstances(facts, own), applied: appliedCircumstances(offense, input.party, own), found: new Set(own) };
}

function withCircumstances(facts: CaseFacts, found: readonly string[]): CaseFacts {
  const out: Record<string, CaseFacts[string]> = {};
  for (const name in facts) out[name] = facts[name] as CaseFacts[string];
  for (const id of found) out[circumstanceKey(id)] = true;
  return out;
}

export type MeasureOut = AssessResultT["measures"][number];
export type ConcurrentOut = AssessResultT["concurrent"][number];

/** One offense assessed under one version: each step's part, before the result is written out. */
export interface OffenseAssessment {
  readonly ctx: OffenseContext;
  readonly outcome: AssessResultT["outcome"];
  readonly tier: TierT | null;
  readonly penalties: readonly PenaltyOut[];
  /** Penalties another authority imposes: referred, not imposed. */
  readonly referrals: readonly ReferralOut[];
  /** The fine in exact decimals, and as it leaves the API. */
  readonly fine: { figures: FineFigures; out: NonNullable<AssessResultT["fine"]> } | null;
  readonly measures: readonly MeasureOut[];
  /** The entries of the steps up to the measures. */
  readonly explanation: readonly ExplanationEntryT[];
  /** The steps' own warnings. */
  readonly warnings: readonly Warning[];
  /** The procedure for the outcome, with its entries and warnings. */
  readonly procedure: ProcedureResult;
  /** Entries after the procedure's (art. 29's one-act entry). */
  readonly closing: readonly ExplanationEntryT[];
  /** Art. 29: the provisions of the same act, when there are several. */
  readonly concurrent: readonly ConcurrentOut[];
}
