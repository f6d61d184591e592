import { attribute, parseXml } from "./xml";

/**
 * Which cell styles show a date. The 1904 date system shifts date serials only, and a value's style is the one
 * thing that tells a date from a number in the file.
 */

/** Built-in number formats that are dates or times (ECMA-376 part 1, §18.8.30, and the East Asian ones). */
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/**
 * A format code shows a date or time when, outside quoted text, escapes, fill/padding characters and `[...]`
 * sections (colours, locales, conditions; elapsed `[h]` counts), it has a d, m, y, h or s.
 */
export function isDateFormatCode(code: string): boolean {
  const section = code.split(";")[0];
  if (/\[(h+|m+|s+)\]/i.test(section)) return true;
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style (`cellXfs` index, the cell's `s`), whether it shows a date. */
export function readDateStyles(xml: string, part: string): boolean[] {
  const customCodes = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  parseXml(xml, part, {
    open(name, attributes) {
      if (name === "numFmt") {
        customCodes.set(Number(attribute(attributes, "numFmtId")), attribute(attributes, "formatCode") ?? "");
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) styleFormats.push(Number(attribute(attributes, "numFmtId") ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return styleFormats.map((id) => {
    const code = customCodes.get(id);
    return code === undefined ? isBuiltInDate(id) : isDateFormatCode(code);
  });
}
