import type { AssessResultT, ExplanationEntryT } from "../schema/assessment.js";
import type { AppliedCircumstance } from "./circumstances.js";
import type { OffenseAssessment } from "./context.js";
import { warn, type Warning } from "../messages/warnings.js";
import { withLawRefs } from "./refs.js";
import type { CompiledRuleset } from "../model.js";

/** What the version step (art. 37) adds around the chosen assessment. */
export interface VersionParts {
  /** The entry that opens the explanation: which version applies and why. */
  opening?: ExplanationEntryT;
  /** The other version compared, when two were in force. */
  alternative?: AssessResultT["alternative"];
  /** Warnings of the version step, after the steps' own. */
  warnings?: readonly Warning[];
}

/** The result, written once from the chosen assessment: amounts are already decimal strings. */
export function writeResult(a: OffenseAssessment, parts: VersionParts = {}): AssessResultT {
  const { version, offense } = a.ctx;
  return {
    ruleset: { id: version.def.id, version: version.def.version, hash: version.hash },
    offense: { id: offense.def.id, title: offense.def.title },
    role: offense.role,
    circumstances: a.ctx.applied.map(circumstanceOut),
    concurrent: [...a.concurrent],
    alternative: parts.alternative ?? null,
    outcome: a.outcome,
    tier: a.tier ? { id: a.tier.id, title: a.tier.title } : null,
    penalties: [...a.penalties],
    referrals: [...a.referrals],
    fine: a.fine?.out ?? null,
    measures: [...a.measures],
    procedure: a.procedure.procedure,
    explanation: [...(parts.opening ? [parts.opening] : []), ...a.explanation, ...a.procedure.explanation, ...a.closing].map(withLawRefs(version)),
    warnings: [...a.warnings, ...a.procedure.warnings, ...(parts.warnings ?? []), ...draft(version)],
  };
}

/** A standard not yet issued: staff must see that its bands are not adopted. */
function draft(version: CompiledRuleset): Warning[] {
  return version.def.status === "draft" ? [warn("DRAFT_STANDARD", { title: version.def.title, version: version.def.version })] : [];
}

function circumstanceOut(c: AppliedCircumstance): AssessResultT["circumstances"][number] {
  return { id: c.id, title: c.title, effect: c.effect, mandatory: c.mandatory, basis: c.basis };
}
