// Compares every article text quoted in the rule packs (LegalRef: { law, lawVersion, article,
// paragraph?, item?, text }) with the statute texts shipped in statutes/, whole paragraph by whole
// paragraph and item by item, so a pack cannot drift from the law (npm run check:statutes; run by .ci).
// A cited law whose text is missing is a failure, never a skip: the repository carries its statutes.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { cite, fromChineseNumeral } from "@cailiang/core";

/** A citation as written in a rule file. */
export interface Citation {
  law: string;
  lawVersion?: string;
  article: number;
  paragraph?: number;
  item?: number;
  text: string;
}

/** One article of a statute text: its paragraphs (款), each with its items (项). */
export interface Article {
  number: number;
  /** Every non-empty line of the article in order, the heading 「第X条」 removed from the first. */
  lines: string[];
  paragraphs: Array<{ lines: string[]; items: string[] }>;
}

const ARTICLE_HEAD = /^第([〇零一二两三四五六七八九十百千]+)条(?:[\s　]+|$)/;
const ITEM_HEAD = /^[（(][一二三四五六七八九十]+[)）]/;

/** Splits a statute text (markdown, one paragraph a line) into its articles. */
export function parseArticles(markdown: string): Map<number, Article> {
  const out = new Map<number, Article>();
  let current: Article | null = null;
  for (const raw of markdown.split(/\r?\n/)) {
    let line = raw.trim();
    if (line === "") continue;
    if (line.startsWith("#")) {
      current = null;
      continue;
    }
    const head = ARTICLE_HEAD.exec(line);
    if (head) {
      current = { number: fromChineseNumeral(head[1] as string), lines: [], paragraphs: [] };
      if (!out.has(current.number)) out.set(current.number, current);
      line = line.slice(head[0].length);
      if (line === "") continue;
    }
    if (!current) continue;
    current.lines.push(line);
    const last = current.paragraphs[current.paragraphs.length - 1];
    if (ITEM_HEAD.test(line) && last) last.items.push(line);
    else current.paragraphs.push({ lines: [line], items: [] });
  }
  return out;
}

/**
 * The line sequences a citation may quote, whole: the article (every line), a paragraph (its words
 * and all its items), or an item (alone, or after its paragraph's words that introduce the items).
 * Returns an error message when the article, paragraph or item does not exist.
 */
export function quotableTexts(articles: ReadonlyMap<number, Article>, c: Citation): string[][] | string {
  const art = articles.get(c.article);
  const where = cite({ ...c, law: "" });
  if (!art) return `${where}不存在 / ${where} not found`;
  if (c.item !== undefined) {
    let items: Array<{ it: string; chapeau: string[] }>;
    if (c.paragraph !== undefined) {
      const p = art.paragraphs[c.paragraph - 1];
      if (!p) return `${where}：该条没有第${c.paragraph}款 / the article has no paragraph ${c.paragraph}`;
      items = p.items.map((it) => ({ it, chapeau: p.lines }));
    } else items = art.paragraphs.flatMap((p) => p.items.map((it) => ({ it, chapeau: p.lines })));
    const found = items[c.item - 1];
    if (!found) return `${where}：没有第${c.item}项 / there is no item ${c.item}`;
    return [[found.it], [...found.chapeau, found.it]];
  }
  if (c.paragraph !== undefined) {
    const p = art.paragraphs[c.paragraph - 1];
    if (!p) return `${where}：该条没有第${c.paragraph}款 / the article has no paragraph ${c.paragraph}`;
    return [[...p.lines, ...p.items]];
  }
  return [art.lines];
}

