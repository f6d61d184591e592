import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { type Cell, inputTemplates } from "../src/engine";
import { sampleWorkbook } from "../src/sample/sample-workbook";
import { readWorkbook } from "../src/xlsx/read-workbook";
import { writeInputSheets } from "../test/support/exceljs-tracker";
import { nodeZipCodec } from "../src/cli/node-zip-codec";
import { runReport } from "./command-line";
import { median, round, timed } from "./stats";

export interface DropDownsResult {
  readonly fileBytes: number;
  /** Whole-column drop-downs (`C2:C1048576`) in the file. */
  readonly validations: number;
  /** Reading the file's values in this process (median of 5). */
  readonly readMs: number;
  /** `action-month report` on it, end to end. */
  readonly cliMs: number | null;
}

const COLUMNS = 14;

/**
 * The sample tracker with 14 drop-downs on whole columns, what a clerk makes by selecting a column: the shape that
 * took exceljs 36–58 s and 1.7 GB (it expands each rule into a million cells). The file layer never expands them.
 */
export async function wholeColumnDropDowns(dir: string, timeoutMs: number): Promise<DropDownsResult> {
  const workbook = new ExcelJS.Workbook();
  const contents = new Map<string, readonly (readonly Cell[])[]>(
    sampleWorkbook().sheets.map((sheet) => [sheet.name, sheet.rows]),
  );
  writeInputSheets(workbook, inputTemplates(), contents);
  const sheet = workbook.getWorksheet("Cán bộ")!;
  for (let column = 0; column < COLUMNS; column += 1) {
    const letter = String.fromCharCode(65 + column);
    (
      sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
    ).dataValidations.add(`${letter}2:${letter}1048576`, {
      type: "list",
      allowBlank: true,
      formulae: ['"Có,Không"'],
    });
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const file = path.join(dir, "drop-downs.xlsx");
  await fs.writeFile(file, bytes);
  const reads: number[] = [];
  for (let i = 0; i < 5; i += 1) reads.push(await timed(() => readWorkbook(bytes, nodeZipCodec)));
  const cli = await runReport(file, dir, { timeoutMs });
  return {
    fileBytes: bytes.length,
    validations: COLUMNS,
    readMs: round(median(reads)),
    cliMs: cli.ms && round(cli.ms),
  };
}
