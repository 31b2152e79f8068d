import { CailiangError, type ErrorBody } from "@cailiang/core";
import { CellError, rowToObject } from "./columns.js";
import type { RawRecord } from "./source.js";

/** A record as the object the core takes, or the error that keeps it from being one (with its row). */
export function recordValue(rec: RawRecord): { value: unknown } | { error: ErrorBody["error"] } {
  const fail = (path: string, zh: string, en: string) => ({
    error: new CailiangError("INPUT_INVALID", `第 ${rec.row} 行：${zh}`, `Row ${rec.row}: ${en}`, [{ code: "ROW_INVALID", path, zh, en }]).toJSON().error,
  });
  if ("error" in rec) return fail("", rec.error.zh, rec.error.en);
  if ("json" in rec) {
    try {
      return { value: JSON.parse(rec.json) as unknown };
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      return fail("", `不是合法的 JSON：${msg}`, `Not valid JSON: ${msg}`);
    }
  }
  try {
    return { value: rowToObject(rec.cells) };
  } catch (err) {
    if (err instanceof CellError) return fail(err.path, err.zh, err.en);
    throw err;
  }
}
