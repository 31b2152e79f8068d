/**
 * "sha256:<hex>" of a ruleset's canonical content: keys sorted, `$schema` left out, so the hash
 * changes with what the rules say and not with how the file is laid out. The working-day calendar
 * the engine counts deadlines with (its years and a digest of its table) is hashed with it, so
 * "same input, same hash, same output" holds across upgrades of the calendar package. Web Crypto
 * keeps the core free of node: imports.
 */
export async function contentHash(value: unknown, calendar: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${canonicalJson(value)}\n${calendar}`);
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes);
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortedKeys);
}

/** The platform's JSON.stringify writes each object through this: keys in order, `$schema` out (undefined values it drops itself). */
function sortedKeys(this: unknown, _key: string, v: unknown): unknown {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) if (k !== "$schema") out[k] = (v as Record<string, unknown>)[k];
  return out;
}
