// Lines of a JSON-lines file: one definition for the reading thread, which cuts the file into
// pieces, and the workers, which split them.
import type { JsonLines, RawRecord } from "./source.js";

/**
 * The lines of a JSON-lines text as `readline` reads them: a line ends at \n, \r\n or \r, and a
 * last line needs no end.
 */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** A blank line (skipped: it is not a record, though it counts as a row). */
export function isBlank(line: string): boolean {
  return line.trim() === "";
}

/** The records of a piece of whole JSON lines, numbered as the reading thread counted them. */
export function recordsOf(piece: JsonLines): RawRecord[] {
  const records: RawRecord[] = [];
  let index = piece.index;
  splitLines(Buffer.from(piece.bytes.buffer, piece.bytes.byteOffset, piece.bytes.byteLength).toString("utf8")).forEach((json, i) => {
    if (!isBlank(json)) records.push({ index: index++, row: piece.row + i, json });
  });
  return records;
}
