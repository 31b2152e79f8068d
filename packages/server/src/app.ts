import { OpenAPIHono } from "@hono/zod-openapi";
import { toCailiangError, CailiangError, type Registry } from "@cailiang/core";
import type { Context } from "hono";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { docsRoutes } from "./docs.js";
import type { App, AppEnv } from "./env.js";
import { httpStatus, invalidRequest, routeNotFound } from "./errors.js";
import { errorFields, silentLogger, type Logger } from "./logger.js";
import { assessRoutes } from "./routes/assess.js";
import { batchRoutes } from "./routes/batch.js";
import { reviewRoutes } from "./routes/review.js";
import { rulesetRoutes } from "./routes/rulesets.js";
import { serviceRoutes } from "./routes/service.js";
import { issueLines, staticRegistry, type RegistryRef } from "./rules.js";

export type AppOptions = ({ registry: Registry } | { registryRef: RegistryRef }) & {
  /** Structured logger; silent by default. */
  logger?: Logger;
  /** Largest accepted request body, in bytes (413 above it). Default 64 KiB. */
  maxBodyBytes?: number;
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
  const app: App = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalidRequest(result.target, result.error);
    },
  });

  app.use(requestId());
  app.use(async (c, next) => {
    const start = performance.now();
    await next();
    logger.info("request", {
      requestId: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 100) / 100,
    });
  });
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
  app.notFound((c) => respondWithError(c, routeNotFound(c.req.method, c.req.path), logger));

  assessRoutes(app, rules, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  batchRoutes(app, rules);
  reviewRoutes(app, rules);
  rulesetRoutes(app, rules);
  serviceRoutes(app, rules);
  docsRoutes(app, API_INFO);
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
  return c.json(error.toJSON(), httpStatus(error.code));
}
