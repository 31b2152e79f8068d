import { z } from "@hono/zod-openapi";

/** Log levels, lowest first; `silent` writes nothing. */
export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export const LogLevel = z.enum(LOG_LEVELS);
export type LogLevel = z.infer<typeof LogLevel>;

/** Fields of one structured log line (the logger adds `time`, `level` and `msg`). */
export type LogFields = Record<string, unknown>;

/** Structured logger: one JSON object per line. Injected, so tests can be silent or capture lines. */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/**
 * A logger writing one JSON line per entry (to stdout unless `write` is given).
 * @example
 * const logger = jsonLogger({ level: "info" });
 * logger.info("listening", { url: "http://127.0.0.1:8787" });
 */
export function jsonLogger(opts: { level?: LogLevel; write?: (line: string) => void } = {}): Logger {
  const threshold = LOG_LEVELS.indexOf(opts.level ?? "info");
  const write = opts.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const at = (level: Exclude<LogLevel, "silent">) => (msg: string, fields: LogFields = {}) => {
    if (LOG_LEVELS.indexOf(level) < threshold) return;
    write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** A logger that drops everything (the default of createApp, and what tests use). */
export const silentLogger: Logger = jsonLogger({ level: "silent", write: () => undefined });

/** Serialises a thrown value for a log line (never for a client). */
export function errorFields(err: unknown): LogFields {
  return err instanceof Error ? { error: { name: err.name, message: err.message, stack: err.stack } } : { error: String(err) };
}
