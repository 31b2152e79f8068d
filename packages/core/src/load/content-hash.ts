import type { RulesetT } from "../schema/ruleset.js";

/**
 * "sha256:<hex>" of a ruleset's canonical content: the validated rules (the loader leaves out
 * `$schema`) written as JSON, keys in the order of the format, which the validator gives every
 * object whatever the order in the file, so the hash changes with what the rules say and not with
 * how the file is laid out. The working-day calendar the engine counts deadlines with (its
 * years and a digest of its table) is hashed with it, so "same input, same hash, same output"
 * holds across upgrades of the calendar package.
 */
async function contentHash(value: unknown, calendar: string): Promise<string> {
  return `sha256:${await sha256Hex(`${JSON.stringify(value)}\n${calendar}`)}`;
}

/** node:crypto where the platform has it (found at run time, so the core imports nothing from node:). */
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.("node:crypto") as
  | typeof import("node:crypto")
  | undefined;

/**
 * SHA-256 of the UTF-8 bytes of `text`, in hex. Node hashes the string as it is; elsewhere Web
 * Crypto needs it encoded first, into a copy as large as the pack (the two agree: content-hash.test.ts).
 */
export async function sha256Hex(text: string, crypto: "node" | "web" = nodeCrypto ? "node" : "web"): Promise<string> {
  if (crypto === "node" && nodeCrypto) return nodeCrypto.createHash("sha256").update(text, "utf8").digest("hex");
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
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
