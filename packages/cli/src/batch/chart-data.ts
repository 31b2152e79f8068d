import { D, FINDING_CODES, type FindingCode } from "@cailiang/core";

type Dec = ReturnType<typeof D>;
import type { ReviewDigest } from "./digest.js";

/** What the charts show, summed as the digests stream by (constant memory whatever the input). */
export class ChartTally {
  private readonly byCode = new Map<FindingCode, { error: number; warning: number; info: number }>();
  private readonly fines = new Map<string, { n: number; recommended: Dec; decided: Dec }>();
  private readonly months = new Map<string, number>();

  add(d: ReviewDigest): void {
    for (const f of d.findings) {
      const c = this.byCode.get(f.code) ?? { error: 0, warning: 0, info: 0 };
      c[f.severity]++;
      this.byCode.set(f.code, c);
    }
    if (d.offenseTitle && d.recommended !== null && d.decidedFine !== null) {
      const key = `${d.offenseTitle}（${d.tier ?? "—"}）`;
      const f = this.fines.get(key) ?? { n: 0, recommended: D(0), decided: D(0) };
      this.fines.set(key, { n: f.n + 1, recommended: f.recommended.plus(d.recommended), decided: f.decided.plus(d.decidedFine) });
    }
    if (d.decidedOn) this.months.set(d.decidedOn.slice(0, 7), (this.months.get(d.decidedOn.slice(0, 7)) ?? 0) + 1);
  }

  /** Plain data for the page: codes in the catalogue's order, months in order, averages to the yuan. */
  data() {
    const codes = (Object.keys(FINDING_CODES) as FindingCode[]).filter((c) => this.byCode.has(c));
    const fines = [...this.fines.entries()].sort((a, b) => b[1].n - a[1].n).slice(0, 40);
    const avg = (sum: Dec, n: number) => sum.div(n).toDecimalPlaces(0).toNumber();
    const months = [...this.months.keys()].sort();
    return {
      byCode: { labels: codes, error: codes.map((c) => this.byCode.get(c)?.error ?? 0), warning: codes.map((c) => this.byCode.get(c)?.warning ?? 0), info: codes.map((c) => this.byCode.get(c)?.info ?? 0) },
      fines: { labels: fines.map(([k]) => k), n: fines.map(([, v]) => v.n), recommended: fines.map(([, v]) => avg(v.recommended, v.n)), decided: fines.map(([, v]) => avg(v.decided, v.n)) },
      months: { labels: months, cases: months.map((m) => this.months.get(m) ?? 0) },
    };
  }
}
export type ChartData = ReturnType<ChartTally["data"]>;
