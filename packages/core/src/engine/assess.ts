import { CailiangError } from "../errors.js";
import type { Registry } from "../registry.js";
import type { AssessResultT } from "../schema/assessment.js";

/**
 * Assesses one case against the registry's rules (DOMAIN.md pipeline). `input` is validated here:
 * anything may come in; a bad input gets INPUT_INVALID with every issue's JSON path.
 */
export async function assess(registry: Registry, input: unknown): Promise<AssessResultT> {
  void registry;
  void input;
  throw new CailiangError("INTERNAL", "尚未实现", "Not implemented yet");
}
