/** The .docx's media type, for the save dialog and the download. */
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * The .docx's file name, ASCII only (some mail gateways and old Windows shares mangle Vietnamese file names):
 * `so-khoa-hoc-va-cong-nghe-bao-cao-thang-hanh-dong-2024.docx`, with `-du-thao` before the extension on a draft
 * so a draft is never mistaken for the official file once it is out of the pane.
 */
export function reportFileName(agency: string, year: number, draft: boolean): string {
  const slug = asciiSlug(agency);
  const base = `bao-cao-thang-hanh-dong-${year}${draft ? "-du-thao" : ""}`;
  return `${slug ? `${slug}-` : ""}${base}.docx`;
}

/** Vietnamese text as a lower-case ASCII slug: diacritics dropped, đ as d, anything else as single hyphens. */
export function asciiSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
