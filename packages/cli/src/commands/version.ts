import { cp, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { startVersion } from "@cailiang/core";
import { latestVersionFolder } from "@cailiang/core/node";
import { colors, type Io } from "../io.js";

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
  const latest = await latestVersionFolder(pack).catch(() => null);
  if (latest === null) {
    io.err(`✖ 找不到规则包目录 ${pack} / rule pack folder not found: ${pack}`);
    return 1;
  }
  if (!latest) {
    io.err(`✖ ${pack} 中没有版本目录（如 1.0.0/） / ${pack} holds no version folder (such as 1.0.0/)`);
    return 1;
  }
  const target = join(pack, version);
  if (await stat(target).then(() => true, () => false)) {
    io.err(`✖ ${target} 已存在 / already exists`);
    return 1;
  }
  const started = startVersion(latest.start, version, options.from);
  if ("issues" in started) {
    for (const i of started.issues) io.err(`✖ ${i.zh} / ${i.en} [${i.code}]`);
    return 1;
  }
  await cp(latest.dir, target, { recursive: true, errorOnExist: true, force: false });
  await writeFile(join(target, "ruleset.json"), started.header);
  for (const f of started.cases) await writeFile(join(target, f.path), f.text);
  await writeFile(join(latest.dir, "ruleset.json"), started.previousHeader);

  const from = latest.version;
  io.out(c.green(`✓ 新建版本 ${version}，自 ${options.from} 起施行，复制自 ${from}（草案，无文号） / started version ${version} in force from ${options.from}, copied from ${from} (a draft)`));
  io.out(`  ${from} 版的 effectiveTo 设为前一日，其哈希不变 / ${from}'s effectiveTo is set to the day before; its hash is unchanged`);
  io.out(`  ${started.cases.length} 个用例文件的日期 ${started.shift.zh} / dates of ${started.cases.length} case file(s) moved ${started.shift.en}`);
  for (const o of started.outside) {
    io.out(c.yellow(`  ! ${join(latest.dir, o.file)} “${o.name}”：决定日期 ${o.decision} 已不在 ${from} 版施行期间，请改期或者移到 ${version}/cases/ / decided on ${o.decision}, now outside ${from}: re-date it or move it`));
  }
  io.out(`下一步：修改 ${target} 中的规则，再运行 cailiang validate ${pack}、cailiang test ${target} --update / next: edit the rules in ${target}, then validate and test --update`);
  return 0;
}
