import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chineseNumber, fromChineseNumeral } from "@cailiang/core";
import { checkStatutes, defaultPaths, firstDifference, gitBlobId, loadStatutes, matchCitation, parseArticles, readStatuteFile } from "./check-statutes.js";

const { repoRoot, rulesDir, examplesDir, statutesDir } = defaultPaths();

describe("Chinese numerals of article numbers", () => {
  it("reads and writes them both ways", () => {
    const cases: Array<[number, string]> = [[1, "一"], [10, "十"], [14, "十四"], [20, "二十"], [71, "七十一"], [100, "一百"], [105, "一百零五"], [110, "一百一十"]];
    for (const [n, zh] of cases) {
      expect(chineseNumber(n)).toBe(zh);
      expect(fromChineseNumeral(zh)).toBe(n);
    }
  });
});

const statute = [
  "## 第九章 法律责任",
  "",
  "第七十一条 盗窃电能的，由电力管理部门责令停止违法行为，追缴电费并处应交电费五倍以下的罚款；构成犯罪的，依照刑法有关规定追究刑事责任。",
  "",
  "第七十二条 有下列行为之一的，处罚：",
  "",
  "（一）甲行为；",
  "",
  "（二）乙行为。",
  "",
  "前款规定以外的，不予处罚。",
].join("\n");

describe("the matcher compares whole articles, paragraphs and items", () => {
  const articles = parseArticles(statute);
  const law = "电力法";
  const art71 = "盗窃电能的，由电力管理部门责令停止违法行为，追缴电费并处应交电费五倍以下的罚款；构成犯罪的，依照刑法有关规定追究刑事责任。";

  it("reads an article's heading off its first line", () => {
    expect(articles.get(72)?.lines[0]).toBe("有下列行为之一的，处罚：");
    expect(articles.get(72)?.paragraphs.map((p) => p.items.length)).toEqual([2, 0]);
  });

  it("accepts a whole article, a whole paragraph, and an item alone or after its chapeau", () => {
    expect(matchCitation(articles, { law, article: 71, text: art71 })).toEqual([]);
    expect(matchCitation(articles, { law, article: 72, paragraph: 1, text: "有下列行为之一的，处罚：\n（一）甲行为；\n（二）乙行为。" })).toEqual([]);
    expect(matchCitation(articles, { law, article: 72, paragraph: 2, text: "前款规定以外的，不予处罚。" })).toEqual([]);
    expect(matchCitation(articles, { law, article: 72, paragraph: 1, item: 2, text: "有下列行为之一的，处罚：\n（二）乙行为。" })).toEqual([]);
    expect(matchCitation(articles, { law, article: 72, paragraph: 1, item: 2, text: "（二）乙行为。" })).toEqual([]);
    expect(matchCitation(articles, { law, article: 72, item: 1, text: "（一）甲行为；" })).toEqual([]);
  });

  it("rejects a part of an article, paragraph or item that the substring check let through", () => {
    expect(matchCitation(articles, { law, article: 71, text: "追缴电费并处应交电费五倍以下的罚款" })).toHaveLength(1);
    expect(matchCitation(articles, { law, article: 71, text: "第七十一条 " + art71 })).toHaveLength(1);
    expect(matchCitation(articles, { law, article: 72, paragraph: 1, text: "有下列行为之一的，处罚：" })).toHaveLength(1);
    expect(matchCitation(articles, { law, article: 72, paragraph: 1, item: 2, text: "乙行为" })).toHaveLength(1);
    expect(matchCitation(articles, { law, article: 72, text: "前款规定以外的，不予处罚。" })).toHaveLength(1);
  });

  it("rejects a quotation from the wrong article, paragraph or item, an item quoted with its sibling items, and a missing article", () => {
    expect(matchCitation(articles, { law, article: 72, paragraph: 2, text: "（一）甲行为；" })).toHaveLength(1);
    expect(matchCitation(articles, { law, article: 72, paragraph: 1, item: 2, text: "（一）甲行为；" })).toHaveLength(1);
    expect(matchCitation(articles, { law, article: 72, paragraph: 1, item: 2, text: "有下列行为之一的，处罚：\n（一）甲行为；\n（二）乙行为。" })).toHaveLength(1);
    expect(matchCitation(articles, { law, article: 72, paragraph: 3, text: "x" })).toEqual(["第七十二条第三款：该条没有第3款 / the article has no paragraph 3"]);
    expect(matchCitation(articles, { law, article: 72, item: 3, text: "x" })).toEqual(["第七十二条第（三）项：没有第3项 / there is no item 3"]);
    expect(matchCitation(articles, { law, article: 73, text: "x" })).toEqual(["第七十三条不存在 / 第七十三条 not found"]);
  });

  it("names the first differing character, Chinese first", () => {
    const [message] = matchCitation(articles, { law, article: 71, text: art71.replace("五倍", "三倍") });
    expect(message).toBe(
      "第七十一条：引文不是该条的完整原文，第1行第33字起不同：引文“…电费并处应交电费【三】倍以下的罚款；构…”，原文“…电费并处应交电费【五】倍以下的罚款；构…”" +
        " / 第七十一条: the quotation is not the article word for word; line 1, character 33 differs: quoted \"…电费并处应交电费【三】倍以下的罚款；构…\", statute \"…电费并处应交电费【五】倍以下的罚款；构…\"",
    );
  });

  it("reports a missing or an extra line", () => {
    expect(firstDifference(["甲"], ["甲", "乙"])?.zh).toBe("引文缺少第2行，原文为“乙”");
    expect(firstDifference(["甲", "丙"], ["甲"])?.en).toBe('quotation line 2 is not in the statute: "丙"');
    expect(firstDifference(["甲乙"], ["甲乙丙"])?.zh).toBe("第1行第3字起不同：引文“甲乙【（完）】”，原文“甲乙【丙】”");
    expect(firstDifference(["甲"], ["甲"])).toBeNull();
  });
});

