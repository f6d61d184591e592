import { ByteSink } from "../../src/xlsx/byte-sink";

/** The sink behind the generated sheets and the .docx's annexes: what goes in as text comes out as its UTF-8. */
describe("ByteSink", () => {
  test("many writes across its growth give the text's UTF-8, byte for byte", () => {
    const pieces = ["<c>", "Nguyễn Thị Hương", "", "😀 ", "x".repeat(5000), "Đ\u0301", "ệ"];
    const sink = new ByteSink(16);
    let text = "";
    for (let i = 0; i < 300; i += 1) {
      const piece = pieces[i % pieces.length];
      sink.write(piece);
      text += piece;
    }
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(text, "utf8"))).toBe(true);
  });

  test("an empty sink is empty", () => {
    expect(new ByteSink().bytes()).toHaveLength(0);
  });
});
