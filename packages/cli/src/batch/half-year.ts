/** A half year as the report names it: 2026H1 (January–June) or 2026H2 (July–December). */
export interface HalfYear {
  label: string;
  zh: string;
  from: string;
  to: string;
  /** 事中事后监督管理制度: reported by the end of July (H1) or of the next January (H2). */
  due: string;
}

export function parseHalf(text: string): HalfYear {
  const m = /^(\d{4})[Hh]([12])$/.exec(text.trim());
  if (!m) throw new Error(`--half 须形如 2026H1 或 2026H2（收到 "${text}"） / --half must look like 2026H1 or 2026H2 (got "${text}")`);
  const year = Number(m[1]);
  const first = m[2] === "1";
  return {
    label: `${year}H${m[2]}`,
    zh: `${year}年${first ? "上" : "下"}半年`,
    from: first ? `${year}-01-01` : `${year}-07-01`,
    to: first ? `${year}-06-30` : `${year}-12-31`,
    due: first ? `${year}-07-31` : `${year + 1}-01-31`,
  };
}
