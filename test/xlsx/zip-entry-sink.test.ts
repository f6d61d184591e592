import { inflateRawSync } from "node:zlib";
import { nodeZipCodec } from "../../src/cli/node-zip-codec";
import { portableCodec, type ZipCodec } from "../../src/xlsx/zip-codec";
import { ZipEntrySink } from "../../src/xlsx/zip-entry-sink";
import { ZipArchive } from "../../src/xlsx/zip-archive";
import { writeZip } from "../../src/xlsx/zip-writer";

/**
 * The sink behind the generated sheets and the .docx's document part: what goes in as text and bytes comes out as
 * one zip entry whose inflated content is their UTF-8, a megabyte piece at a time, whichever codec deflates it.
 */
describe.each<[string, ZipCodec]>([
  ["node:zlib", nodeZipCodec],
  ["fflate", portableCodec],
])("ZipEntrySink with %s", (_, codec) => {
  test("writes across many pieces inflate to the text's UTF-8, with its size and CRC", () => {
    const pieces = ["<c>", "Nguyễn Thị Hương", "", "😀 ", "x".repeat(5000), "Đ\u0301", "ệ"];
    const sink = new ZipEntrySink(codec);
    const expected: Buffer[] = [];
    for (let i = 0; i < 3000; i += 1) {
      const piece = pieces[i % pieces.length];
      sink.write(piece);
      expected.push(Buffer.from(piece, "utf8"));
      if (i % 97 === 0) {
        const bytes = new Uint8Array(700).fill(0x41 + (i % 26));
        sink.writeBytes(bytes);
        expected.push(Buffer.from(bytes));
      }
    }
    // One text and one byte run each larger than a piece.
    const long = "Trần Văn Bình; ".repeat(100_000);
    sink.write(long);
    expected.push(Buffer.from(long, "utf8"));
    const block = new Uint8Array(1_500_000).fill(0x7a);
    sink.writeBytes(block);
    expected.push(Buffer.from(block));
    const content = Buffer.concat(expected);
    expect(content.length).toBeGreaterThan(3 << 20);

    const entry = sink.end("word/document.xml");
    expect(entry.name).toBe("word/document.xml");
    expect(entry.size).toBe(content.length);
    expect(entry.crc32).toBe(codec.crc32(content));
    expect(inflateRawSync(entry.data).equals(content)).toBe(true);
    // And as a zip's entry, read back by the archive reader.
    const zip = ZipArchive.open(writeZip([entry], codec), codec);
    expect(Buffer.from(zip.bytes("word/document.xml")!).equals(content)).toBe(true);
  });

  test("an empty part is an empty entry", () => {
    const entry = new ZipEntrySink(codec).end("empty.xml");
    expect(entry.size).toBe(0);
    expect(inflateRawSync(entry.data)).toHaveLength(0);
  });

  test("CRC-32 continues from the CRC of what came before", () => {
    const bytes = Buffer.from("Tháng hành động vì trẻ em", "utf8");
    expect(codec.crc32(bytes.subarray(9), codec.crc32(bytes.subarray(0, 9)))).toBe(codec.crc32(bytes));
  });
});
