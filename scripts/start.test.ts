import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module (npm start runs it with node, no TypeScript loader)
import { staleBuild } from "./start.mjs";

const check = staleBuild as (root: string) => string | undefined;

describe("npm start builds only when needed", () => {
  let root = "";
  afterEach(() => rm(root, { recursive: true, force: true }));

  async function file(path: string, at: number): Promise<void> {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), "x");
    await utimes(join(root, path), at, at);
  }

  it("asks for a build when an output is missing, or older than a source, and not otherwise", async () => {
    root = await mkdtemp(join(tmpdir(), "cailiang-start-"));
    await file("packages/core/src/index.ts", 1000);
    await file("packages/core/package.json", 1000);
    await file("packages/server/src/deep/route.ts", 1000);
    expect(check(root)).toBe("packages/core/dist/index.js is missing");
    await file("packages/core/dist/index.js", 2000);
    await file("packages/server/dist/main.js", 2000);
    expect(check(root)).toBeUndefined();
    await file("packages/server/src/deep/route.ts", 3000);
    expect(check(root)).toBe("packages/server changed since its build");
  });
});
