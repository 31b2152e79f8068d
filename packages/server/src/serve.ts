import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { CailiangError, issueLines } from "@cailiang/core";
import { createApp } from "./app.js";
import type { ServerConfig } from "./config.js";
import { createHttpServer, DEFAULT_HTTP_LIMITS, type HttpLimits, type Lifecycle } from "./http-server.js";
import { errorFields, type Logger } from "./logger.js";
import { Metrics } from "./metrics.js";
import { LiveRules } from "./rules.js";
import { watchTree, type Watcher } from "./watch.js";

export interface ServeOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  rulesDir: string;
  logger: Logger;
  /** Reload the rules when their files change (default true). */
  watch?: boolean;
  /** Quiet time before a reload (default 250 ms). */
  reloadDebounceMs?: number;
  /** After this long, connections still open at shutdown are cut (default 10 s). */
  shutdownTimeoutMs?: number;
  /** Body size, timeouts and connection limits (defaults: DEFAULT_HTTP_LIMITS). */
  limits?: Partial<HttpLimits>;
  /** Origins allowed to call from a browser (CORS); none by default. */
  corsOrigins?: readonly string[];
  /** Requests a minute per client; 0 or absent: no limit. */
  rateLimitPerMinute?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  rules: LiveRules;
  /**
   * Drains: /readyz answers 503, every answer says `Connection: close`, idle connections close,
   * no new connection is accepted; resolves once in-flight requests have finished.
   */
  close(): Promise<void>;
}

/**
 * Loads the rules (throws RULESET_INVALID with every issue if they do not validate), starts the
 * API on host:port, and watches the rules directory.
 */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const { logger } = opts;
  const rules = await LiveRules.open(opts.rulesDir, logger);
  const limits = { ...DEFAULT_HTTP_LIMITS, ...opts.limits };
  const lifecycle: Lifecycle = { draining: false };
  const metrics = new Metrics(rules);
  rules.onReload = (ok) => metrics.reloaded(ok);
  const app = createApp({
    registryRef: rules,
    logger,
    lifecycle,
    metrics,
    maxBodyBytes: limits.maxBodyBytes,
    ...(opts.corsOrigins ? { corsOrigins: opts.corsOrigins } : {}),
    ...(opts.rateLimitPerMinute ? { rateLimitPerMinute: opts.rateLimitPerMinute } : {}),
  });
  const server: Server = createHttpServer(app.fetch, limits, lifecycle, logger);
  metrics.trackConnections(server);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  const url = `http://${host}:${port}`;

  const watcher: Watcher | undefined =
    opts.watch === false
      ? undefined
      : watchTree(opts.rulesDir, () => void rules.reload(), { logger, ...(opts.reloadDebounceMs ? { debounceMs: opts.reloadDebounceMs } : {}) });
  logger.info("listening", { url, rulesDir: opts.rulesDir, watching: Boolean(watcher) });

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      lifecycle.draining = true;
      watcher?.close();
      const force = setTimeout(() => {
        logger.warn("shutdown timeout: closing the remaining connections", { timeoutMs: opts.shutdownTimeoutMs ?? 10_000 });
        server.closeAllConnections();
      }, opts.shutdownTimeoutMs ?? 10_000);
      force.unref();
      // close() stops accepting and waits for in-flight requests, whose answers close their
      // connections (draining); idle keep-alive sockets go now.
      server.close((err) => {
        clearTimeout(force);
        if (err) logger.error("error while closing", errorFields(err));
        logger.info("stopped", { url });
        resolve();
      });
      server.closeIdleConnections();
    }));
  return { url, port, rules, close };
}

/**
 * SIGTERM / SIGINT: stop accepting, let in-flight requests finish, then resolve (the caller exits).
 * A second signal exits at once.
 */
export function closeOnSignals(running: RunningServer, logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) process.exit(1);
      stopping = true;
      logger.info("shutting down", { signal });
      void running.close().then(resolve);
    };
    process.on("SIGTERM", onSignal);
    process.on("SIGINT", onSignal);
  });
}

/**
 * `npm start`, the `cailiang-server` bin and `cailiang serve`: starts from a configuration, serves
 * until SIGTERM/SIGINT, closes gracefully, and returns the exit code (1 when the rules do not
 * validate or the port cannot be opened, every issue logged).
 */
export async function serveUntilSignal(config: ServerConfig, logger: Logger): Promise<number> {
  let running: RunningServer;
  try {
    running = await startServer({
      host: config.HOST,
      port: config.PORT,
      rulesDir: config.RULES_DIR,
      logger,
      watch: config.RULES_WATCH === "1",
      shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
      limits: {
        maxBodyBytes: config.MAX_BODY_BYTES,
        headersTimeoutMs: config.HEADERS_TIMEOUT_MS,
        requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
        keepAliveTimeoutMs: config.KEEP_ALIVE_TIMEOUT_MS,
        maxConnections: config.MAX_CONNECTIONS,
        maxRequestsPerSocket: config.MAX_REQUESTS_PER_SOCKET,
      },
      corsOrigins: config.CORS_ORIGINS,
      rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    });
  } catch (err) {
    if (err instanceof CailiangError) logger.error("cannot start: the rules do not validate", { rulesDir: config.RULES_DIR, issues: issueLines(err.issues) });
    else logger.error("cannot start", { ...errorFields(err) });
    return 1;
  }
  await closeOnSignals(running, logger);
  return 0;
}