/** Where two line sequences first differ, with a few characters either side: Chinese, then English. */
export function firstDifference(quoted: readonly string[], statute: readonly string[]): { zh: string; en: string } | null {
  for (let i = 0; i < Math.max(quoted.length, statute.length); i++) {
    const q = quoted[i];
    const s = statute[i];
    if (q === s) continue;
    if (q === undefined) return { zh: `引文缺少第${i + 1}行，原文为“${clip(s as string)}”`, en: `the quotation lacks line ${i + 1}: "${clip(s as string)}"` };
    if (s === undefined) return { zh: `引文第${i + 1}行是原文没有的：“${clip(q)}”`, en: `quotation line ${i + 1} is not in the statute: "${clip(q)}"` };
    const qc = Array.from(q);
    const sc = Array.from(s);
    let j = 0;
    while (j < qc.length && j < sc.length && qc[j] === sc[j]) j++;
    const shown = (cs: string[]) => `${j > 8 ? "…" : ""}${cs.slice(Math.max(0, j - 8), j).join("")}【${cs[j] ?? "（完）"}】${cs.slice(j + 1, j + 9).join("")}${cs.length > j + 9 ? "…" : ""}`;
    return {
      zh: `第${i + 1}行第${j + 1}字起不同：引文“${shown(qc)}”，原文“${shown(sc)}”`,
      en: `line ${i + 1}, character ${j + 1} differs: quoted "${shown(qc)}", statute "${shown(sc)}"`,
    };
  }
  return null;
}

function clip(s: string): string {
  const cs = Array.from(s);
  return cs.slice(0, 24).join("") + (cs.length > 24 ? "…" : "");
}

/**
 * Checks one citation: its text, split at line breaks, must be exactly the lines of the article,
 * paragraph or item it names (see quotableTexts). Returns the problems, each naming the place.
 */
export function matchCitation(articles: ReadonlyMap<number, Article>, c: Citation): string[] {
  const where = cite({ ...c, law: "" });
  const candidates = quotableTexts(articles, c);
  if (typeof candidates === "string") return [candidates];
  const quoted = c.text.split("\n");
  if (candidates.some((lines) => lines.length === quoted.length && lines.every((l, i) => l === quoted[i]))) return [];
  // Compare with the form of the same length (an item alone, or with its chapeau), else the longest.
  const closest = candidates.find((lines) => lines.length === quoted.length) ?? candidates[candidates.length - 1] ?? [];
  const whole = c.item !== undefined ? "该项" : c.paragraph !== undefined ? "该款" : "该条";
  const wholeEn = c.item !== undefined ? "the item" : c.paragraph !== undefined ? "the paragraph" : "the article";
  const diff = firstDifference(quoted, closest);
  return [`${where}：引文不是${whole}的完整原文${diff ? `，${diff.zh}` : ""} / ${where}: the quotation is not ${wholeEn} word for word${diff ? `; ${diff.en}` : ""}`];
}

