/** A1 addresses of the fake's 0-based areas. */
import { fail } from "./errors";
import type { Area } from "./model";

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function a1(area: Area): string {
  const first = `${columnLetters(area.column)}${area.row + 1}`;
  return area.rows === 1 && area.columns === 1
    ? first
    : `${first}:${columnLetters(area.column + area.columns - 1)}${area.row + area.rows}`;
}

function parseCell(text: string): { row: number; column: number } {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(text);
  if (!match) return fail("InvalidArgument", `"${text}" is not a cell address.`, "Worksheet.getRange");
  const column =
    match[1]
      .toUpperCase()
      .split("")
      .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** A1 or A1:B2, without a sheet name. */
export function parseArea(address: string): Area {
  const [from, to = from] = address.split(":");
  const a = parseCell(from);
  const b = parseCell(to);
  return {
    row: Math.min(a.row, b.row),
    column: Math.min(a.column, b.column),
    rows: Math.abs(a.row - b.row) + 1,
    columns: Math.abs(a.column - b.column) + 1,
  };
}
