import { z } from "@hono/zod-openapi";
import { DEFAULT_HTTP_LIMITS } from "./http-server.js";
import { LogLevel } from "./logger.js";

/** Configuration from the environment, validated. */
export const ServerEnv = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  /** Relative to the working directory (`npm start` runs in the repository root). */
  RULES_DIR: z.string().min(1).default("rules"),
  LOG_LEVEL: LogLevel.default("info"),
  /** Set to "0" to stop watching the rules directory. */
  RULES_WATCH: z.enum(["0", "1"]).default("1"),
  /** How long in-flight requests may take to finish after SIGTERM/SIGINT. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Largest request body in bytes (413 above it, before any of it is read). */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(DEFAULT_HTTP_LIMITS.maxBodyBytes),
  /** Time a client has to send the request headers (slowloris guard). */
  HEADERS_TIMEOUT_MS: z.coerce.number().int().positive().default(DEFAULT_HTTP_LIMITS.headersTimeoutMs),
  /** Time a client has to send the whole request, body included. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(DEFAULT_HTTP_LIMITS.requestTimeoutMs),
  /** How long an idle keep-alive connection stays open. */
  KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().positive().default(DEFAULT_HTTP_LIMITS.keepAliveTimeoutMs),
  /** Most open connections; more are refused at once. */
  MAX_CONNECTIONS: z.coerce.number().int().positive().default(DEFAULT_HTTP_LIMITS.maxConnections),
  /** Most requests on one keep-alive connection; the last answer says `Connection: close`. */
  MAX_REQUESTS_PER_SOCKET: z.coerce.number().int().positive().default(DEFAULT_HTTP_LIMITS.maxRequestsPerSocket),
  /** Comma-separated origins allowed to call from a browser ("https://a.example,https://b.example"); empty: CORS off. */
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((s) => s.split(",").map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/ }))),
  /** Requests a minute per client address; 0: no limit. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(0),
});
export type ServerConfig = z.infer<typeof ServerEnv>;

/** Reads the configuration; throws a readable message listing every bad variable. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const blank = (v: string | undefined) => (v === "" ? undefined : v);
  const r = ServerEnv.safeParse(Object.fromEntries(Object.keys(ServerEnv.shape).map((k) => [k, blank(env[k])])));
  if (!r.success) {
    throw new Error(`Invalid environment: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return r.data;
}