describe("statute files", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), "statutes-"));
    dirs.push(d);
    return d;
  };
  const header = (body: string, over: Record<string, string> = {}) =>
    [
      "---",
      `title: 中华人民共和国电力法`,
      `law: ${over.law ?? "电力法"}`,
      `version: ${over.version ?? "2018-12-29"}`,
      "history:",
      "  - 2018年12月29日 第三次修正",
      "source:",
      "  repository: LawRefBook/Laws",
      "  path: 经济法/电力法(2018-12-29).md",
      "  commit: 2f4c5c23716267af9dbebbbbd6cbbf732b101981",
      `blob: ${over.blob ?? gitBlobId(Buffer.from(body))}`,
      "status: 测试",
      "---",
      "",
    ].join("\n") + body;

  it("read with a header whose blob is the text's git object id", () => {
    const read = readStatuteFile("/x/电力法(2018-12-29).md", Buffer.from(header(statute)));
    expect("header" in read && read.header.source).toEqual({ repository: "LawRefBook/Laws", path: "经济法/电力法(2018-12-29).md", commit: "2f4c5c23716267af9dbebbbbd6cbbf732b101981" });
    expect("articles" in read && read.articles.get(71)?.number).toBe(71);
  });

  it("are refused without a header, with an incomplete header, under the wrong name or with an edited text", () => {
    const message = (name: string, text: string) => {
      const read = readStatuteFile(`/x/${name}`, Buffer.from(text));
      return "message" in read ? read.message : "";
    };
    expect(message("电力法(2018-12-29).md", statute)).toMatch(/^法规文本缺少开头的来源说明/);
    expect(message("电力法(2018-12-29).md", header(statute).replace(/source:\n(  .*\n)+/, ""))).toMatch(/^来源说明不完整或者有误.*source/);
    expect(message("电力法(2019-01-01).md", header(statute))).toMatch(/^文件名应为 电力法\(2018-12-29\)\.md/);
    expect(message("电力法(2018-12-29).md", header(statute).replace("五倍", "十倍"))).toMatch(/^文本与来源不一致/);
  });

  it("in the repository: every one has a valid header and its text matches its recorded source", () => {
    const names = readdirSync(statutesDir).filter((n) => n.endsWith(".md") && n !== "README.md");
    const { texts, problems } = loadStatutes(statutesDir);
    expect(problems).toEqual([]);
    expect(texts.size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  it("missing for a cited law fail the check, naming the rule file, the offense and the law", () => {
    const rules = tmp();
    mkdirSync(join(rules, "p", "1.0.0", "offenses"), { recursive: true });
    const offense = { id: "jnf-76", legalBasis: { penalty: [{ law: "节约能源法", lawVersion: "2018-10-26", article: 76, text: "x" }] } };
    const file = join(rules, "p", "1.0.0", "offenses", "jnf-76.json");
    writeFileSync(file, JSON.stringify(offense, null, 2));
    const statutes = tmp();
    writeFileSync(join(statutes, "电力法(2018-12-29).md"), header(statute));
    const { checked, mismatches } = checkStatutes(rules, statutes);
    expect(checked).toBe(1);
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ file: `${file}:9:9`, offense: "jnf-76", path: "legalBasis.penalty[0]" });
    expect(mismatches[0]?.message).toMatch(/^缺少法规文本《节约能源法》（2018-10-26），应为 .*节约能源法\(2018-10-26\)\.md/);
    // The script exits 1 and says why, also when the whole statutes folder is absent.
    for (const dir of [statutes, join(statutes, "absent")]) {
      let out = "";
      let status = 0;
      try {
        execFileSync(process.execPath, ["--import", "tsx", "--conditions=@cailiang/source", join(repoRoot, "scripts", "check-statutes.ts"), rules, dir], { cwd: repoRoot, encoding: "utf8" });
      } catch (e) {
        const err = e as { status: number; stdout: string };
        status = err.status;
        out = err.stdout;
      }
      expect(status).toBe(1);
      expect(out).toMatch(/✖ .*jnf-76\.json:9:9 \[jnf-76\] legalBasis\.penalty\[0\]: 缺少法规文本《节约能源法》/);
    }
  });
});

