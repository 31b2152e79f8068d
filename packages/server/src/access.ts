import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { rateLimiter } from "hono-rate-limiter";
import type { AppEnv } from "./env.js";
import { rateLimited } from "./errors.js";

/** Browsers on these origins may call the API (CORS); none by default. */
export function corsFor(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  return cors({ origin: [...origins], allowMethods: ["GET", "HEAD", "POST"], exposeHeaders: ["X-Request-Id", "Retry-After"], maxAge: 600 });
}

/** The service routes a probe or scraper calls: never rate-limited. */
const UNLIMITED = new Set(["/healthz", "/readyz", "/metrics"]);

/**
 * At most `perMinute` requests a minute from one client (its TCP peer address; put the limit in
 * the proxy instead when there is one). Above it: 429 RATE_LIMITED with Retry-After.
 */
export function rateLimitPerClient(perMinute: number): MiddlewareHandler<AppEnv> {
  const windowMs = 60_000;
  return rateLimiter<AppEnv>({
    windowMs,
    limit: perMinute,
    standardHeaders: "draft-7",
    keyGenerator: clientAddress,
    skip: (c) => UNLIMITED.has(c.req.path),
    handler: (c) => {
      const seconds = Math.ceil(windowMs / 1000);
      c.header("retry-after", String(seconds));
      throw rateLimited(seconds);
    },
  });
}

function clientAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "in-process"; // app.request() in tests and embedding: no socket
  }
}
