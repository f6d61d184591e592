/**
 * What Excel makes of a value written through `range.values`: it parses it as if typed, unless the cell is
 * formatted as text. And what `range.values` / `valueTypes` read back.
 */
import { fail } from "./errors";
import type { CellContent, CellModel } from "./model";

const ERROR_LITERALS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
];

export function typedContent(value: unknown, numberFormat: string): CellContent | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value !== "string")
    return fail("InvalidArgument", `Cannot write a ${typeof value} into a cell.`, "Range.values");
  // In a Text-formatted cell, Excel keeps what is typed as it is, `=` and leading zeros included.
  if (numberFormat === "@") return { kind: "string", value };
  const text = value.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return { kind: "number", value: Number(text) };
  if (/^[=+\-@]/.test(text)) return { kind: "formula", formula: text.startsWith("=") ? text : `=${text}` };
  if (/^(true|false)$/i.test(text)) return { kind: "boolean", value: text.toLowerCase() === "true" };
  if (ERROR_LITERALS.includes(text.toUpperCase())) return { kind: "error", value: text.toUpperCase() };
  if (/^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$/.test(text)) return { kind: "date", text };
  return { kind: "string", value };
}

/** What `range.values` returns for a cell. A formula's result is not computed: it reads as #NAME?. */
export function readValue(cell: CellModel | undefined): string | number | boolean {
  const content = cell?.content;
  if (!content) return "";
  switch (content.kind) {
    case "formula":
      return "#NAME?";
    case "date":
      return 0;
    default:
      return content.value;
  }
}

export function readValueType(cell: CellModel | undefined): string {
  const content = cell?.content;
  if (!content) return "Empty";
  return {
    number: "Double",
    string: "String",
    boolean: "Boolean",
    error: "Error",
    formula: "Error",
    date: "Double",
  }[content.kind];
}
