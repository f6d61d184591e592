import { promises as fs } from "node:fs";
import path from "node:path";
import { type AgencyReport, type Consolidation, consolidate, type UnreadableFile } from "../../engine";
import { defaultReceivingAgency, type ReceivingAgency } from "../../report/consolidation-document";
import { consolidationWorkbook } from "../../xlsx/write-consolidation";
import { CliError, EXIT } from "../cli-error";
import { nodeZipCodec } from "../node-zip-codec";
import type { Output } from "../output";
import { systemToday } from "../today";
import { writeFileAtomically } from "../workbook-file";
import { agencyFiles, OUTPUT_PREFIX } from "./agency-files";
import { type ConsolidateArgs, parseConsolidateArgs, type ReceiverFlags } from "./consolidate-args";
import { consolidationLines } from "./consolidation-lines";
import { readAgencies } from "./read-agencies";

function receivingAgency(flags: ReceiverFlags, date: string): ReceivingAgency {
  const base = defaultReceivingAgency(date);
  return {
    ...base,
    parentAgency: flags.parentAgency ?? base.parentAgency,
    agency: flags.agency ?? base.agency,
    symbol: flags.symbol ?? base.symbol,
    number: flags.number,
    place: flags.place ?? base.place,
    signer: {
      authority: flags.authority ?? base.signer.authority,
      title: flags.signerTitle ?? base.signer.title,
      name: flags.signer,
    },
  };
}

/** Exit 0 when every file was read without errors, 1 when one has errors or could not be read (SPEC §5). */
export function consolidationExit(consolidation: Consolidation): number {
  const clean =
    consolidation.unreadable.length === 0 && consolidation.agencies.every((row) => row.errors === 0);
  return clean ? EXIT.ok : EXIT.validationErrors;
}

async function writeOutputs(
  consolidation: Consolidation,
  args: ConsolidateArgs,
  receiver: ReceivingAgency,
): Promise<{ docx: string; workbook: string }> {
  const year = consolidation.agencies[0]?.year ?? Number(receiver.date.slice(0, 4));
  const outDir = args.outDir ?? ".";
  const base = path.join(outDir, `${OUTPUT_PREFIX}${year}`);
  const outputs = { docx: `${base}.docx`, workbook: `${base}.xlsx` };
  // The docx library is loaded when a .docx is made, not on every command's start.
  const { renderConsolidationDocx } = await import("../../report/consolidation-docx");
  const docx = await renderConsolidationDocx(consolidation, receiver, nodeZipCodec);
  const workbook = consolidationWorkbook(consolidation, nodeZipCodec);
  await fs.mkdir(outDir, { recursive: true });
  await writeFileAtomically(outputs.docx, docx);
  await writeFileAtomically(outputs.workbook, workbook);
  return outputs;
}

/**
 * `action-month consolidate <files or folders…>`: every agency's tracker or report.xlsx read in parallel, one row
 * per agency, province totals, the same child across agencies, and the receiving agency's report (.docx) with a
 * workbook of the same table. No input file is modified.
 */
export async function consolidateCommand(argv: readonly string[], output: Output): Promise<number> {
  const args = parseConsolidateArgs(argv);
  const today = args.today ?? systemToday();
  const { files, missing } = await agencyFiles(args.paths);
  if (files.length === 0 && missing.length === 0)
    throw new CliError(`Không có tệp .xlsx nào trong ${args.paths.join(", ")}.`);

  const readings = await readAgencies(files, { today, locale: args.locale });
  const reports: AgencyReport[] = [];
  const unreadable: UnreadableFile[] = [...missing];
  for (const reading of readings) {
    if (reading.kind === "agency") reports.push(reading.report);
    else unreadable.push(reading.unreadable);
  }
  const consolidation = consolidate(reports, unreadable);
  const receiver = receivingAgency(args.receiver, today);
  const outputs = reports.length > 0 ? await writeOutputs(consolidation, args, receiver) : null;

  if (args.json) {
    output.out(JSON.stringify({ ...consolidation, outputs: outputs ?? { docx: null, workbook: null } }));
  } else {
    for (const line of consolidationLines(consolidation, outputs)) output.out(line);
  }
  for (const file of consolidation.unreadable) output.err(`Không đọc được ${file.file}: ${file.reason}.`);
  return consolidationExit(consolidation);
}
