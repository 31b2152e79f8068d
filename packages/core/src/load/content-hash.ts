import type { RulesetT } from "../schema/ruleset.js";

/**
 * "sha256:<hex>" of a ruleset's canonical content: the validated rules (the loader leaves out
 * `$schema`) written as JSON, keys in the order of the format, which the validator gives every
 * object whatever the order in the file, so the hash changes with what the rules say and not with
 * how the file is laid out. The working-day calendar the engine counts deadlines with (its
 * years and a digest of its table) is hashed with it, so "same input, same hash, same output"
 * holds across upgrades of the calendar package.
 */
async function contentHash(value: Record<string, unknown>, calendar: string): Promise<string> {
  function* text(): Generator<string> {
    yield* jsonPieces(value);
    yield `\n${calendar}`;
  }
  return `sha256:${await sha256HexOf(text())}`;
}

/**
 * `JSON.stringify(value)` of a data object (JSON values only, no `toJSON`) in pieces whose
 * concatenation is exactly that text: each member of an array field is one piece, so a pack of
 * 10,000 offenses is never written out as one string as large as the pack (content-hash.test.ts).
 */
export function* jsonPieces(value: Record<string, unknown>): Generator<string> {
  let sep = "{";
  for (const [key, member] of Object.entries(value)) {
    // JSON.stringify leaves out members it cannot write.
    if (member === undefined || typeof member === "function" || typeof member === "symbol") continue;
    const name = `${sep}${JSON.stringify(key)}:`;
    sep = ",";
    if (!Array.isArray(member)) {
      yield `${name}${JSON.stringify(member)}`;
      continue;
    }
    yield `${name}[`;
    for (let i = 0; i < member.length; i++) yield `${i > 0 ? "," : ""}${JSON.stringify(member[i]) ?? "null"}`;
    yield "]";
  }
  yield sep === "{" ? "{}" : "}";
}

/** node:crypto where the platform has it (found at run time, so the core imports nothing from node:). */
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.("node:crypto") as
  | typeof import("node:crypto")
  | undefined;

/**
 * SHA-256 of the UTF-8 bytes of the concatenated `pieces`, in hex. Node hashes them one after
 * another as they are; elsewhere Web Crypto needs the whole text encoded first, into a copy as large
 * as the pack. The two agree (content-hash.test.ts) as long as no piece ends inside a surrogate
 * pair, which JSON.stringify's never do (it escapes a lone surrogate).
 */
export async function sha256HexOf(pieces: Iterable<string>, crypto: "node" | "web" = nodeCrypto ? "node" : "web"): Promise<string> {
  if (crypto === "node" && nodeCrypto) {
    const hash = nodeCrypto.createHash("sha256");
    for (const piece of pieces) hash.update(piece, "utf8");
    return hash.digest("hex");
  }
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode([...pieces].join("")));
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
