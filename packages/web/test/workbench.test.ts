import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AssessResult } from "@cailiang/core/schemas";
import { loadRegistryFromDir } from "@cailiang/core/node";
import type { RunningServer } from "@cailiang/server";
import { BROWSER_TIMEOUT, FIXTURES, launch, openPage, poll, RULES, screenshot, serve } from "./browser.js";

// The workbench in real headless Chromium, driven by labels and roles as a person would use it.

let browser: Browser;
let server: RunningServer;
let fixtures: RunningServer;

beforeAll(async () => {
  browser = await launch();
  server = await serve(RULES);
  fixtures = await serve(`${FIXTURES}versions`);
}, BROWSER_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixtures?.close();
});

/** A fresh page; the test ends by checking the page logged no error (CSP violations included), but the `expected` ones. */
async function withPage(fn: (page: Page) => Promise<void>, expected?: RegExp): Promise<void> {
  const { page, errors } = await openPage(browser);
  try {
    await fn(page);
    expect(errors.filter((e) => !expected?.test(e))).toEqual([]);
  } finally {
    await page.context().close();
  }
}

const CASE = {
  ruleset: "hebei-luquan-gxj",
  offense: "dlf-71",
  party: { kind: "organization" as const },
  dates: { act: "2026-03-02", discovered: "2026-05-20", filed: "2026-05-22", decision: "2026-06-10" },
  facts: { unpaidFee: "12000.50" },
  circumstances: ["first-offense", "eliminated-harm"],
};

describe("裁量基准", { timeout: BROWSER_TIMEOUT }, () => {
  it("lists every offense of the version in force, with the quoted law expandable and links to the rule file and 试算", async () => {
    const registry = await loadRegistryFromDir(RULES);
    const offenses = [...registry.get("hebei-luquan-gxj", "2026-03-01").offenses.values()];
    await withPage(async (page) => {
      await page.goto(`${server.url}/#/standard?at=2026-03-01`);
      await poll(() => page.getByRole("link", { name: "裁量基准" }).getAttribute("aria-current")).toBe("page");
      const table = page.getByRole("table");
      await table.waitFor();
      for (const name of ["序号", "违法行为", "法律依据", "处罚依据", "裁量阶次", "适用情形", "处罚标准", "备注"]) {
        await poll(() => table.getByRole("columnheader", { name, exact: true }).count()).toBe(1);
      }
      const rowHeaders = await table.getByRole("rowheader").allInnerTexts();
      expect(rowHeaders).toHaveLength(offenses.length);
      for (const o of offenses) expect(rowHeaders.some((t) => t.includes(o.def.title) && t.includes(o.def.id))).toBe(true);
      expect(await table.getByRole("columnheader", { name: /石家庄市鹿泉区工业和信息化局行政处罚裁量基准/ }).count()).toBe(1);
      expect(await table.getByRole("columnheader", { name: /版本 1\.0\.0.*文号.*施行日期：2026-01-01/ }).count()).toBe(1);

      await screenshot(page, "standard");

      // The 法律依据 of 盗窃电能 opens to the article's own words.
      const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /盗窃电能.*dlf-71/ }) });
      const article = row.getByText("禁止任何单位和个人危害电力设施安全");
      expect(await article.isVisible()).toBe(false);
      await row.getByText("电力法第四条第二款").click();
      expect(await article.isVisible()).toBe(true);

      // Printed: A4 landscape, header rows repeated on each page, every quoted article open, no navigation.
      await page.emulateMedia({ media: "print" });
      expect(await page.getByRole("navigation", { name: "主导航" }).isVisible()).toBe(false);
      expect(await page.evaluate("getComputedStyle(document.querySelector('table thead')).display")).toBe("table-header-group");
      await page.evaluate("dispatchEvent(new Event('beforeprint'))");
      expect(await page.evaluate("[...document.querySelectorAll('table details')].every((d) => d.open)")).toBe(true);
      await page.emulateMedia({ media: "screen" });

      // The row's 试算 link opens the form on that offense.
      await row.getByRole("link", { name: "试算" }).click();
      await poll(() => page.getByLabel("违法行为", { exact: true }).inputValue()).toBe("dlf-71");
      expect(await page.getByLabel("应交电费").count()).toBe(1);
    });
  });

  it("a row's rule-file link shows the file at the offense's line in 规则校验", async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/#/standard?at=2026-03-01`);
      const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /盗窃电能.*dlf-71/ }) });
      await row.getByRole("link", { name: /规则文件 dlf-71\.json/ }).click();
      const source = page.getByRole("region", { name: /offenses\/dlf-71\.json:\d+/ });
      await source.waitFor();
      expect(await source.locator("mark").innerText()).toContain("{");
    });
  });
});

