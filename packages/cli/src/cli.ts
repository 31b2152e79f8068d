import { cac } from "cac";
import { assessCommand, type AssessOptions } from "./commands/assess.js";
import { assessBatchCommand, type AssessBatchOptions } from "./commands/assess-batch.js";
import { diffCommand } from "./commands/diff.js";
import { publishCommand, type PublishOptions } from "./commands/publish.js";
import { reportCommand, type ReportOptions } from "./commands/report.js";
import { reviewCommand, type ReviewOptions } from "./commands/review.js";
import { serveCommand, type ServeOptions } from "./commands/serve.js";
import { test, type TestOptions } from "./commands/test.js";
import { validate } from "./commands/validate.js";
import { versionCommand } from "./commands/version.js";
import { issueCommand } from "./commands/issue.js";
import { webCommand } from "./commands/web.js";
import type { Io } from "./io.js";

const VERSION = "0.1.0";

interface RulesOption {
  rules: string;
}

/**
 * Runs the `cailiang` command line on `argv` (without node and the script) and returns the exit
 * code. Output goes through `io`, so it can run in-process in tests.
 * @example
 * process.exitCode = await run(["validate", "rules"], processIo());
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const cli = cac("cailiang");
  // Every command reads rules from --rules DIR (default: $RULES_DIR, else ./rules).
  cli.option("--rules <dir>", "Rules directory (a rules root, one standard, or one version)", { default: process.env.RULES_DIR || "rules" });

  cli
    .command("validate [path]", "Validate rule packs and their cases (or one file of a pack): every issue as file:line:col path message")
    .example("cailiang validate rules/hebei-luquan-gxj/1.0.0/offenses/dlf-71.json")
    .action((dir: string | undefined, o: RulesOption) => validate(dir ?? o.rules, io));

  cli
    .command("test [path]", "Run the packs' cases (or those of one offense or case file): a line per case, then `N passed, M failed`")
    .option("--filter <pattern>", "Only cases whose offense id or name contains PATTERN, or matches it as a glob (dlf-*)")
    .option("--junit <file>", "Also write the outcomes as JUnit XML, for CI")
    .option("--update", "Rewrite what the cases expect to what the rules now give, and print each change")
    .example("cailiang test rules --filter 'dlf-7*' --junit cases.xml")
    .action((dir: string | undefined, o: RulesOption & TestOptions) => test(dir ?? o.rules, o, io));

  cli
    .command("version <pack> <version>", "Start a new version of a rule pack: copy the latest version folder, set its dates, close the previous one")
    .option("--from <date>", "The new version's first day in force (YYYY-MM-DD)")
    .example("cailiang version rules/hebei-luquan-gxj 1.1.0 --from 2027-01-01")
    .action((pack: string, version: string, options: { from?: string }) => versionCommand(pack, version, options, io));

  cli
    .command("issue <dir>", "Issue a draft version under its document number (文号) and record its hash: it can no longer be edited")
    .option("--document <number>", "The document number (文号)")
    .example("cailiang issue rules/hebei-luquan-gxj/1.0.0 --document '鹿工信〔2026〕1号'")
    .action((dir: string, options: { document?: string }) => issueCommand(dir, options, io));

  cli
    .command("assess", "Assess one case and explain it in Chinese (--json for the API result)")
    .option("--offense <id>", "Offense id, e.g. dlf-71")
    .option("--facts <json>", `The offense's facts as JSON, e.g. '{"unpaidFee":"10000"}'`)
    .option("--ruleset <id>", "Ruleset id (may be left out when the rules hold one)")
    .option("--party <kind>", "organization | individual")
    .option("--age <n>", "Individuals: age at the time of the act")
    .option("--capacity <c>", "full | partial | none")
    .option("--non-business", "The act was not done in business activity (从事非经营活动): the hearing threshold outside business applies")
    .option("--role <r>", "两罚 rows: organization (default) | responsible-person (the unit's directly responsible persons, with --party individual)")
    .option("--circumstances <ids>", "Circumstance ids found, comma-separated")
    .option("--concurrent <ids>", "Other offenses the same act violates, comma-separated")
    .option("--act <date>", "Date of the act (YYYY-MM-DD)")
    .option("--act-ended <date>", "Date a continuing act ended")
    .option("--discovered <date>", "Date of discovery")
    .option("--filed <date>", "Date of filing")
    .option("--decision <date>", "Date of the decision")
    .option("--json", "Print the result as JSON")
    .option("--batch <file>", "Assess every case of a CSV, XLSX or JSON-lines file: one JSON line per case, in input order")
    .option("--out <file>", "--batch: write the lines to this file (default stdout)")
    .option("--workers <n>", "--batch: worker threads (default: every core)")
    .option("--encoding <enc>", "--batch: CSV encoding (default: UTF-8, else GBK/GB18030)")
    .example(`cailiang assess --offense dlf-71 --party organization --facts '{"unpaidFee":"10000"}' --act 2025-03-01 --decision 2025-06-10`)
    .example("cailiang assess --batch cases.csv --out results.jsonl")
    .action((options: AssessOptions & Partial<AssessBatchOptions>) => (options.batch ? assessBatchCommand({ ...options, batch: options.batch }, io) : assessCommand(options, io)));

  cli
    .command("review [file]", "Review decided cases (案卷评查) from a CSV, XLSX or JSON-lines file; exit 1 on any error finding")
    .option("--out <file>", "Write to this file (default stdout)")
    .option("--format <format>", "jsonl (default) | csv | xlsx | html")
    .option("--workers <n>", "Worker threads (default: every core)")
    .option("--encoding <enc>", "CSV encoding (default: UTF-8, else GBK/GB18030)")
    .example("cailiang review examples/decided-cases.csv --format html --out review.html")
    .action((file: string | undefined, options: ReviewOptions) => reviewCommand(file, options, io));

  cli
    .command("report [file]", "The half-year report of major decisions (重大行政处罚决定备案报告), as XLSX and HTML")
    .option("--half <half>", "The half year, e.g. 2026H1")
    .option("--out <prefix>", "Output files PREFIX.xlsx and PREFIX.html (default major-decisions-<half>)")
    .option("--workers <n>", "Worker threads (default: every core)")
    .option("--encoding <enc>", "CSV encoding (default: UTF-8, else GBK/GB18030)")
    .example("cailiang report --half 2026H1 examples/decided-cases.csv")
    .action((file: string | undefined, options: ReportOptions) => reportCommand(file, options, io));

  cli
    .command("serve", "Start the HTTP API (as npm start)")
    .option("--host <host>", "Default HOST or 127.0.0.1")
    .option("--port <port>", "Default PORT or 8787")
    .option("--log-level <level>", "debug | info | warn | error | silent")
    .action((options: ServeOptions) => serveCommand(options, io));

  cli
    .command("publish <dir>", "Write the standard in force on a date as the published table (行政处罚法第三十四条)")
    .option("--at <date>", "The date (YYYY-MM-DD); default: the latest version")
    .option("--format <format>", "html | md", { default: "html" })
    .option("--ruleset <id>", "Ruleset id (may be left out when the rules hold one)")
    .option("--out <file>", "Write to a file instead of stdout")
    .example("cailiang publish rules --at 2026-03-01 --format md")
    .action((dir: string, options: PublishOptions) => publishCommand(dir, options, io));

  cli
    .command("diff <dir> <v1> <v2>", "What changed between two versions, each change marked lighter or heavier for the party")
    .option("--ruleset <id>", "Ruleset id (may be left out when the rules hold one)")
    .option("--json", "Print the changes as JSON")
    .action((dir: string, v1: string, v2: string, options: { ruleset?: string; json?: boolean }) => diffCommand(dir, v1, v2, options, io));

  cli
    .command("web", "Write the workbench as a static site (index.html, assets/, rules.json)")
    .option("--out <dir>", "Output directory")
    .action((options: { out?: string } & RulesOption) => webCommand(options, io));

  cli.help();
  cli.version(VERSION);

  try {
    cli.parse(["node", "cailiang", ...argv], { run: false });
    if (cli.options.help || cli.options.version) return 0;
    if (!cli.matchedCommand) {
      io.err(argv[0] ? `未知命令 / unknown command: ${argv[0]}` : "请指定命令 / a command is required");
      io.err("cailiang validate [path] | test [path] | version <pack> <version> --from DATE | issue <dir> --document 文号 | assess --offense … | assess --batch <file> | review <file> | report --half 2026H1 <file> | serve | publish <dir> | diff <dir> <v1> <v2> | web --out DIR   (cailiang --help)");
      return 2;
    }
    return (await cli.runMatchedCommand()) as number;
  } catch (err) {
    // cac's own errors (unknown option, missing value) are usage errors.
    if (err instanceof Error && err.name === "CACError") {
      io.err(err.message);
      return 2;
    }
    throw err;
  }
}
