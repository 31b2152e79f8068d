// Compares every article text quoted in the rule packs (LegalRef: { law, lawVersion, article,
// paragraph?, item?, text }) with the statute files in ../shared/legal, character for character,
// so a pack cannot drift from the law (npm run check:statutes; run by .ci).
// Where ../shared/legal is absent (a user's machine), it says so and exits 0.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
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

/** One article of a statute file: its paragraphs (款), each with its items (项). */
export interface Article {
  number: number;
  /** Every non-empty line of the article, heading included, in order. */
  lines: string[];
  paragraphs: Array<{ lines: string[]; items: string[] }>;
}

const ARTICLE_HEAD = /^第([〇零一二两三四五六七八九十百千]+)条(?:\s|　|$)/;
const ITEM_HEAD = /^[（(][一二三四五六七八九十]+[)）]/;

/** Splits a statute file (markdown, one paragraph a line) into its articles. */
export function parseArticles(markdown: string): Map<number, Article> {
  const out = new Map<number, Article>();
  let current: Article | null = null;
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") continue;
    const head = ARTICLE_HEAD.exec(line);
    if (line.startsWith("#")) {
      current = null;
      continue;
    }
    if (head) {
      current = { number: fromChineseNumeral(head[1] as string), lines: [], paragraphs: [] };
      if (!out.has(current.number)) out.set(current.number, current);
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
 * Checks one citation against the parsed statute: every line of `text` must occur, character for
 * character, in the article (or in the paragraph, or in the item, when given; an item may be quoted
 * with the words of its paragraph that introduce the items). Returns the problems.
 */
export function matchCitation(articles: ReadonlyMap<number, Article>, c: Citation): string[] {
  const art = articles.get(c.article);
  const where = cite({ ...c, law: "" });
  if (!art) return [`${where} not found`];
  let scope: string[] = art.lines;
  if (c.paragraph !== undefined) {
    const p = art.paragraphs[c.paragraph - 1];
    if (!p) return [`${where}: the article has no paragraph ${c.paragraph}`];
    scope = [...p.lines, ...p.items];
    if (c.item !== undefined) {
      const it = p.items[c.item - 1];
      if (!it) return [`${where}: the paragraph has no item ${c.item}`];
      // An item is quoted with the paragraph's own words that introduce it (its chapeau), never another item.
      scope = [...p.lines, it];
    }
  } else if (c.item !== undefined) {
    const items = art.paragraphs.flatMap((p) => p.items.map((it) => ({ it, chapeau: p.lines })));
    const found = items[c.item - 1];
    if (!found) return [`${where}: the article has no item ${c.item}`];
    scope = [...found.chapeau, found.it];
  }
  const problems: string[] = [];
  for (const part of c.text.split("\n")) {
    if (part.trim() === "") continue;
    if (!scope.some((line) => line.includes(part))) problems.push(`${where}: text differs from the statute: "${part}"`);
  }
  return problems;
}

/** The statute file's name for a citation: "<law>(<lawVersion>).md", or the only file of that law. */
export function statuteFileName(legalDir: string, c: Pick<Citation, "law" | "lawVersion">): string | null {
  if (c.lawVersion) {
    const name = `${c.law}(${c.lawVersion}).md`;
    return existsSync(join(legalDir, name)) ? name : null;
  }
  const files = readdirSync(legalDir).filter((f) => f.startsWith(`${c.law}(`) && f.endsWith(").md"));
  return files.length === 1 ? (files[0] as string) : null;
}

export interface Mismatch {
  file: string;
  offense: string | null;
  message: string;
}

/** Every LegalRef in a parsed rule file (ruleset header, offense, or a ruleset with offenses inside). */
export function citationsIn(json: unknown): Array<{ offense: string | null; citation: Citation }> {
  const out: Array<{ offense: string | null; citation: Citation }> = [];
  const visit = (v: unknown, offense: string | null) => {
    if (Array.isArray(v)) v.forEach((x) => visit(x, offense));
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.law === "string" && typeof o.article === "number" && typeof o.text === "string") {
        out.push({ offense, citation: o as unknown as Citation });
        return;
      }
      const here = typeof o.id === "string" && "legalBasis" in o ? o.id : offense;
      for (const x of Object.values(o)) visit(x, here);
    }
  };
  visit(json, null);
  return out;
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

/** Checks every citation of every rule file under `rulesDir` against the statutes in `legalDir`. */
export function checkStatutes(rulesDir: string, legalDir: string): { checked: number; mismatches: Mismatch[] } {
  const cache = new Map<string, Map<number, Article>>();
  const mismatches: Mismatch[] = [];
  let checked = 0;
  for (const file of ruleFiles(rulesDir)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      mismatches.push({ file, offense: null, message: `not valid JSON: ${(e as Error).message}` });
      continue;
    }
    for (const { offense, citation } of citationsIn(json)) {
      checked++;
      const name = statuteFileName(legalDir, citation);
      if (!name) {
        mismatches.push({ file, offense, message: `no statute file for ${citation.law}(${citation.lawVersion ?? "?"})` });
        continue;
      }
      let articles = cache.get(name);
      if (!articles) {
        articles = parseArticles(readFileSync(join(legalDir, name), "utf8"));
        cache.set(name, articles);
      }
      for (const message of matchCitation(articles, citation)) mismatches.push({ file, offense, message: `${citation.law}${message}` });
    }
  }
  return { checked, mismatches };
}

/** Repository root and the shared statute folder, from this script's location. */
export function defaultPaths(): { repoRoot: string; rulesDir: string; legalDir: string } {
  const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
  return { repoRoot, rulesDir: join(repoRoot, "rules"), legalDir: join(repoRoot, "..", "shared", "legal") };
}

function main(): void {
  const { repoRoot, rulesDir, legalDir } = defaultPaths();
  if (!existsSync(legalDir)) {
    console.log(`statute texts absent (${relative(repoRoot, legalDir)}): skipping the check / 法规文本目录不存在，跳过核对`);
    return;
  }
  const { checked, mismatches } = checkStatutes(rulesDir, legalDir);
  for (const m of mismatches) console.log(`✖ ${relative(repoRoot, m.file)}${m.offense ? ` [${m.offense}]` : ""}: ${m.message}`);
  console.log(`${checked} citations checked, ${mismatches.length} mismatch(es) / 核对引文 ${checked} 处，不一致 ${mismatches.length} 处`);
  if (mismatches.length > 0) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
