import type { Dec } from "../money.js";
import type { AssessResultT } from "../schema/assessment.js";
import type { DecidedCaseParsed } from "./decided-case.js";

/** What every check reads: the decided case, the assessment of its own facts, and a few derived facts. */
export interface ReviewContext {
  decided: DecidedCaseParsed["decided"];
  result: AssessResultT;
  /** Penalty types the statute allows as an option, which the standard's tier did not choose. */
  optionalByStatute: ReadonlySet<string>;
  /** Where the filing date came from, for the path of a finding. */
  filedPath: string;
  filed: string | undefined;
  /** Each decided fine with its amount and index in decided.penalties. */
  fines: Array<{ index: number; amount: Dec }>;
}

/** The basis of an explanation step of the assessment (the article or standard's rule it cites). */
export function stepBasis(result: AssessResultT, step: AssessResultT["explanation"][number]["step"]): string[] {
  return result.explanation.filter((e) => e.step === step).flatMap((e) => e.basis);
}
