import type { AssessResultT } from "../schema/assessment.js";

/** What the assessment says about 减轻 (a fine below the statutory minimum) for this case. */
export interface Reduction {
  /** A legal ground for 减轻 is present (arts. 30, 31, 32, or the standard's own list). */
  ground: boolean;
  /** The 减轻 range the standard offers, a reduced fine is judged against; null when it offers none. */
  range: { min: string; max: string } | null;
  basis: string[];
}

const REDUCING = new Set(["reduce", "mitigate-or-reduce"]);

/**
 * The one place review reads the 减轻 judgement from an assessment: the range the result offers
 * beside the 从轻 one (`fine.reduction`) whenever a legal ground is found.
 */
export function reductionOf(result: AssessResultT): Reduction {
  const grounds = result.circumstances.filter((c) => REDUCING.has(c.effect));
  const offered = result.fine?.reduction ?? null;
  return {
    ground: offered !== null || grounds.length > 0,
    range: offered && { min: offered.min, max: offered.max },
    basis: offered ? offered.basis : grounds.map((c) => c.basis),
  };
}
