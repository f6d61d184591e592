import { readSharedStrings } from "../../src/xlsx/shared-strings";
import { StringTable } from "../../src/xlsx/string-table";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

describe("the shared string table with the report's strings appended", () => {
  it.each([
    [
      "Excel's table",
      `<?xml version="1.0"?>\n<sst xmlns="${MAIN}" count="3" uniqueCount="2"><si><t>Họ và tên</t></si><si><t/></si></sst>`,
    ],
    [
      "the OpenXML SDK's prefixed table",
      `<x:sst xmlns:x="${MAIN}" count="2"><x:si><x:t>Họ và tên</x:t></x:si><x:si><x:t/></x:si></x:sst>`,
    ],
    [
      "a table followed by a comment",
      `<sst xmlns="${MAIN}"><si><t>Họ và tên</t></si><si><t></t></si></sst><!-- </sst> -->`,
    ],
  ])("keeps %s's items and indexes, and adds the new ones after them", (_, xml) => {
    const existing = readSharedStrings(xml, "xl/sharedStrings.xml").strings;
    const table = new StringTable(existing);
    expect(table.indexOf("Họ và tên")).toBe(0);
    expect(table.indexOf("Nguyễn Văn An")).toBe(2);
    expect(table.indexOf("<Đơn vị & tổ>")).toBe(3);
    const written = table.appendedTo(xml, "xl/sharedStrings.xml");
    expect(readSharedStrings(written, "xl/sharedStrings.xml").strings).toEqual([
      "Họ và tên",
      "",
      "Nguyễn Văn An",
      "<Đơn vị & tổ>",
    ]);
    expect(written).toMatch(/uniqueCount="4"/);
  });

  it("fills an empty table written as one tag", () => {
    const table = new StringTable([]);
    table.indexOf("Văn phòng");
    const written = table.appendedTo(`<sst xmlns="${MAIN}"/>`, "xl/sharedStrings.xml");
    expect(readSharedStrings(written, "xl/sharedStrings.xml").strings).toEqual(["Văn phòng"]);
  });
});
