import { cp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { startVersion } from "@cailiang/core";
import { colors, type Io } from "../io.js";

const SEMVER = /^\d+\.\d+\.\d+$/;

/**
 * `cailiang version <pack> <new-version> --from <date>`: copies the latest version folder of the
 * pack to `<new-version>/` and sets its dates (core startVersion decides what changes).
 */
export async function versionCommand(pack: string, version: string, options: { from?: string }, io: Io): Promise<number> {
  const c = colors(io);
  if (!options.from) {
    io.err("请用 --from YYYY-MM-DD 指明新版本的施行日期 / give the new version's first day with --from YYYY-MM-DD");
    return 2;
  }
  const folders = await readdir(pack, { withFileTypes: true }).catch(() => undefined);
  if (!folders) {
    io.err(`✖ 找不到规则包目录 ${pack} / rule pack folder not found: ${pack}`);
    return 1;
  }
  const versions = folders.filter((e) => e.isDirectory() && SEMVER.test(e.name)).map((e) => e.name).sort(bySemver);
  const latest = versions.at(-1);
  if (!latest) {
    io.err(`✖ ${pack} 中没有版本目录（如 1.0.0/） / ${pack} holds no version folder (such as 1.0.0/)`);
    return 1;
  }
  const target = join(pack, version);
  if (await stat(target).then(() => true, () => false)) {
    io.err(`✖ ${target} 已存在 / already exists`);
    return 1;
  }
  const from = join(pack, latest);
  const casesDir = join(from, "cases");
  const caseNames = (await readdir(casesDir).catch(() => [] as string[])).filter((n) => n.endsWith(".json")).sort();
  const started = startVersion(
    {
      header: { path: "ruleset.json", text: await readFile(join(from, "ruleset.json"), "utf8") },
      cases: await Promise.all(caseNames.map(async (n) => ({ path: join("cases", n), text: await readFile(join(casesDir, n), "utf8") }))),
    },
    version,
    options.from,
  );
  if ("issues" in started) {
    for (const i of started.issues) io.err(`✖ ${i.zh} / ${i.en} [${i.code}]`);
    return 1;
  }
  await cp(from, target, { recursive: true, errorOnExist: true, force: false });
  await writeFile(join(target, "ruleset.json"), started.header);
  for (const f of started.cases) await writeFile(join(target, f.path), f.text);
  await writeFile(join(from, "ruleset.json"), started.previousHeader);

  io.out(c.green(`✓ 新建版本 ${version}，自 ${options.from} 起施行，复制自 ${latest}（草案，无文号） / started version ${version} in force from ${options.from}, copied from ${latest} (a draft)`));
  io.out(`  ${latest} 版的 effectiveTo 设为前一日，其哈希不变 / ${latest}'s effectiveTo is set to the day before; its hash is unchanged`);
  io.out(`  ${started.cases.length} 个用例文件的日期 ${started.shift.zh} / dates of ${started.cases.length} case file(s) moved ${started.shift.en}`);
  for (const o of started.outside) {
    io.out(c.yellow(`  ! ${join(from, o.file)} “${o.name}”：决定日期 ${o.decision} 已不在 ${latest} 版施行期间，请改期或者移到 ${version}/cases/ / decided on ${o.decision}, now outside ${latest}: re-date it or move it`));
  }
  io.out(`下一步：修改 ${target} 中的规则，再运行 cailiang validate ${pack}、cailiang test ${target} --update / next: edit the rules in ${target}, then validate and test --update`);
  return 0;
}

function bySemver(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
