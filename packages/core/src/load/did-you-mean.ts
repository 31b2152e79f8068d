import { closest, distance } from "fastest-levenshtein";

/**
 * ` / did you mean` for a name not found among `known`: the closest one when it is near enough to
 * be a misspelling (at most a third of its letters differ, and at least one letter may), else
 * empty strings. Case is ignored when measuring.
 * @example
 * didYouMean("unpaidFe", ["unpaidFee", "gain"]); // { zh: "，您是否要写 \"unpaidFee\"？", en: " (did you mean \"unpaidFee\"?)" }
 */
export function didYouMean(name: string, known: Iterable<string>): { zh: string; en: string } {
  const list = [...known];
  if (list.length === 0) return { zh: "", en: "" };
  const lower = list.map((k) => k.toLowerCase());
  const best = closest(name.toLowerCase(), lower);
  const found = list[lower.indexOf(best)];
  if (found === undefined || distance(name.toLowerCase(), best) > Math.max(1, Math.floor(name.length / 3))) return { zh: "", en: "" };
  return { zh: `，您是否要写 "${found}"？`, en: ` (did you mean "${found}"?)` };
}
