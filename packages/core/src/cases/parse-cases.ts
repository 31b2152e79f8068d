import type { Issue, Location } from "../errors.js";
import { JsonSource, type PathSegment, type SourceFile } from "../load/json-source.js";
import { validate } from "../load/zod-issues.js";
import { CaseFile, type CaseT } from "../schema/case.js";

/** A case with where it was written and the ruleset it belongs to. */
export interface LocatedCase {
  case: CaseT;
  file: string;
  readonly line: number;
  /** Its index in the file's `cases`. */
  index: number;
  /** The ruleset id of the pack the case file sits in, used when the case names none. */
  ruleset: string;
  /** The version whose folder holds the case file, when it sits in one: the case tests that version. */
  version?: string;
  /** Where a path inside the case (["input", "dates", "decision"]) is written. */
  locate?: (path: readonly PathSegment[]) => Location;
}

/** A case file with the ruleset (and the version) of the folder it sits in. */
export type CaseSourceFile = SourceFile & { ruleset: string; version?: string };

/** Parses and validates case files: a mistyped key is an error with its position, not an ignored field. */
export function parseCaseFiles(files: readonly CaseSourceFile[]): { cases: LocatedCase[]; issues: Issue[] } {
  const cases: LocatedCase[] = [];
  const issues: Issue[] = [];
  for (const file of files) {
    const { source, value, issues: syntax } = JsonSource.parse(file);
    issues.push(...syntax);
    if (!source) continue;
    const r = validate(CaseFile, value, { locate: (p) => source.locate(p) });
    if ("issues" in r) {
      issues.push(...r.issues);
      continue;
    }
    r.data.cases.forEach((c, i) => {
      cases.push({
        case: c,
        file: file.path,
        // Found when asked: locating builds the file's tree of positions, which validating a pack
        // whose cases are all well formed never needs.
        get line() {
          return source.locate(["cases", i]).line;
        },
        index: i,
        ruleset: file.ruleset,
        ...(file.version ? { version: file.version } : {}),
        locate: (path) => source.locate(["cases", i, ...path]),
      });
    });
  }
  return { cases, issues };
}
