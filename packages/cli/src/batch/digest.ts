import { D, formatMoney, type FindingT, type ReviewedCase, type Severity } from "@cailiang/core";

/** What the main thread keeps of a reviewed case for the summary, the charts and the report: small and flat. */
export interface ReviewDigest {
  index: number;
  row: number;
  caseNumber: string | null;
  /** The error code when the case could not be reviewed. */
  error: string | null;
  findings: Array<{ code: FindingT["code"]; severity: Severity }>;
  offense: string | null;
  offenseTitle: string | null;
  tier: string | null;
  recommended: string | null;
  decidedFine: string | null;
  /** The decision date as given (even when the case could not be reviewed), YYYY-MM-DD or null. */
  decidedOn: string | null;
  major: MajorRow | null;
}

/** One row of the half-year report of major decisions (重大行政处罚决定备案报告). */
export interface MajorRow {
  caseNumber: string;
  partyName: string;
  partyKind: string;
  offense: string;
  basis: string;
  penalties: string;
  fine: string;
  decidedOn: string;
  hearingOffered: boolean;
  legalReviewed: boolean;
  collectiveDiscussed: boolean;
  reasons: string;
  reportBy: string;
  findings: string;
}

const KIND_ZH = { organization: "法人或者其他组织", individual: "公民" } as const;

export function digestOf(index: number, row: number, raw: unknown, r: ReviewedCase | { error: string }): ReviewDigest {
  const decidedOn = rawDecidedOn(raw);
  if ("error" in r) {
    const n = (raw as { caseNumber?: unknown } | null)?.caseNumber;
    return { index, row, caseNumber: typeof n === "string" ? n : null, error: r.error, findings: [], offense: null, offenseTitle: null, tier: null, recommended: null, decidedFine: null, decidedOn, major: null };
  }
  const { decidedCase: c, assessment: a, major, findings } = r;
  const fines = c.decided.penalties.filter((p) => p.type === "fine" && p.amount !== undefined);
  const fine = fines.length > 0 ? formatMoney(fines.reduce((s, p) => s.plus(D(String(p.amount))), D(0))) : null;
  return {
    index,
    row,
    caseNumber: c.caseNumber,
    error: null,
    findings: findings.map((f) => ({ code: f.code, severity: f.severity })),
    offense: a.offense.id,
    offenseTitle: a.offense.title,
    tier: a.tier?.title ?? null,
    recommended: a.fine?.recommended.point ?? null,
    decidedFine: fine,
    decidedOn: c.decided.dates.decided,
    major: major.major
      ? {
          caseNumber: c.caseNumber,
          partyName: c.partyName ?? "",
          partyKind: KIND_ZH[c.party.kind],
          offense: a.offense.title,
          basis: [...new Set(a.penalties.map((p) => p.basis))].join("；"),
          penalties: c.decided.penalties.map((p) => `${a.penalties.find((x) => x.type === p.type)?.title ?? p.type}${p.amount !== undefined ? ` ${p.amount} 元` : ""}`).join("；"),
          fine: fine ?? "",
          decidedOn: c.decided.dates.decided,
          hearingOffered: c.decided.hearingOffered,
          legalReviewed: c.decided.legalReviewed,
          collectiveDiscussed: c.decided.collectiveDiscussed,
          reasons: major.reasons.map((r) => r.zh).join("；"),
          reportBy: a.procedure.deadlines.report ?? "",
          findings: findings.filter((f) => f.severity !== "info").map((f) => f.code).join(" "),
        }
      : null,
  };
}

function rawDecidedOn(raw: unknown): string | null {
  const d = (raw as { decided?: { dates?: { decided?: unknown } } } | null)?.decided?.dates?.decided;
  return typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
}
