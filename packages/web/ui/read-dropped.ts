import type { SourceFile } from "@cailiang/core";
import type { VersionFiles } from "./rules-bundle.js";

const SEMVER_FILE = /^\d+\.\d+\.\d+\.json$/;
const byPath = (a: SourceFile, b: SourceFile) => a.path.localeCompare(b.path);

/**
 * Files a person opened or dropped, grouped into versions as `readRulesDir` groups a folder:
 * `<version>/ruleset.json` with its `offenses/*.json` and `cases/*.json`, or `<version>.json`
 * with `<version>.cases.json`. Loose files (no folders) are one version.
 */
export function groupIntoVersions(files: readonly SourceFile[]): VersionFiles[] {
  if (files.length > 0 && files.every((f) => !f.path.includes("/"))) return [looseVersion(files)];
  const heads = files.filter((f) => /(^|\/)ruleset\.json$/.test(f.path));
  const singles = files.filter((f) => SEMVER_FILE.test(baseName(f.path)));
  const versions: VersionFiles[] = heads.map((h) => {
    const dir = h.path.slice(0, h.path.length - "ruleset.json".length);
    const inside = (sub: string) => files.filter((f) => f.path.startsWith(`${dir}${sub}/`) && f.path.endsWith(".json")).sort(byPath);
    return { standard: baseName(dir.replace(/\/$/, "").replace(/\/[^/]*$/, "")) || "rules", source: { files: [h, ...inside("offenses")] }, caseFiles: inside("cases") };
  });
  for (const s of singles) {
    const cases = files.find((f) => f.path === s.path.replace(/\.json$/, ".cases.json"));
    versions.push({ standard: baseName(s.path.replace(/\/[^/]*$/, "")) || "rules", source: { files: [s] }, caseFiles: cases ? [cases] : [] });
  }
  return versions;
}

/** Files chosen one by one: the head declares settings, case files declare cases, the rest are offenses. */
function looseVersion(files: readonly SourceFile[]): VersionFiles {
  const kind = (f: SourceFile) => (/"cases"\s*:/.test(f.text) ? "case" : /"settings"\s*:/.test(f.text) ? "head" : "offense");
  return {
    standard: "rules",
    source: { files: [...files.filter((f) => kind(f) === "head"), ...files.filter((f) => kind(f) === "offense").sort(byPath)] },
    caseFiles: files.filter((f) => kind(f) === "case").sort(byPath),
  };
}

function baseName(path: string): string {
  return path.replace(/^.*\//, "");
}

/** Files from an <input type=file> (with webkitRelativePath for a folder). */
export async function readInputFiles(list: FileList): Promise<SourceFile[]> {
  return Promise.all([...list].filter((f) => f.name.endsWith(".json")).map(async (f) => ({ path: f.webkitRelativePath || f.name, text: await f.text() })));
}

/** Files and folders dropped on the page, folders read recursively (a file with no entry is read as it is). */
export async function readDropped(items: DataTransferItemList): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  await Promise.all(
    [...items].map(async (item) => {
      const entry = item.webkitGetAsEntry();
      if (entry) return walk(entry, out);
      const file = item.getAsFile();
      if (file?.name.endsWith(".json")) out.push({ path: file.name, text: await file.text() });
    }),
  );
  return out;
}

async function walk(entry: FileSystemEntry, out: SourceFile[]): Promise<void> {
  if (entry.isFile) {
    if (!entry.name.endsWith(".json")) return;
    const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
    out.push({ path: entry.fullPath.replace(/^\//, ""), text: await file.text() });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
    if (batch.length === 0) break;
    await Promise.all(batch.map((e) => walk(e, out)));
  }
}
