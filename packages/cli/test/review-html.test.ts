// The HTML review report opens in headless Chromium (the system one, via playwright-core) and its
// charts render: each canvas has drawn pixels. The screenshot is kept for people to look at.
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../src/cli.js";
import type { Io } from "../src/io.js";
import { CLEAN, PLANTED, UNREVIEWABLE } from "../../core/test/review/planted.js";

const RULES = fileURLToPath(new URL("../../../rules", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Where the screenshots go (kept after the run). */
const SHOTS = process.env.SCREENSHOT_DIR ?? tmpdir();

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cailiang-html-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const quiet: Io = { out: () => undefined, err: () => undefined, color: false };

async function render(page: string, shot: string, charts: number): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const failures: string[] = [];
    tab.on("pageerror", (e) => failures.push(e.message));
    tab.on("requestfailed", (r) => failures.push(`request ${r.url()}`));
    await tab.goto(pathToFileURL(page).href);
    await tab.waitForSelector(`body[data-charts-rendered="${charts}"]`, { timeout: 60_000 });
    // Every chart drew something: some pixel of each canvas is not transparent.
    const drawn = await tab.$$eval("canvas", (canvases) =>
      canvases.map((el) => {
        // The page's canvas (no DOM types in this project's lib).
        const c = el as unknown as { width: number; height: number; getContext(k: "2d"): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null };
        const ctx = c.getContext("2d");
        if (!ctx) return 0;
        const { data } = ctx.getImageData(0, 0, c.width, c.height);
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) n++;
        return n;
      }),
    );
    expect(drawn).toHaveLength(charts);
    for (const n of drawn) expect(n).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
    await tab.screenshot({ path: shot, fullPage: true });
    expect((await stat(shot)).size).toBeGreaterThan(10_000);
    console.log(`screenshot: ${shot}`);
  } finally {
    await browser.close();
  }
}

describe("HTML reports in headless Chromium", { timeout: 180_000 }, () => {
  it("the review report's three charts render offline (findings by code, fines, months)", async () => {
    const file = join(dir, "cases.jsonl");
    await writeFile(file, [...CLEAN, ...PLANTED.map((p) => p.case), ...UNREVIEWABLE.map((u) => u.case)].map((c) => JSON.stringify(c)).join("\n"));
    const out = join(dir, "review.html");
    await run(["review", file, "--rules", RULES, "--format", "html", "--out", out, "--workers", "1"], quiet);
    await render(out, join(SHOTS, "cailiang-review-report.png"), 3);
  });

  it("the half-year report renders its table and chart", async () => {
    const file = join(dir, "cases.jsonl");
    const prefix = join(dir, "major");
    await run(["report", "--half", "2026H1", file, "--rules", RULES, "--out", prefix, "--workers", "1"], quiet);
    await render(`${prefix}.html`, join(SHOTS, "cailiang-major-report.png"), 1);
  });
});
