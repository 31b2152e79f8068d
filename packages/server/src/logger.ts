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
  const write = opts.write ?? stdoutLines();
  const at = (level: Exclude<LogLevel, "silent">) => {
    if (LOG_LEVELS.indexOf(level) < threshold) return () => undefined;
    return (msg: string, fields: LogFields = {}) => write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** Largest batch of log text held before it is written. */
const FLUSH_CHARS = 64 * 1024;

/**
 * Lines to stdout, batched: the lines of one turn of the event loop go out in one write (a busy
 * server answers many requests a turn, and a write to stdout is a blocking system call on Linux).
 * Nothing is lost at exit: the rest is written synchronously then.
 */
function stdoutLines(): (line: string) => void {
  let pending = "";
  const flush = () => {
    if (pending === "") return;
    const text = pending;
    pending = "";
    process.stdout.write(text);
  };
  process.once("exit", flush);
  return (line) => {
    if (pending === "") setImmediate(flush);
    pending += `${line}\n`;
    if (pending.length >= FLUSH_CHARS) flush();
  };
}

/** A logger that drops everything (the default of createApp, and what tests use). */
export const silentLogger: Logger = jsonLogger({ level: "silent", write: () => undefined });

/** Serialises a thrown value for a log line (never for a client). */
export function errorFields(err: unknown): LogFields {
  return err instanceof Error ? { error: { name: err.name, message: err.message, stack: err.stack } } : { error: String(err) };
}
