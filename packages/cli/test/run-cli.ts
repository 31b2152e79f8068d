// The CLI run in-process, as the tests drive it: what it printed, line by line, and its exit code.
import { run } from "../src/cli.js";
import type { Io } from "../src/io.js";

export async function cliLines(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(...l.split("\n")), err: (l) => err.push(...l.split("\n")), color: false };
  const code = await run(argv, io);
  return { code, out, err };
}

/** The same, with the output joined into one text. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, out, err } = await cliLines(...argv);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
