// The default log writer batches lines per turn of the event loop: none may be lost or reordered,
// neither while the process runs nor when it exits right after logging.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const LOGGER = fileURLToPath(new URL("../src/logger.ts", import.meta.url));

/** Runs `body` in a child with `logger = jsonLogger()` writing to its stdout; returns the `msg` of each line. */
function logged(body: string): string[] {
  const script = `import { jsonLogger } from ${JSON.stringify(LOGGER)};\nconst logger = jsonLogger({ level: "info" });\n${body}`;
  const r = spawnSync(process.execPath, ["--conditions=@cailiang/source", "--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { msg: string }).msg);
}

describe("jsonLogger to stdout", () => {
  it("writes every line, in order, across turns of the event loop and past 64 KiB", () => {
    const msgs = logged(`
      for (let i = 0; i < 3; i++) logger.info("a" + i);
      await new Promise((r) => setImmediate(r));
      for (let i = 0; i < 2000; i++) logger.info("b" + i, { pad: "x".repeat(50) });
      await new Promise((r) => setTimeout(r, 10));
      logger.debug("not at info");
      logger.warn("c");`);
    expect(msgs).toEqual(["a0", "a1", "a2", ...Array.from({ length: 2000 }, (_, i) => `b${i}`), "c"]);
  });

  it("loses nothing logged just before process.exit", () => {
    expect(logged(`logger.info("first"); logger.error("last"); process.exit(0);`)).toEqual(["first", "last"]);
  });
});