// The header of a statute file: what text it is, and where it was copied from.
const StatuteHeader = z
  .object({
    title: z.string().min(1),
    law: z.string().min(1),
    version: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    history: z.array(z.string().min(1)).min(1),
    source: z.union([
      z.object({ repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/), path: z.string().min(1), commit: z.string().regex(/^[0-9a-f]{40}$/), url: z.url().optional() }).strict(),
      z.object({ url: z.url() }).strict(),
      z.object({ document: z.string().min(1) }).strict(),
    ]),
    blob: z.string().regex(/^[0-9a-f]{40}$/),
    status: z.string().min(1),
    notes: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type StatuteHeader = z.infer<typeof StatuteHeader>;

/** A statute file read from disk: its header, its text and the articles of that text. */
export interface StatuteText {
  file: string;
  header: StatuteHeader;
  articles: Map<number, Article>;
}

export interface Mismatch {
  /** The file, with `:line:column` of the quotation's `"text"` when it can be found. */
  file: string;
  offense: string | null;
  /** JSON path of the citation in the rule file, e.g. legalBasis.penalty[0]. */
  path?: string;
  message: string;
}

/** The git object id of a text (`git hash-object`), which the header records as `blob`. */
export function gitBlobId(bytes: Buffer): string {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** The file name a statute text must have: `<law>(<version>).md`, or `<law>.md` when undated. */
export function statuteFileName(law: string, version: string | null | undefined): string {
  return version ? `${law}(${version}).md` : `${law}.md`;
}

/** Reads one statute file: a YAML header between `---` lines, then the text, byte for byte as copied. */
export function readStatuteFile(file: string, bytes: Buffer): StatuteText | Mismatch {
  const text = bytes.toString("utf8");
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) return { file, offense: null, message: "法规文本缺少开头的来源说明（--- 之间的 YAML） / the statute file has no header (YAML between --- lines)" };
  let raw: unknown;
  try {
    raw = parseYaml(m[1] as string);
  } catch (e) {
    return { file, offense: null, message: `来源说明不是有效的 YAML / the header is not valid YAML: ${(e as Error).message}` };
  }
  const parsed = StatuteHeader.safeParse(raw);
  if (!parsed.success) {
    const what = parsed.error.issues.map((i) => `${i.path.join(".") || "(header)"}: ${i.message}`).join("; ");
    return { file, offense: null, message: `来源说明不完整或者有误 / the header is incomplete or wrong: ${what}` };
  }
  const header = parsed.data;
  const body = bytes.subarray(Buffer.byteLength(m[0], "utf8"));
  const expectedName = statuteFileName(header.law, header.version);
  if (basename(file) !== expectedName) return { file, offense: null, message: `文件名应为 ${expectedName}（与说明中的 law、version 一致） / the file should be named ${expectedName} after its header's law and version` };
  const blob = gitBlobId(body);
  if (blob !== header.blob) return { file, offense: null, message: `文本与来源不一致：说明记载的 blob 为 ${header.blob}，文本实际为 ${blob}（文本被改动过？） / the text differs from its source: the header records blob ${header.blob}, the text is ${blob}` };
  return { file, header, articles: parseArticles(body.toString("utf8")) };
}

/** Every statute file in `dir` (README.md aside), keyed by `<law>(<version>)`, with the problems found. */
export function loadStatutes(dir: string): { texts: Map<string, StatuteText>; problems: Mismatch[] } {
  const texts = new Map<string, StatuteText>();
  const problems: Mismatch[] = [];
  if (!existsSync(dir)) return { texts, problems };
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".md") || name === "README.md") continue;
    const file = join(dir, name);
    const read = readStatuteFile(file, readFileSync(file));
    if ("header" in read) texts.set(statuteKey(read.header.law, read.header.version), read);
    else problems.push(read);
  }
  return { texts, problems };
}

function statuteKey(law: string, version: string | null | undefined): string {
  return `${law}(${version ?? ""})`;
}

/** The text a citation names: its law at its `lawVersion`, or the only text of that law when no version is given. */
export function findStatute(texts: ReadonlyMap<string, StatuteText>, c: Pick<Citation, "law" | "lawVersion">): StatuteText | null {
  if (c.lawVersion) return texts.get(statuteKey(c.law, c.lawVersion)) ?? null;
  const all = [...texts.values()].filter((t) => t.header.law === c.law);
  return all.length === 1 ? (all[0] as StatuteText) : null;
}

/** Every LegalRef in a parsed rule file (ruleset header, offense, or a ruleset with offenses inside), in file order. */
export function citationsIn(json: unknown): Array<{ offense: string | null; path: string; citation: Citation }> {
  const out: Array<{ offense: string | null; path: string; citation: Citation }> = [];
  const visit = (v: unknown, offense: string | null, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, offense, `${path}[${i}]`));
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.law === "string" && typeof o.article === "number" && typeof o.text === "string") {
        out.push({ offense, path, citation: o as unknown as Citation });
        return;
      }
      const here = typeof o.id === "string" && "legalBasis" in o ? o.id : offense;
      for (const [k, x] of Object.entries(o)) visit(x, here, path ? `${path}.${k}` : k);
    }
  };
  visit(json, null, "");
  return out;
}

/**
 * `:line:column` of the `"text"` member of each citation, in file order: the n-th citation quoting a
 * text is found at that text's n-th occurrence. Empty where the raw file writes the text otherwise.
 */
function textPositions(raw: string, texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const needle = `"text": ${JSON.stringify(text)}`;
    let at = -1;
    for (let n = (seen.get(text) ?? 0) + 1; n > 0; n--) {
      at = raw.indexOf(needle, at + 1);
      if (at < 0) return "";
    }
    seen.set(text, (seen.get(text) ?? 0) + 1);
    const before = raw.slice(0, at);
    const line = before.split("\n").length;
    return `:${line}:${at - before.lastIndexOf("\n")}`;
  });
}

