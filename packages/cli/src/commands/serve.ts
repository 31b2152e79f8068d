import type { Io } from "../io.js";
import { rulesDirExists } from "./read-rules.js";

export interface ServeOptions {
  host?: unknown;
  port?: unknown;
  rules: string;
  logLevel?: unknown;
}

/** `cailiang serve`: the API, as `npm start` runs it; options override HOST, PORT, RULES_DIR, LOG_LEVEL. */
export async function serveCommand(o: ServeOptions, io: Io): Promise<number> {
  // The server is loaded only by this command: the others (review's reading thread too) never need it.
  const { configFromEnv, jsonLogger, serveUntilSignal } = await import("@cailiang/server");
  const override = (name: string, v: unknown) => (v === undefined || v === true ? {} : { [name]: String(v) });
  let config;
  try {
    config = configFromEnv({
      ...process.env,
      ...override("HOST", o.host),
      ...override("PORT", o.port),
      ...override("RULES_DIR", o.rules),
      ...override("LOG_LEVEL", o.logLevel),
    });
  } catch (err) {
    io.err(err instanceof Error ? err.message : String(err));
    return 1;
  }
  if (!(await rulesDirExists(config.RULES_DIR, io))) return 1;
  return serveUntilSignal(config, jsonLogger({ level: config.LOG_LEVEL, write: io.out }));
}