describe("案件试算", { timeout: BROWSER_TIMEOUT }, () => {
  it("computes in the browser the same figures as POST /v1/assess for the same input", async () => {
    const api = await fetch(`${server.url}/v1/assess`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(CASE) });
    expect(api.status).toBe(200);
    const expected = AssessResult.parse(await api.json());
    expect(expected.fine).not.toBeNull();
    const fine = expected.fine!;

    await withPage(async (page) => {
      await page.goto(server.url);
      await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "案件试算" }).click();
      await page.getByLabel("违法行为", { exact: true }).selectOption("dlf-71");
      await page.getByLabel("应交电费").fill("12000.50");
      expect(await page.getByText("应交电费（单位：元）").count()).toBe(1);
      await page.getByRole("group", { name: "当事人类型" }).getByRole("radio", { name: "单位" }).check();
      await page.getByLabel("违法行为发生日期").fill(CASE.dates.act);
      await page.getByLabel("发现日期").fill(CASE.dates.discovered);
      await page.getByLabel("立案日期").fill(CASE.dates.filed);
      await page.getByLabel("决定日期").fill(CASE.dates.decision);
      await page.getByLabel("初次违法").check();
      await page.getByLabel("主动消除或者减轻违法行为危害后果").check();
      await page.getByRole("button", { name: "计算" }).click();

      const result = page.getByRole("region", { name: "裁量结果" });
      const cell = (name: string) => result.getByRole("row", { name: new RegExp(`^${name}`) }).getByRole("cell").innerText();
      await poll(() => cell("法定幅度")).toBe(`${fine.statutory.min} – ${fine.statutory.max} 元`);
      expect(await cell("阶次幅度")).toBe(`${fine.band.min} – ${fine.band.max} 元`);
      expect(await cell("建议幅度")).toBe(`${fine.recommended.min} – ${fine.recommended.max} 元`);
      expect(await cell("建议罚款")).toContain(`${fine.recommended.point} 元`);
      expect(await cell("立案期限")).toBe(expected.procedure.deadlines.file ?? "—");
      expect(await cell("作出决定期限")).toBe(expected.procedure.deadlines.decide ?? "—");
      expect(await cell("应当告知听证权利")).toBe(expected.procedure.hearing ? "是" : "否");
      const text = await result.innerText();
      expect(text).toContain(`裁量阶次：${expected.tier?.title}`);
      expect(text).toContain("结论：给予行政处罚");
      const steps = await result.getByRole("list").last().getByRole("listitem").allInnerTexts();
      expect(steps).toHaveLength(expected.explanation.length);
      expected.explanation.forEach((e, i) => {
        expect(steps[i]).toContain(e.zh);
        for (const b of e.basis) expect(steps[i]).toContain(b);
      });
      await result.getByRole("button", { name: "复制裁量说明" }).click();
      await poll(() => result.getByRole("status").innerText()).toBe("已复制到剪贴板");
      await screenshot(page, "trial", { fullPage: true });
      // 「从事经营活动」 reaches the engine: outside business activity the lower hearing threshold is cited.
      await page.getByLabel("从事经营活动").uncheck();
      await page.getByRole("button", { name: "计算" }).click();
      await poll(() => result.innerText()).toContain("从事非经营活动的法人或者其他组织 5000 元以上");
    });
  });

  it("shows an error beside the field it concerns", async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/#/trial?offense=dlf-71&decision=2026-06-10`);
      const fee = page.getByLabel("应交电费");
      await fee.fill("一万");
      await page.getByRole("button", { name: "计算" }).click();
      await poll(() => fee.getAttribute("aria-invalid")).toBe("true");
      const describedBy = await fee.getAttribute("aria-describedby");
      const message = page.locator(`[id="${describedBy}"]`);
      expect(await message.innerText()).toContain("须为十进制数值");
      // Beside the field: the message follows the input inside the same field.
      const field = page.locator(".field").filter({ has: fee });
      expect(await field.innerText()).toContain("须为十进制数值");
      expect(await page.getByRole("region", { name: "裁量结果" }).getByRole("table").count()).toBe(0);
      await fee.fill("12000");
      await page.getByRole("button", { name: "计算" }).click();
      await poll(() => fee.getAttribute("aria-invalid")).toBe(null);
    });
  });

  it("can be filled in and computed with the keyboard alone", async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/#/trial?offense=dlf-71&decision=2026-06-10`);
      await page.getByLabel("应交电费").waitFor();
      const active = () => page.evaluate("document.activeElement && (document.activeElement.id || document.activeElement.textContent)");
      const tabTo = async (id: string) => {
        for (let i = 0; i < 60; i++) {
          if ((await active()) === id) return;
          await page.keyboard.press("Tab");
        }
        throw new Error(`Tab never reached ${id}`);
      };
      await tabTo("fact-unpaidFee");
      await page.keyboard.type("60000");
      await tabTo("c-first-offense");
      await page.keyboard.press("Space");
      expect(await page.getByLabel("初次违法").isChecked()).toBe(true);
      await tabTo("计算");
      await page.keyboard.press("Enter");
      const result = page.getByRole("region", { name: "裁量结果" });
      await poll(() => result.innerText()).toContain("裁量阶次：较重");
      // Focus moved to the result, so a screen reader reads it next.
      expect(await active()).toBe("result-h");
    });
  });
});

