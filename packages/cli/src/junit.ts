import junit from "junit-report-builder";
import type { CaseOutcome } from "@cailiang/core";

/**
 * The case outcomes as JUnit XML for CI: a test suite per case file, a test case per case, a
 * failure carrying each mismatch.
 */
export function junitXml(outcomes: readonly CaseOutcome[]): string {
  const builder = junit.newBuilder();
  const files = [...new Set(outcomes.map((o) => o.file))];
  for (const file of files) {
    const suite = builder.testSuite().name(file);
    for (const o of outcomes.filter((x) => x.file === file)) {
      const tc = suite.testCase().className(file).name(o.name).file(o.file).property("line", String(o.line));
      if (!o.passed) tc.failure(o.mismatches.join("\n"));
    }
  }
  return builder.build();
}