/** Rule files: every .json under rules/ except the generated schemas and the case files. */
export function ruleFiles(rulesDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== "schema" && name !== "cases" && !name.startsWith(".")) walk(p);
      } else if (name.endsWith(".json") && !name.endsWith(".cases.json")) out.push(p);
    }
  };
  walk(rulesDir);
  return out;
}

/** Checks every citation of every rule file under `rulesDir` against the statute texts in `statutesDir`. */
export function checkStatutes(rulesDir: string, statutesDir: string): { checked: number; perText: Map<string, number>; mismatches: Mismatch[] } {
  const { texts, problems } = loadStatutes(statutesDir);
  const mismatches: Mismatch[] = [...problems];
  const perText = new Map<string, number>();
  let checked = 0;
  for (const file of ruleFiles(rulesDir)) {
    let json: unknown;
    const raw = readFileSync(file, "utf8");
    try {
      json = JSON.parse(raw);
    } catch (e) {
      mismatches.push({ file, offense: null, message: `不是有效的 JSON / not valid JSON: ${(e as Error).message}` });
      continue;
    }
    const citations = citationsIn(json);
    const positions = textPositions(raw, citations.map((c) => c.citation.text));
    for (const [i, { offense, path, citation }] of citations.entries()) {
      checked++;
      const at = { file: `${file}${positions[i] ?? ""}`, offense, path };
      const text = findStatute(texts, citation);
      if (!text) {
        const name = statuteFileName(citation.law, citation.lawVersion);
        mismatches.push({
          ...at,
          message: `缺少法规文本《${citation.law}》（${citation.lawVersion ?? "未注明版本"}），应为 ${join(relative(process.cwd(), statutesDir) || statutesDir, name)} / missing statute text: ${citation.law} (${citation.lawVersion ?? "no version"}), expected ${name} in the statutes folder`,
        });
        continue;
      }
      const key = basename(text.file);
      perText.set(key, (perText.get(key) ?? 0) + 1);
      for (const message of matchCitation(text.articles, citation)) mismatches.push({ ...at, message: `《${citation.law}》${message}` });
    }
  }
  return { checked, perText, mismatches };
}

/** Repository root, its rule packs (and the format examples' packs) and its statute texts, from this script's location. */
export function defaultPaths(): { repoRoot: string; rulesDir: string; examplesDir: string; statutesDir: string } {
  const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
  return { repoRoot, rulesDir: join(repoRoot, "rules"), examplesDir: join(repoRoot, "examples", "rule-format"), statutesDir: join(repoRoot, "statutes") };
}

/** `check-statutes.ts [rulesDir] [statutesDir]`: the repository's own folders unless given. */
function main(argv: string[]): void {
  const paths = defaultPaths();
  const repoRoot = paths.repoRoot;
  const rulesDirs = argv[0] ? [argv[0]] : [paths.rulesDir, paths.examplesDir];
  const statutesDir = argv[1] ?? paths.statutesDir;
  if (!existsSync(statutesDir)) console.log(`✖ 法规文本目录不存在：${statutesDir} / the statutes folder is missing: ${statutesDir}`);
  const results = rulesDirs.map((dir) => checkStatutes(dir, statutesDir));
  const checked = results.reduce((n, r) => n + r.checked, 0);
  const mismatches = results.flatMap((r) => r.mismatches);
  const perText = new Map<string, number>();
  for (const r of results) for (const [k, n] of r.perText) perText.set(k, (perText.get(k) ?? 0) + n);
  for (const [name, n] of [...perText].sort()) console.log(`✔ ${name}：${n} 处 / ${n} citation(s)`);
  for (const m of mismatches) console.log(`✖ ${relative(repoRoot, m.file)}${m.offense ? ` [${m.offense}]` : ""}${m.path ? ` ${m.path}` : ""}: ${m.message}`);
  console.log(`核对引文 ${checked} 处（法规文本 ${perText.size} 件），不一致 ${mismatches.length} 处 / ${checked} citations checked against ${perText.size} statute texts, ${mismatches.length} problem(s)`);
  if (mismatches.length > 0 || checked === 0 || !existsSync(statutesDir)) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
