import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { type Cell, inputTemplates, type WorkbookSnapshot } from "../../src/engine";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { writeInputSheets } from "./exceljs-tracker";

/**
 * Workbook files for the file layer's tests, made in the test: the tracker as `init` writes it, and variants of
 * a file as other programs write them (the XML edited the way those programs differ). fflate's own zip, not the
 * product's, so a fixture never depends on the code under test.
 */

/** The tracker with the snapshot's rows (the bundled sample by default), as `action-month init` writes it. */
export async function trackerBytes(
  snapshot: WorkbookSnapshot = sampleWorkbook(),
  edit?: (workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const contents = new Map<string, readonly (readonly Cell[])[]>(
    snapshot.sheets.map((sheet) => [sheet.name, sheet.rows]),
  );
  writeInputSheets(workbook, inputTemplates(), contents);
  edit?.(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function zipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function partText(bytes: Uint8Array, name: string): string | undefined {
  const part = unzipSync(bytes, { filter: (file) => file.name === name })[name];
  return part ? strFromU8(part) : undefined;
}

/**
 * The file with its XML parts edited: `edit` returns the new text, undefined to keep the part, null to drop it.
 * Extra parts may be added.
 */
export function rewriteParts(
  bytes: Uint8Array,
  edit: (name: string, text: string) => string | null | undefined,
  extra: Record<string, string> = {},
): Uint8Array {
  const parts = unzipSync(bytes);
  const out: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/i.test(name)) {
      out[name] = content;
      continue;
    }
    const edited = edit(name, strFromU8(content));
    if (edited === null) continue;
    out[name] = edited === undefined ? content : strToU8(edited);
  }
  for (const [name, text] of Object.entries(extra)) out[name] = strToU8(text);
  return zipSync(out);
}

/** As openpyxl writes them: every relationship target absolute (`/xl/worksheets/sheet1.xml`). */
export function withAbsoluteTargets(bytes: Uint8Array): Uint8Array {
  return rewriteParts(bytes, (name, text) => {
    if (!name.endsWith(".rels")) return undefined;
    const folder = name.replace(/_rels\/[^/]*$/, "");
    return text.replace(/Target="([^"/][^"]*)"/g, (match, target: string) =>
      /^[a-z]+:/i.test(target) ? match : `Target="/${resolve(folder, target)}"`,
    );
  });
}

function resolve(folder: string, target: string): string {
  const parts = folder.split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

/** As the OpenXML SDK and ClosedXML can write them: SpreadsheetML elements with an `x:` prefix. */
export function withPrefixedElements(bytes: Uint8Array): Uint8Array {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  return rewriteParts(bytes, (name, text) => {
    if (!/^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(name)) return undefined;
    return text
      .replace(`xmlns="${main}"`, `xmlns:x="${main}"`)
      .replace(
        /<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g,
        (tag, slash: string, local: string) => `<${slash}x:${local}`,
      );
  });
}

/**
 * As some exporters write them: rows and cells without their `r` attributes. A reference is left out wherever it
 * follows from the one before (the next row, the next column), as such an exporter writes every cell; a gap keeps
 * its reference, so the file still means the same.
 */
export function withoutCellReferences(bytes: Uint8Array): Uint8Array {
  return rewriteParts(bytes, (name, text) => {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) return undefined;
    let row = 0;
    let column = 0;
    return text.replace(
      /<(row|c)\b([^>]*?)\s+r="([^"]*)"/g,
      (tag, element: string, before: string, ref: string) => {
        if (element === "row") {
          const number = Number(ref);
          const follows = number === row + 1;
          row = number;
          column = 0;
          return follows ? `<row${before}` : tag;
        }
        const letters = /^[A-Z]+/.exec(ref)![0];
        const number = [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
        const follows = number === column + 1;
        column = number;
        return follows ? `<c${before}` : tag;
      },
    );
  });
}
