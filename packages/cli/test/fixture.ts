// Temporary copies of the fixture rules for CLI tests that edit them; removed after each test.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, expect } from "vitest";
import { cliLines } from "./run-cli.js";

export const FIXTURE = fileURLToPath(new URL("../../server/test/fixtures/rules", import.meta.url));

const temps: string[] = [];
afterEach(async () => {
  for (const t of temps.splice(0)) await rm(t, { recursive: true, force: true });
});

/** A new empty temporary folder. */
export async function tempDir(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "cailiang-cli-"));
  temps.push(root);
  return root;
}

/** A temporary copy of `from` (default: the fixture rules), with `edit` applied to one file. */
export async function editedCopy(file: string, edit: (text: string) => string, from = FIXTURE): Promise<string> {
  const dir = join(await tempDir(), "rules");
  await cp(from, dir, { recursive: true });
  const path = join(dir, file);
  await writeFile(path, edit(await readFile(path, "utf8")));
  return dir;
}

/** The issue lines `cailiang validate dir` prints (it must exit 1), each from the standard's folder on. */
export async function validateIssues(dir: string): Promise<string[]> {
  const r = await cliLines("validate", dir);
  expect(r.code).toBe(1);
  return r.out.filter((l) => l.startsWith("✖ ")).map((l) => l.replace(/^✖ \S*?(demo-std\/)/, "$1"));
}
