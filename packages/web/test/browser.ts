import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";
import { silentLogger, startServer, type RunningServer } from "@cailiang/server";

/** The system Chromium (apt-get install chromium); Playwright's own download is not reachable here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p)) ?? "/usr/bin/chromium";

/** Screenshots of each view, written by the test run and shown in the README. */
export const SCREENSHOTS = fileURLToPath(new URL("../../../docs/screenshots/", import.meta.url));
export const RULES = fileURLToPath(new URL("../../../rules", import.meta.url));
export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const DIST = fileURLToPath(new URL("../dist/index.html", import.meta.url));

/**
 * Per test: a real browser loading, validating and computing the whole pack takes seconds, many
 * more on a loaded shared machine. A bound on hanging, not a speed assertion.
 */
export const BROWSER_TIMEOUT = 120_000;

/** Waits for what the page shows to settle on the expected value (a slow machine waits longer, never a pass). */
export function poll<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 20_000, interval: 100 });
}

export async function launch(): Promise<Browser> {
  if (!existsSync(DIST)) throw new Error("packages/web is not built: run npm run build first");
  // intranet.test: a name for 127.0.0.1 that is not localhost, so the page is not a secure context,
  // as on an intranet server over plain http.
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--lang=zh-CN", "--host-resolver-rules=MAP intranet.test 127.0.0.1"] });
}

/** The real server (the repo's own code) on 127.0.0.1, a free port. */
export function serve(rulesDir: string): Promise<RunningServer> {
  return startServer({ host: "127.0.0.1", port: 0, rulesDir, logger: silentLogger, watch: false, shutdownTimeoutMs: 1000 });
}

/** A page in Chinese at a desktop size; page errors and console errors are collected for the test to check. */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  return { page, errors };
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: options.fullPage ?? false });
}
