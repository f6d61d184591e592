import { type AgencyReading, readAgency } from "../../xlsx/read-agency";
import { nodeZipCodec } from "../node-zip-codec";
import type { AgencyJob } from "./read-agencies";

/** Reads one file from disk and through the engine; a file that cannot be read from disk gets its reason too. */
export async function readAgencyFile(
  job: AgencyJob,
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<AgencyReading & { readonly index: number }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(job.file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? "lỗi không rõ";
    return {
      index: job.index,
      kind: "unreadable",
      unreadable: { file: job.file, reason: `không đọc được tệp (${code})` },
    };
  }
  return { index: job.index, ...readAgency(job.file, bytes, { ...job, codec: nodeZipCodec }) };
}