describe("on an intranet over plain http (not a secure context)", { timeout: BROWSER_TIMEOUT }, () => {
  it("still validates the rules, computes and copies", async () => {
    await withPage(async (page) => {
      await page.goto(`http://intranet.test:${server.port}/#/trial?offense=dlf-71&decision=2026-06-10`);
      expect(await page.evaluate("window.isSecureContext")).toBe(false);
      await page.getByLabel("应交电费").fill("12000");
      await page.getByRole("button", { name: "计算" }).click();
      const result = page.getByRole("region", { name: "裁量结果" });
      await poll(() => result.innerText()).toContain("裁量阶次：一般");
      await result.getByRole("button", { name: "复制裁量说明" }).click();
      await poll(() => result.getByRole("status").innerText()).toBe("已复制到剪贴板");
      // The API's Cross-Origin-Opener-Policy header only applies to secure origins: Chromium says so.
    }, /^The Cross-Origin-Opener-Policy header has been ignored, because the URL's origin was untrustworthy/);
  });
});

describe("版本对比", { timeout: BROWSER_TIMEOUT }, () => {
  it("shows the changes between two fixture versions side by side, each marked for the party", async () => {
    await withPage(async (page) => {
      await page.goto(fixtures.url);
      await page.getByRole("link", { name: "版本对比" }).click();
      await page.getByLabel("原版本").selectOption("1.0.0");
      await page.getByLabel("新版本").selectOption("2.0.0");
      const table = page.getByRole("table");
      await poll(() => table.getByRole("row").count()).toBe(8);
      const row = (name: RegExp, text: string) => table.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) }).filter({ hasText: text });
      expect(await row(/盗窃电能 · 轻微/, "罚款幅度变更").innerText()).toMatch(/应交电费1倍以下\s+应交电费0\.8倍以下\s+对当事人较轻/);
      expect(await row(/盗窃电能 · 严重/, "罚款幅度变更").innerText()).toContain("对当事人较重");
      expect(await row(/盗窃电能 · 轻微/, "适用情形变更").innerText()).toMatch(/应交电费不满1万元\s+应交电费不满2万元\s+对当事人较轻/);
      expect(await row(/dlf-68/, "新增违法行为").count()).toBe(1);
      expect(await row(/dlf-64/, "删除违法行为").count()).toBe(1);
      expect(await row(/通用/, "hearing.fineAtLeast.individual").innerText()).toMatch(/1000\s+2000\s+对当事人较重/);
      await screenshot(page, "diff");
      // A row renamed in 3.0.0 names the one it replaces: shown as a rename, not as removed and added.
      await page.getByLabel("原版本").selectOption("2.0.0");
      await page.getByLabel("新版本").selectOption("3.0.0");
      await poll(() => table.getByRole("row").filter({ hasText: "替代原违法行为 dlf-68" }).count()).toBe(1);
      expect(await table.getByRole("row").filter({ hasText: "删除违法行为" }).count()).toBe(0);
      await page.getByLabel("原版本").selectOption("1.0.0");
      await page.getByLabel("新版本").selectOption("1.0.0");
      await poll(() => page.getByText("两个版本没有差别").count()).toBe(1);
    });
  });
});

