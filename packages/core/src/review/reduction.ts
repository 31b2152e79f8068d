import type { AssessResultT } from "../schema/assessment.js";

/** What the assessment says about 减轻 (a fine below the statutory minimum) for this case. */
export interface Reduction {
  /** A legal ground for 减轻 is present (arts. 30, 31, 32, or the standard's own list). */
  ground: boolean;
  /** The range a reduced fine is judged against; null when the standard recommends none. */
  range: { min: string; max: string } | null;
  basis: string[];
}

const REDUCING = new Set(["reduce", "mitigate-or-reduce"]);

/**
 * The one place review reads the 减轻 judgement from an assessment. Today the result carries it as
 * `fine.reduced` (the recommended range is then the 减轻 range); when the result gains a 减轻
 * range of its own beside the 从轻 one, only this function changes.
 */
export function reductionOf(result: AssessResultT): Reduction {
  const grounds = result.circumstances.filter((c) => REDUCING.has(c.effect));
  const reduced = result.fine?.reduced === true;
  return {
    ground: reduced || grounds.length > 0,
    range: reduced && result.fine ? { min: result.fine.recommended.min, max: result.fine.recommended.max } : null,
    basis: grounds.map((c) => c.basis),
  };
}
