import { strFromU8, unzipSync } from "fflate";
import { buildReportModel, runCampaign } from "../../src/engine";
import { generatedSheets } from "../../src/report/generated-sheets";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { writeReportWorkbook } from "../../src/xlsx/report-workbook";
import { XmlError } from "../../src/xlsx/xml";
import { END, XmlReader } from "../../src/xlsx/xml-reader";
import { bothTokenizations } from "../support/xml-tokens";
import {
  trackerBytes,
  withAbsoluteTargets,
  withoutCellReferences,
  withPrefixedElements,
} from "../support/xlsx-fixtures";

function xmlParts(bytes: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(bytes))
    .filter(([name]) => /\.(xml|rels)$/i.test(name))
    .map(([name, content]) => [name, strFromU8(content)]);
}

function readAll(xml: string): void {
  const reader = new XmlReader(xml, "part.xml");
  while (reader.next() !== END);
}

describe("the fast XML reader tokenizes as saxes does", () => {
  let files: [string, Uint8Array][];
  beforeAll(async () => {
    const tracker = await trackerBytes();
    const workbook = readWorkbook(tracker);
    const result = runCampaign(workbook.snapshot, { today: "2024-07-05", locale: "vi" });
    const model = buildReportModel(result);
    const report = writeReportWorkbook(
      workbook,
      generatedSheets(result, model, { locale: "vi", draft: model.draft }),
    );
    files = [
      ["the tracker as init writes it", tracker],
      ["openpyxl's absolute targets", withAbsoluteTargets(tracker)],
      ["the OpenXML SDK's prefixed elements", withPrefixedElements(tracker)],
      ["an exporter without r", withoutCellReferences(tracker)],
      ["a report workbook this tool wrote", report],
    ];
  });

  it("on every XML part of real workbooks", () => {
    let parts = 0;
    for (const [, bytes] of files)
      for (const [, xml] of xmlParts(bytes)) {
        const { saxes, reader } = bothTokenizations(xml);
        expect(reader).toEqual(saxes);
        parts += 1;
      }
    expect(parts).toBeGreaterThan(40);
  });

  it.each([
    ["entity and character references", `<a x="&lt;&amp;&#x1F600;&#65;">&quot;&apos;&gt; &#233;&#x1ea1;</a>`],
    ["CDATA beside text", `<a>before<![CDATA[<not a tag> & ]]>after</a>`],
    ["line ends in text", `<a>one\r\ntwo\rthree\n</a>`],
    ["line ends and tabs in attribute values", `<a v="one\r\ntwo\tthree\nfour&#10;five"/>`],
    ["single-quoted values holding double quotes", `<a v='say "hi"' w = "x" />`],
    [
      "prefixes on elements and attributes",
      `<x:a xmlns:x="u" xmlns:r="v"><x:b r:id="rId1" id="plain"/></x:a>`,
    ],
    ["a prefixed attribute alone", `<a xmlns:r="v"><b r:id="rId7"/></a>`],
    [
      "comments and processing instructions",
      `<?xml version="1.0"?><!-- c --><a><?pi x?><!-- <b> -->t</a><!-- end -->`,
    ],
    ["a byte order mark", `\uFEFF<a>x</a>`],
    ["space before the end of tags", `<a ><b   /></a  >`],
    ["a greater-than sign in a value and in text", `<a v="1 > 0">1 > 0</a>`],
    ["astral characters", `<a v="𝒳">🙂 𝒳</a>`],
  ])("on %s", (_, xml) => {
    const { saxes, reader } = bothTokenizations(xml);
    expect(reader).toEqual(saxes);
  });

  it.each([
    ["an unclosed element", `<a><b></a>`],
    ["a mismatched end tag", `<a></b>`],
    ["text after the root", `<a/>x`],
    ["a second root", `<a/><b/>`],
    ["an undefined entity", `<a>&nbsp;</a>`],
    ["a bare ampersand", `<a>fish & chips</a>`],
    ["an invalid character reference", `<a>&#0;</a>`],
    ["an unquoted attribute value", `<a v=1/>`],
    ["a less-than sign in a value", `<a v="<"/>`],
    ["attributes without space between them", `<a v="1"w="2"/>`],
    ["an attribute without a value", `<a v/>`],
    ["a DTD", `<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>`],
    ["an unterminated comment", `<a><!-- </a>`],
    ["nothing at all", ``],
    ["a truncated part", `<worksheet><sheetData><row r="1"><c r="A1"><v>1`],
  ])("refuses %s, as saxes does", (_, xml) => {
    expect(() => bothTokenizations(xml)).toThrow();
    expect(() => readAll(xml)).toThrow(XmlError);
  });

  it("names the part and the line of an error", () => {
    expect(() => readAll("<a>\n<b>\n</c></a>")).toThrow(/part\.xml: expected <\/b> \(line 3\)/);
  });
});
