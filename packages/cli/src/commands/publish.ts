import { writeFile } from "node:fs/promises";
import { issueLines, type Registry } from "@cailiang/core";
import { checkRulesDir } from "@cailiang/core/node";
import { publishedTable, renderDocumentHtml, renderTableMarkdown } from "@cailiang/core/publish";
import { colors, type Io } from "../io.js";
import { readRules } from "./read-rules.js";

export interface PublishOptions {
  at?: string;
  format?: string;
  ruleset?: string;
  out?: string;
}

/**
 * `cailiang publish <dir> --at DATE --format html|md`: the version in force on DATE as the table
 * a bureau publishes (行政处罚法第三十四条), from the same code as the workbench's 裁量基准 view.
 */
export async function publishCommand(dir: string, options: PublishOptions, io: Io): Promise<number> {
  const format = options.format ?? "html";
  if (format !== "html" && format !== "md") {
    io.err(`--format 须为 html 或 md / --format must be html or md (got "${format}")`);
    return 2;
  }
  if (options.at !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(options.at))) {
    io.err(`--at 须为日期 YYYY-MM-DD / --at must be a date YYYY-MM-DD (got "${options.at}")`);
    return 2;
  }
  const registry = await validRegistry(dir, io);
  if (!registry) return 1;
  const id = pickRuleset(registry, options.ruleset, io);
  if (!id) return 2;
  const version = options.at ? registry.inForce(id, options.at) : registry.versions(id).at(-1);
  if (!version) {
    io.err(`${options.at} 没有施行的版本 / no version of ${id} is in force on ${options.at}`);
    return 1;
  }
  const table = publishedTable(version);
  const text = format === "html" ? renderDocumentHtml(table) : renderTableMarkdown(table);
  if (options.out) {
    await writeFile(options.out, text);
    io.err(`✓ ${options.out}: ${table.title} ${table.version}, ${table.rows.length} 个违法行为 / offenses`);
  } else io.out(text.replace(/\n$/, ""));
  return 0;
}

/** The rules under `dir` when they validate; otherwise every issue is printed and undefined returned. */
export async function validRegistry(dir: string, io: Io): Promise<Registry | undefined> {
  const checked = await readRules(dir, io, checkRulesDir);
  if (!checked) return undefined;
  if (!checked.registry) {
    const c = colors(io);
    for (const line of issueLines(checked.issues)) io.err(`${c.red("✖")} ${line}`);
    io.err(c.red(`${checked.issues.length} issue(s) in ${dir}`));
    return undefined;
  }
  return checked.registry;
}

/** The ruleset named, or the only one; a message when it cannot be told. */
export function pickRuleset(registry: Registry, asked: string | undefined, io: Io): string | undefined {
  const ids = registry.list().map((r) => r.id);
  if (asked !== undefined) {
    if (ids.includes(asked)) return asked;
    io.err(`未找到规则集 "${asked}" / ruleset "${asked}" not found (${ids.join(", ")})`);
    return undefined;
  }
  if (ids.length === 1) return ids[0];
  io.err(`请用 --ruleset 指明规则集 / name the ruleset with --ruleset (${ids.join(", ")})`);
  return undefined;
}
