import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./env.js";
import { payloadTooLarge } from "./errors.js";

/**
 * 413 above `maxBytes`. A body with a Content-Length is judged by it (Node's parser never reads
 * past the declared length), which keeps the request on @hono/node-server's fast path; only a
 * chunked body, whose length is known at its end, is counted as it streams (hono's bodyLimit, which
 * costs several times the assessment itself).
 */
export function limitBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  const streamed = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw payloadTooLarge(maxBytes);
    },
  });
  return async (c, next) => {
    const declared = c.req.header("content-length");
    if (declared === undefined) return streamed(c, next);
    if (Number(declared) > maxBytes) throw payloadTooLarge(maxBytes);
    await next();
  };
}
