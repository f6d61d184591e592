import type { Consolidation } from "../engine";
import { buildConsolidationDocument, type ReceivingAgency } from "./consolidation-document";
import type { ZipCodec } from "../xlsx/zip-codec";
import { renderDocumentDocx } from "./docx-report";

/** The receiving agency's consolidated report as a .docx, in Node and in the browser alike (Uint8Array out). */
export function renderConsolidationDocx(
  consolidation: Consolidation,
  receiver: ReceivingAgency,
  codec?: ZipCodec,
): Promise<Uint8Array> {
  const document = buildConsolidationDocument(consolidation, receiver);
  return renderDocumentDocx(document, `${document.title[0].text} ${document.title[1].text}`, codec);
}
