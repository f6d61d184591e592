import { promises as fs } from "node:fs";
import path from "node:path";
import { type Cell, inputTemplates } from "../../engine";
import { sampleWorkbook } from "../../sample/sample-workbook";
import { trackerWorkbookBytes } from "../../xlsx/tracker-workbook";
import type { ParsedArgs } from "../args";
import { EXIT } from "../cli-error";
import type { Output } from "../output";
import { writeFileAtomically } from "../workbook-file";
import { newWorkbookPath } from "../new-workbook-path";
import { initFromCommand } from "./init-from";

/** `action-month init <file.xlsx> [--sample] [--force]`: a new tracker workbook; never overwrites without --force. */
export async function initCommand(args: ParsedArgs, output: Output): Promise<number> {
  if (args.from !== null) return initFromCommand(args, output);
  const file = await newWorkbookPath(args);
  const contents = new Map<string, readonly (readonly Cell[])[]>();
  if (args.sample) for (const sheet of sampleWorkbook().sheets) contents.set(sheet.name, sheet.rows);
  const bytes = await trackerWorkbookBytes(inputTemplates(), contents);

  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFileAtomically(file, bytes);
  if (args.json) output.out(JSON.stringify({ created: file, sample: args.sample }));
  else output.out(`Đã tạo ${file}${args.sample ? " (dữ liệu mẫu)" : ""}.`);
  return EXIT.ok;
}
