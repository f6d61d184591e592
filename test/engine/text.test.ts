import { cleanText, compareVietnamese, foldKey, givenName, nameKey } from "../../src/engine/text";

describe("text normalisation", () => {
  it("treats NFD-typed names as their NFC form", () => {
    const nfd = "Nguyễn Thị Hà".normalize("NFD");
    expect(nfd).not.toBe("Nguyễn Thị Hà");
    expect(cleanText(nfd)).toBe("Nguyễn Thị Hà");
    expect(nameKey(nfd)).toBe(nameKey("nguyễn  thị hà "));
  });

  it("keeps diacritics in names (Hà is not Hạ) but not in header keys", () => {
    expect(nameKey("Hà")).not.toBe(nameKey("Hạ"));
    expect(foldKey("Họ và tên")).toBe(foldKey("HO VA TEN"));
    expect(foldKey("Đơn vị")).toBe("don vi");
  });

  it("collapses non-breaking and repeated spaces", () => {
    expect(cleanText("  Trần\u00a0 Văn   Bình ")).toBe("Trần Văn Bình");
  });

  it("takes the given name as the last word", () => {
    expect(givenName("Nguyễn Thị Thu Hằng")).toBe("Hằng");
  });

  it("sorts in Vietnamese order: D before Đ, A before Ă before Â", () => {
    const names = ["Đức", "Dung", "Ân", "Ăn", "An", "Bình"];
    expect([...names].sort(compareVietnamese)).toEqual(["An", "Ăn", "Ân", "Bình", "Dung", "Đức"]);
  });
});