describe("the shipped rule packs against statutes/", () => {
  it("name the line, column and JSON path of each failing quotation, twice-quoted texts included", () => {
    const rules = mkdtempSync(join(tmpdir(), "rules-"));
    try {
      mkdirSync(join(rules, "p", "1.0.0", "offenses"), { recursive: true });
      const ref = { law: "电力法", lawVersion: "2018-12-29", article: 71, text: "盗窃电能的。" };
      const file = join(rules, "p", "1.0.0", "offenses", "dlf-71.json");
      writeFileSync(file, JSON.stringify({ id: "dlf-71", legalBasis: { violated: [ref], penalty: [ref] } }, null, 2));
      const { mismatches } = checkStatutes(rules, statutesDir);
      expect(mismatches.map((m) => [m.file.slice(file.length), m.path])).toEqual([
        [":9:9", "legalBasis.violated[0]"],
        [":17:9", "legalBasis.penalty[0]"],
      ]);
    } finally {
      rmSync(rules, { recursive: true, force: true });
    }
  });

  it("quote every article, paragraph and item whole, character for character", () => {
    const { checked, perText, mismatches } = checkStatutes(rulesDir, statutesDir);
    expect(mismatches).toEqual([]);
    expect(checked).toBe([...perText.values()].reduce((a, b) => a + b, 0));
    expect(checked).toBeGreaterThan(70);
  });

  it("the format examples (examples/rule-format) quote theirs whole too", () => {
    const { checked, perText, mismatches } = checkStatutes(examplesDir, statutesDir);
    expect(mismatches).toEqual([]);
    expect([...perText.keys()].sort()).toEqual(["建设工程质量管理条例(2019-04-23).md", "招标投标法(2017-12-27).md", "节约能源法(2018-10-26).md"]);
    expect(checked).toBe(10);
  });

  it("fail when a quoted text is altered", () => {
    const file = join(rulesDir, "hebei-luquan-gxj", "1.0.0", "offenses", "dlf-71.json");
    const offense = JSON.parse(readFileSync(file, "utf8")) as { legalBasis: { penalty: Array<{ law: string; lawVersion: string; article: number; text: string }> } };
    const ref = offense.legalBasis.penalty[0];
    expect(ref).toBeDefined();
    if (!ref) return;
    const text = loadStatutes(statutesDir).texts.get(`${ref.law}(${ref.lawVersion})`);
    expect(text).toBeDefined();
    if (!text) return;
    expect(matchCitation(text.articles, ref)).toEqual([]);
    expect(matchCitation(text.articles, { ...ref, text: ref.text.replace("五倍", "十倍") })).not.toEqual([]);
  });
});
