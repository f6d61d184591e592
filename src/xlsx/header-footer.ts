import type { HeaderFooterSections } from "../engine";

/**
 * A header or footer's three sections as one OOXML `oddHeader`/`oddFooter` string (`&L…&C…&R…`), or undefined
 * when all are empty. The sections are already in Excel's codes (see HeaderFooterSections).
 */
export function headerFooterText(sections: HeaderFooterSections | undefined): string | undefined {
  if (!sections) return undefined;
  const text = [
    sections.left ? `&L${sections.left}` : "",
    sections.center ? `&C${sections.center}` : "",
    sections.right ? `&R${sections.right}` : "",
  ].join("");
  return text === "" ? undefined : text;
}
