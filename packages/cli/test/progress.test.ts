// `validate` of a large pack shows progress on a terminal (stderr), and nothing elsewhere.
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "../src/cli.js";
import type { Io } from "../src/io.js";
import { cliLines } from "./run-cli.js";

const PACK = fileURLToPath(new URL("../../../rules/hebei-luquan-gxj", import.meta.url));

describe("progress of validate", () => {
  it("counts every offense file read, validated and compiled, on the progress stream", async () => {
    let shown = "";
    const progress = new Writable({
      write(chunk: Buffer, _enc, done) {
        shown += chunk.toString();
        done();
      },
    });
    const out: string[] = [];
    const io: Io = { out: (l) => out.push(l), err: () => undefined, color: false, progress };
    expect(await run(["validate", PACK], io)).toBe(0);
    const offenses = Number(/(\d+) offense\(s\)/.exec(out.join("\n"))?.[1]);
    expect(offenses).toBeGreaterThan(20);
    expect(shown).toContain("校验规则文件 checking rule files");
    expect(shown).toContain(`| ${offenses * 3}/${offenses * 3} |`);
  });

  it("is off when stderr is not a terminal: the output is the same lines as before", async () => {
    const r = await cliLines("validate", PACK);
    expect(r.err).toEqual([]);
    expect(r.out).toHaveLength(1);
  });
});
