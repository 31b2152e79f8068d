import type { CircumstanceConditionT, FactConditionT } from "../schema/condition.js";

/**
 * A circumstance read by a condition is seen as a boolean fact named `circumstance:<id>`: true when
 * the case records it, false (or absent) otherwise. No declared fact can take the name (fact names
 * are camelCase, without a colon), so the compiled conditions, json-rules-engine, the regions and
 * the coverage proof all treat it as one more boolean, with no second code path.
 */
const PREFIX = "circumstance:";

/** The names made so far: the rule data's circumstance ids, which come back with every case that names them. */
const keys = new Map<string, string>();

export function circumstanceKey(id: string): string {
  let key = keys.get(id);
  if (key === undefined) keys.set(id, (key = PREFIX + id));
  return key;
}

/** The circumstance id behind a condition fact name, or undefined for a declared fact. */
export function circumstanceOfKey(key: string): string | undefined {
  return key.startsWith(PREFIX) ? key.slice(PREFIX.length) : undefined;
}

/** The comparison a circumstance condition means: `circumstance:<id>` equal true. */
export function asComparison(c: CircumstanceConditionT): FactConditionT {
  return { fact: circumstanceKey(c.circumstance), operator: "equal", value: true };
}

