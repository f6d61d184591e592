/** What a downloaded .docx says, for assertions: word/document.xml without markup, one line per paragraph. */
import { loadZip } from "../support/zip-reader";

export async function docxText(bytes: Buffer): Promise<string> {
  const zip = loadZip(bytes);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (xml === undefined) throw new Error("The .docx has no word/document.xml");
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
