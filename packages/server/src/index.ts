// @cailiang/server: the HTTP API of cailiang (Hono). All legal logic lives in @cailiang/core.

// The app: routes, errors, security headers, request ids, logs. No socket.
export { createApp, DEFAULT_MAX_BODY_BYTES } from "./app.js";
export type { AppOptions } from "./app.js";
export type { App, AppEnv } from "./env.js";

// The one table from error code to HTTP status.
export { HTTP_STATUS, httpStatus } from "./errors.js";

// Rules that reload when their files change; a fixed registry for tests and embedding.
export { LiveRules, staticRegistry, liveVersions } from "./rules.js";
/** Moved to the core (the CLI prints issues without loading the server); still exported here. */
export { issueLines } from "@cailiang/core";
export type { RegistryRef, ReloadFailure, LiveVersion, RemovedVersion } from "./rules.js";
export { watchTree } from "./watch.js";
export type { Watcher, WatchOptions } from "./watch.js";

// Running it on Node: configuration, server start, graceful shutdown.
export { startServer, closeOnSignals, serveUntilSignal } from "./serve.js";
export type { ServeOptions, RunningServer } from "./serve.js";
// The hardened node:http server under startServer: limits, draining; and the /metrics registry.
export { createHttpServer, DEFAULT_HTTP_LIMITS } from "./http-server.js";
export type { HttpLimits, Lifecycle } from "./http-server.js";
export { Metrics } from "./metrics.js";
export { ServerEnv, configFromEnv } from "./config.js";
export type { ServerConfig } from "./config.js";

// Structured logs.
export { jsonLogger, silentLogger, LOG_LEVELS } from "./logger.js";
export type { Logger, LogFields, LogLevel } from "./logger.js";

// The HTTP shapes (zod, also in /openapi.json).
export * from "./schemas.js";
