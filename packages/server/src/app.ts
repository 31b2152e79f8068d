import { OpenAPIHono } from "@hono/zod-openapi";
import { toCailiangError, CailiangError, issueLines, type Registry } from "@cailiang/core";
import type { Context } from "hono";
import { requestId } from "hono/request-id";
import { matchedRoutes } from "hono/route";
import { secureHeaders } from "hono/secure-headers";
import { corsFor, rateLimitPerClient } from "./access.js";
import { docsRoutes } from "./docs.js";
import type { App, AppEnv } from "./env.js";
import { allowedMethods } from "./allow.js";
import { clip, errorBody, httpStatus, invalidRequest, methodNotAllowed, routeNotFound } from "./errors.js";
import type { Lifecycle } from "./http-server.js";
import { errorFields, silentLogger, type Logger } from "./logger.js";
import { Metrics } from "./metrics.js";
import { assessRoutes } from "./routes/assess.js";
import { batchRoutes } from "./routes/batch.js";
import { reviewRoutes } from "./routes/review.js";
import { rulesetRoutes } from "./routes/rulesets.js";
import { serviceRoutes } from "./routes/service.js";
import { webRoutes } from "./routes/web.js";
import { staticRegistry, type RegistryRef } from "./rules.js";

export type AppOptions = ({ registry: Registry } | { registryRef: RegistryRef }) & {
  /** Structured logger; silent by default. */
  logger?: Logger;
  /** Largest accepted request body, in bytes (413 above it). Default 64 KiB. */
  maxBodyBytes?: number;
  /** Set by the Node server on shutdown: /readyz then answers 503. */
  lifecycle?: Lifecycle;
  /** Where /metrics counts; a new set by default. */
  metrics?: Metrics;
  /** Origins whose browsers may call the API (CORS). None by default: CORS off. */
  corsOrigins?: readonly string[];
  /** Requests a minute allowed per client (429 above). 0 or absent: no limit. */
  rateLimitPerMinute?: number;
};

/** Default body limit: an assessment input is a few hundred bytes. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

const API_INFO = {
  title: "cailiang API",
  version: "1.0.0",
  description: "行政处罚裁量基准：assess cases against validated discretion standards, and browse them. Errors share one envelope with stable codes; messages in Chinese and English.",
};

/**
 * The HTTP API as a Hono app (no socket: serve it with @hono/node-server, or call `app.request()`).
 * @example
 * const app = createApp({ registry: await loadRegistryFromDir("rules") });
 * const res = await app.request("/v1/rulesets");
 */
export function createApp(options: AppOptions): App {
  const rules = "registryRef" in options ? options.registryRef : staticRegistry(options.registry);
  const logger = options.logger ?? silentLogger;
  const metrics = options.metrics ?? new Metrics(rules);
  const app: App = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalidRequest(result.target, result.error);
    },
  });

  // An incoming X-Request-Id is kept only when well-formed (1–64 of [A-Za-z0-9_=-]); else a new UUID.
  app.use(requestId({ limitLength: 64 }));
  app.use(async (c, next) => {
    const start = performance.now();
    await next();
    const ms = performance.now() - start;
    const route = matchedRoutes(c).filter((r) => r.method !== "ALL").at(-1)?.path ?? "unmatched";
    metrics.observe(c.req.method, route, c.res.status, ms / 1000);
    logger.info("request", {
      requestId: c.get("requestId"),
      method: c.req.method,
      path: clip(c.req.path, 200),
      status: c.res.status,
      ms: Math.round(ms * 100) / 100,
    });
  });
  if (options.corsOrigins?.length) app.use(corsFor(options.corsOrigins));
  if (options.rateLimitPerMinute) app.use(rateLimitPerClient(options.rateLimitPerMinute));
  app.use(
    secureHeaders({
      // Strict, but enough for the Swagger UI page: its scripts and styles are served from here.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );

  app.onError((err, c) => respondWithError(c, err, logger));
  app.notFound((c) => {
    const allow = allowedMethods(app.routes, c.req.path);
    if (allow.length === 0) return respondWithError(c, routeNotFound(c.req.method, c.req.path), logger);
    c.header("allow", allow.join(", "));
    return respondWithError(c, methodNotAllowed(c.req.method, allow), logger);
  });

  // One line per group of routes.
  assessRoutes(app, rules, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  batchRoutes(app, rules);
  reviewRoutes(app, rules);
  rulesetRoutes(app, rules);
  serviceRoutes(app, rules, options.lifecycle ?? { draining: false }, metrics);
  docsRoutes(app, API_INFO);
  webRoutes(app, rules);
  return app;
}

/** The envelope for anything thrown: a CailiangError as it is, anything else as INTERNAL without detail. */
function respondWithError(c: Context<AppEnv>, err: unknown, logger: Logger): Response {
  const error = toCailiangError(err);
  const requestId = c.get("requestId");
  if (!(err instanceof CailiangError)) logger.error("unexpected error", { requestId, ...errorFields(err) });
  else if (httpStatus(error.code) >= 500) {
    logger.error(error.code === "RULESET_INVALID" ? "rule data error" : "internal error", { requestId, code: error.code, message: error.en, issues: issueLines(error.issues) });
  }
  return c.json(errorBody(error), httpStatus(error.code));
}
