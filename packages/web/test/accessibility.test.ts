import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "@cailiang/server";
import { BROWSER_TIMEOUT, FIXTURES, launch, openPage, RULES, serve } from "./browser.js";

// axe-core (WCAG 2.1 A and AA rules) on every view, in the state a person leaves it in:
// the 试算 form with a result and with errors, the 校验 view with a broken file's issues shown.

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  browser = await launch();
  server = await serve(RULES);
}, BROWSER_TIMEOUT);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function violations(prepare: (page: import("playwright-core").Page) => Promise<void>): Promise<string[]> {
  const { page } = await openPage(browser);
  try {
    await prepare(page);
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  } finally {
    await page.context().close();
  }
}

describe("accessibility (axe-core, WCAG 2.1 AA)", { timeout: BROWSER_TIMEOUT }, () => {
  it("裁量基准", async () => {
    expect(await violations(async (page) => {
      await page.goto(`${server.url}/#/standard?at=2026-03-01`);
      await page.getByRole("table").waitFor();
    })).toEqual([]);
  });

  it("案件试算 with a result, and with an error", async () => {
    expect(await violations(async (page) => {
      await page.goto(`${server.url}/#/trial?offense=dlf-71&decision=2026-06-10`);
      await page.getByLabel("应交电费").fill("12000");
      await page.getByRole("button", { name: "计算" }).click();
      await page.getByRole("region", { name: "裁量结果" }).getByRole("table").first().waitFor();
    })).toEqual([]);
    expect(await violations(async (page) => {
      await page.goto(`${server.url}/#/trial?offense=dlf-71&decision=2026-06-10`);
      await page.getByLabel("应交电费").fill("-1");
      await page.getByRole("button", { name: "计算" }).click();
      await page.locator("[aria-invalid=true]").first().waitFor();
    })).toEqual([]);
  });

  it("版本对比 and 规则校验", async () => {
    const fixtures = await serve(`${FIXTURES}versions`);
    try {
      expect(await violations(async (page) => {
        await page.goto(`${fixtures.url}/#/diff`);
        await page.getByRole("table").waitFor();
      })).toEqual([]);
    } finally {
      await fixtures.close();
    }
    expect(await violations(async (page) => {
      await page.goto(`${server.url}/#/check`);
      await page.getByLabel("选择规则文件").setInputFiles([`${FIXTURES}broken/ruleset.json`, `${FIXTURES}broken/offenses/dlf-71.json`]);
      await page.getByRole("button", { name: /查看该行/ }).click();
      await page.locator("mark").waitFor();
    })).toEqual([]);
  });
});
