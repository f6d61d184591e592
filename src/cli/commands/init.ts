import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { type Cell, inputTemplates } from "../../engine";
import { sampleWorkbook } from "../../sample/sample-workbook";
import { writeInputSheets } from "../../xlsx/write-input-sheets";
import type { ParsedArgs } from "../args";
import { CliError, EXIT } from "../cli-error";
import type { Output } from "../output";
import { writeFileAtomically } from "../workbook-file";

/** `action-month init <file.xlsx> [--sample] [--force]`: a new tracker workbook; never overwrites without --force. */
export async function initCommand(args: ParsedArgs, output: Output): Promise<number> {
  const file = args.file!;
  if (path.extname(file).toLowerCase() !== ".xlsx") throw new CliError(`Tên tệp phải có đuôi .xlsx: ${file}`);
  const exists = await fs.stat(file).then(
    () => true,
    () => false,
  );
  if (exists && !args.force) throw new CliError(`Tệp ${file} đã có; thêm --force nếu muốn ghi đè.`);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Action Month Tracker";
  const contents = new Map<string, readonly (readonly Cell[])[]>();
  if (args.sample) for (const sheet of sampleWorkbook().sheets) contents.set(sheet.name, sheet.rows);
  writeInputSheets(workbook, inputTemplates(), contents);

  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFileAtomically(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  if (args.json) output.out(JSON.stringify({ created: file, sample: args.sample }));
  else output.out(`Đã tạo ${file}${args.sample ? " (dữ liệu mẫu)" : ""}.`);
  return EXIT.ok;
}