describe("规则校验", { timeout: BROWSER_TIMEOUT }, () => {
  it("checks the served rules and runs their cases, saying nothing is uploaded", async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/#/check`);
      expect(await page.getByText("不会上传：文件只在本机浏览器中读取和校验。").isVisible()).toBe(true);
      await poll(() => page.getByRole("heading", { name: "问题：0" }).count()).toBe(1);
      await poll(() => page.getByText(/^\d+ 通过，0 未通过$/).innerText()).toMatch(/^[1-9]\d* 通过/);
    });
  });

  it("locates a broken file to its line, and shows the line", async () => {
    const file = `${FIXTURES}broken/offenses/dlf-71.json`;
    const line = (await readFile(file, "utf8")).split("\n").findIndex((l) => l.includes('"max": "9"')) + 1;
    expect(line).toBeGreaterThan(1);
    await withPage(async (page) => {
      await page.goto(`${server.url}/#/check`);
      await page.getByLabel("选择规则文件").setInputFiles([`${FIXTURES}broken/ruleset.json`, file]);
      const issues = page.getByRole("table");
      await poll(() => page.getByRole("heading", { name: "问题：1" }).count()).toBe(1);
      const row = issues.getByRole("row").filter({ hasText: "BAND_OUTSIDE_STATUTE" });
      expect(await row.innerText()).toContain(`dlf-71.json:${line}:`);
      expect(await row.innerText()).toContain("超出法定幅度");
      await row.getByRole("button", { name: "查看该行" }).click();
      const source = page.getByRole("region", { name: `dlf-71.json:${line}` });
      expect(await source.locator("mark").innerText()).toContain('"max": "9"');
      await screenshot(page, "check");

      // The same files dropped on the page.
      await page.reload();
      await poll(() => page.getByRole("heading", { name: "问题：0" }).count()).toBe(1);
      const texts = await Promise.all([`${FIXTURES}broken/ruleset.json`, file].map((f) => readFile(f, "utf8")));
      const drop = await page.evaluateHandle(
        `(() => { const d = new DataTransfer(); ${JSON.stringify(texts)}.forEach((t, i) => d.items.add(new File([t], ["ruleset.json", "dlf-71.json"][i], { type: "application/json" }))); return d; })()`,
      );
      await page.getByRole("group", { name: "或把规则文件夹、文件拖到这里" }).dispatchEvent("drop", { dataTransfer: drop });
      await poll(() => issues.getByRole("row").filter({ hasText: "BAND_OUTSIDE_STATUTE" }).innerText()).toContain(`dlf-71.json:${line}:`);

      // The same folder opened whole: the issue names the file by its path inside the folder.
      await page.getByLabel("打开规则文件夹").setInputFiles(`${FIXTURES}broken`);
      await poll(() => issues.getByRole("row").filter({ hasText: "BAND_OUTSIDE_STATUTE" }).innerText()).toContain(`broken/offenses/dlf-71.json:${line}:`);
    });
  });
});

describe("language and navigation", { timeout: BROWSER_TIMEOUT }, () => {
  it("switches to English and back; every view has its own URL and a navigation link", async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/#/trial`);
      await page.getByRole("button", { name: "English" }).click();
      const nav = page.getByRole("navigation", { name: "Main navigation" });
      expect(await nav.getByRole("link").allInnerTexts()).toEqual(["Standard", "Case trial", "Compare versions", "Check rules"]);
      expect(await page.evaluate("document.documentElement.lang")).toBe("en");
      expect(await page.getByRole("button", { name: "Compute" }).count()).toBe(1);
      await page.getByRole("button", { name: "中文" }).click();
      const links = page.getByRole("navigation", { name: "主导航" }).getByRole("link");
      expect(await links.allInnerTexts()).toEqual(["裁量基准", "案件试算", "版本对比", "规则校验"]);
      for (const [name, hash] of [["裁量基准", "#/standard"], ["案件试算", "#/trial"], ["版本对比", "#/diff"], ["规则校验", "#/check"]] as const) {
        await links.getByText(name, { exact: true }).click();
        // The view renders after the hash changes: wait for it, as a person would.
        await poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe(name);
        expect(new URL(page.url()).hash).toBe(hash);
      }
    });
  });
});
