import { z } from "zod";

/** A memoizer that keeps no record: containers built under it parse as they did before zod 4.6. */
const NO_CYCLES: z.core.$ZodMemoizer = {
  attach() {},
  guard() {},
  alloc: (_inst, _payload, empty) => empty,
};

/**
 * zod gives every container above a recursive schema (Condition) cycle support: each object and
 * array of a rule file is recorded in a WeakMap during the parse, so an input that refers back to
 * itself resolves. A rule file is JSON text, which cannot hold a reference cycle, and the records
 * cost a third of the validation of a large pack and much of its garbage collection. zod reads its
 * `memoizer` setting when a schema is constructed: the rule-pack schema modules call this first
 * and the function it returns last, so their own schemas are built without it and every other
 * schema, in this process or a user's, keeps zod's default. A JavaScript object that refers back to
 * itself, given to these schemas directly, overflows the stack (RangeError), as before zod 4.6.
 */
export function withoutCycleSupport(): () => void {
  const saved = z.config().memoizer;
  z.config({ memoizer: NO_CYCLES });
  return () => z.config({ memoizer: saved });
}
