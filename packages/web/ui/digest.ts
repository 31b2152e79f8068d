import { sha256 } from "@noble/hashes/sha2.js";

/**
 * The core hashes rule data with Web Crypto, which browsers give only to secure contexts
 * (https, or localhost). On an intranet served over plain http, the page supplies the same
 * SHA-256 from an audited library, so the workbench still checks and computes there.
 */
export function ensureDigest(): void {
  const c = globalThis.crypto as Crypto | undefined;
  if (!c || c.subtle) return;
  const digest = async (_algorithm: AlgorithmIdentifier, data: BufferSource): Promise<ArrayBuffer> => {
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return sha256(bytes).slice().buffer as ArrayBuffer;
  };
  Object.defineProperty(c, "subtle", { value: { digest }, configurable: true });
}
