// Entry of `npm start` and the `cailiang-server` bin: the API on HOST:PORT, rules from RULES_DIR.
import { configFromEnv } from "./config.js";
import { jsonLogger } from "./logger.js";
import { serveUntilSignal } from "./serve.js";

let code: number;
try {
  const config = configFromEnv();
  code = await serveUntilSignal(config, jsonLogger({ level: config.LOG_LEVEL }));
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  code = 1;
}
process.exit(code);
