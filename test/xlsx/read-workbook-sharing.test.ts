import { nodeZipCodec } from "../../src/cli/node-zip-codec";
import { type Cell, inputTemplates } from "../../src/engine";
import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { trackerWorkbookBytes } from "../../src/xlsx/tracker-workbook";
import { packRows, unpackRows } from "../../src/xlsx/packed-rows";
import { readSheetPart, readWorkbook, readWorkbookSharing } from "../../src/xlsx/read-workbook";
import { UnreadableWorkbookError } from "../../src/xlsx/unreadable";
import { ZipArchive } from "../../src/xlsx/zip-archive";
import { writeZip } from "../../src/xlsx/zip-writer";
import { largeTrackerBytes } from "../support/large-tracker";

/**
 * The command line parses one large input sheet on its helper thread while the main thread parses the rest
 * (src/cli/report-helper.ts). Here the helper is played in this thread: the workbook read must be the very one
 * readWorkbook reads, whatever the helper answers.
 */

describe("packRows / unpackRows", () => {
  test("every kind of cell comes back as it went, shared strings as the reader's own", () => {
    const table = ["Nguyễn Văn An", "Nam", "CB00001"];
    const rows: Cell[][] = [
      ["CB00001", "Nguyễn Văn An", 45444, null, "Nam"],
      [],
      [null, null, "text not in the table", true, false, { error: "#N/A" }, -12.5, 0],
      ["Nam"],
    ];
    const packed = packRows(rows, table);
    expect(packed.others).toEqual(["text not in the table", true, false, { error: "#N/A" }]);
    const own = [...table];
    const back = unpackRows(packed, own);
    expect(back).toEqual(rows);
    expect(back[0][1]).toBe(own[0]);
  });
});

describe("readWorkbookSharing", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await largeTrackerBytes();
  });

  test("the helper's sheet is the large one within its share, and the workbook reads as readWorkbook reads it", async () => {
    const asked: string[] = [];
    const shared = await readWorkbookSharing(bytes, nodeZipCodec, (part) => {
      asked.push(part);
      return Promise.resolve(readSheetPart(bytes, nodeZipCodec, part));
    });
    const staffPart = readWorkbook(bytes, nodeZipCodec).pack.sheets.find((s) => s.name === "Cán bộ")!.part;
    expect(asked).toEqual([staffPart]);
    expect(shared.snapshot).toEqual(readWorkbook(bytes, nodeZipCodec).snapshot);
  });

  test("a helper that could not parse it leaves the sheet to this thread, with the same result", async () => {
    const shared = await readWorkbookSharing(bytes, nodeZipCodec, () => Promise.resolve(undefined));
    expect(shared.snapshot).toEqual(readWorkbook(bytes, nodeZipCodec).snapshot);
  });

  test("a sample-sized workbook asks nothing of the helper: no sheet of 4 MB", async () => {
    const sample = await trackerWorkbookBytes(
      inputTemplates(),
      new Map(sampleWorkbook().sheets.map((sheet) => [sheet.name, sheet.rows])),
    );
    const asked: string[] = [];
    const shared = await readWorkbookSharing(sample, nodeZipCodec, (part) => {
      asked.push(part);
      return Promise.resolve(undefined);
    });
    expect(asked).toEqual([]);
    expect(shared.snapshot).toEqual(readWorkbook(sample, nodeZipCodec).snapshot);
  });

  test("a broken sheet given to the helper fails as readWorkbook fails, whoever parses it", async () => {
    const zip = ZipArchive.open(bytes, nodeZipCodec);
    const staffPart = readWorkbook(bytes, nodeZipCodec).pack.sheets.find((s) => s.name === "Cán bộ")!.part!;
    const xml = zip.text(staffPart)!;
    // A cell past the middle closed by the wrong tag: the part stays large, and is no longer well-formed.
    const cut = xml.indexOf("</c>", Math.floor(xml.length / 2));
    const broken = writeZip(
      zip.entries.map((entry) =>
        entry.name === staffPart
          ? {
              name: entry.name,
              content: new TextEncoder().encode(`${xml.slice(0, cut)}</d>${xml.slice(cut + 4)}`),
            }
          : entry,
      ),
      nodeZipCodec,
    );
    expect(() => readWorkbook(broken, nodeZipCodec)).toThrow(UnreadableWorkbookError);
    expect(() => readSheetPart(broken, nodeZipCodec, staffPart)).toThrow(UnreadableWorkbookError);
    await expect(readWorkbookSharing(broken, nodeZipCodec, () => Promise.resolve(undefined))).rejects.toThrow(
      UnreadableWorkbookError,
    );
  });
});
