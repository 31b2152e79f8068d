import { Registry, type Issue, type LocatedCase, parseCaseFiles, type SourceFile } from "@cailiang/core";

/** One version as read from disk by the server or `cailiang web` (what `readRulesDir` returns). */
export interface VersionFiles {
  standard: string;
  source: { files: SourceFile[] };
  caseFiles: SourceFile[];
}

/** rules.json, beside index.html. */
export interface RulesBundle {
  versions: VersionFiles[];
}

export interface CheckedRules {
  registry?: Registry;
  cases: LocatedCase[];
  issues: Issue[];
  files: SourceFile[];
}

/** Validates the versions and parses their cases, in the browser, with the core itself. */
export async function checkVersions(versions: readonly VersionFiles[]): Promise<CheckedRules> {
  const { registry, issues } = await Registry.check(versions.map((v) => v.source));
  // A case belongs to the ruleset its version declares (found by the version's head file), or,
  // when the rules do not validate (no case runs then), to its folder.
  const heads = new Map(registry?.list().flatMap((r) => registry.versions(r.id).map((v) => [v.files[0], r.id] as const)) ?? []);
  const parsed = parseCaseFiles(versions.flatMap((v) => v.caseFiles.map((f) => ({ ...f, ruleset: heads.get(v.source.files[0]?.path) ?? v.standard }))));
  return {
    ...(registry ? { registry } : {}),
    cases: parsed.cases,
    issues: [...issues, ...parsed.issues],
    files: versions.flatMap((v) => [...v.source.files, ...v.caseFiles]),
  };
}

export async function fetchBundle(): Promise<RulesBundle> {
  // Preloaded by index.html, so the download runs while the script starts.
  const res = await fetch("rules.json");
  if (!res.ok) throw new Error(`rules.json: HTTP ${res.status}`);
  return (await res.json()) as RulesBundle;
}
