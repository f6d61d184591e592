import { asciiSlug, reportFileName } from "../../src/taskpane/report-file-name";

describe("the .docx file name", () => {
  it("is the agency in ASCII, then the report and the year", () => {
    expect(reportFileName("SỞ KHOA HỌC VÀ CÔNG NGHỆ", 2024, false)).toBe(
      "so-khoa-hoc-va-cong-nghe-bao-cao-thang-hanh-dong-2024.docx",
    );
  });

  it("marks a draft", () => {
    expect(reportFileName("SỞ KHOA HỌC VÀ CÔNG NGHỆ", 2025, true)).toBe(
      "so-khoa-hoc-va-cong-nghe-bao-cao-thang-hanh-dong-2025-du-thao.docx",
    );
  });

  it("keeps only ASCII letters, digits and single hyphens, đ as d", () => {
    expect(asciiSlug("  Đoàn TNCS / Chi đoàn: Sở   KH&CN  ")).toBe("doan-tncs-chi-doan-so-kh-cn");
    // Decomposed (NFD) input gives the same slug.
    expect(asciiSlug("SỞ KHOA HỌC".normalize("NFD"))).toBe("so-khoa-hoc");
    expect(reportFileName('<img src=x onerror="a">', 2024, false)).toMatch(/^[a-z0-9-]+\.docx$/);
  });

  it("drops an agency that has nothing left", () => {
    expect(reportFileName("—", 2024, false)).toBe("bao-cao-thang-hanh-dong-2024.docx");
  });
});
