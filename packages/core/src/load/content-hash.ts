import type { RulesetT } from "../schema/ruleset.js";

/**
 * "sha256:<hex>" of a ruleset's canonical content: the validated rules (the loader leaves out
 * `$schema`) written as JSON, keys in the order of the format, which the validator gives every
 * object whatever the order in the file, so the hash changes with what the rules say and not with
 * how the file is laid out. The working-day calendar the engine counts deadlines with (its
 * years and a digest of its table) is hashed with it, so "same input, same hash, same output"
 * holds across upgrades of the calendar package. Web Crypto keeps the core free of node: imports.
 */
async function contentHash(value: unknown, calendar: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${JSON.stringify(value)}\n${calendar}`);
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes);
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * The hash of one version. Two fields are left out, as they are written after the content is
 * settled: `effectiveTo`, set when a later version is adopted (closing an issued version must not
 * change the hash that decisions made under it record), and `issuedHash`, the hash itself.
 */
export async function rulesetHash(def: RulesetT, calendar: string): Promise<string> {
  const { effectiveTo: _closedLater, issuedHash: _recordedHash, ...content } = def;
  return contentHash(content, calendar);
}
