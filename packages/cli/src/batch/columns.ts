// Spreadsheet rows as API objects (API.md "Many cases"): columns are dotted paths; lists are
// ";"-separated; booleans are true/false; an empty cell is absent. No legal meaning here.

/** Columns holding a list of ids. */
const LISTS = new Set(["circumstances", "concurrent"]);
/** Columns holding a boolean (facts may too: "true"/"false" there become booleans). */
const BOOLEANS = new Set(["party.business", "decided.reduced", "decided.hearingOffered", "decided.legalReviewed", "decided.collectiveDiscussed"]);
/** Columns holding a whole number. */
const INTEGERS = new Set(["party.age"]);

export class CellError extends Error {
  constructor(
    readonly path: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** `decided.penalties` as written in a cell: `fine:5000;warning` → [{ type: "fine", amount: "5000" }, { type: "warning" }]. */
function penalties(text: string): Array<{ type: string; amount?: string }> {
  return split(text).map((item) => {
    const [type = "", amount] = item.split(":").map((s) => s.trim());
    return amount ? { type, amount } : { type };
  });
}

function split(text: string): string[] {
  return text
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function value(path: string, text: string): unknown {
  if (LISTS.has(path)) return split(text);
  if (path === "decided.penalties") return penalties(text);
  const lower = text.toLowerCase();
  if (BOOLEANS.has(path) || path.startsWith("facts.")) {
    if (lower === "true") return true;
    if (lower === "false") return false;
    if (BOOLEANS.has(path)) throw new CellError(path, `"${path}" 须为 true 或 false（收到 "${text}"）`, `"${path}" must be true or false (got "${text}")`);
  }
  if (INTEGERS.has(path)) {
    if (!/^\d+$/.test(text)) throw new CellError(path, `"${path}" 须为整数（收到 "${text}"）`, `"${path}" must be a whole number (got "${text}")`);
    return Number(text);
  }
  return text;
}

/** One row (header path → cell text) as the nested object the API takes. */
export function rowToObject(cells: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [header, raw] of Object.entries(cells)) {
    const path = header.trim();
    const text = raw.trim();
    if (!path || text === "") continue;
    const keys = path.split(".");
    let node = out;
    for (const k of keys.slice(0, -1)) {
      const next = node[k];
      if (typeof next !== "object" || next === null || Array.isArray(next)) node[k] = {};
      node = node[k] as Record<string, unknown>;
    }
    node[keys[keys.length - 1] as string] = value(path, text);
  }
  return out;
}

/** The inverse of rowToObject: a case as cells named by dotted paths (lists joined by ";"). */
export function objectToRow(value: Readonly<Record<string, unknown>>, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v === undefined || v === null) continue;
    if (path === "decided.penalties") {
      out[path] = (v as Array<{ type: string; amount?: string | number }>).map((p) => (p.amount !== undefined ? `${p.type}:${p.amount}` : p.type)).join(";");
    } else if (Array.isArray(v)) out[path] = v.join(";");
    else if (typeof v === "object") Object.assign(out, objectToRow(v as Record<string, unknown>, path));
    else out[path] = String(v);
  }
  return out;
}
