import { execFileSync } from "node:child_process";
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { formatVnd } from "../../src/engine";
import { renderReportDocx } from "../../src/report/docx-report";
import { vndInWords } from "../../src/report/number-words";
import { sampleModel } from "./sample-model";

/**
 * Renders the sample's report with LibreOffice and reads the PDF back: proof that the .docx opens outside Word and
 * lays out as Decree 30 wants. The PDFs are kept in test-results/report/ for a human look.
 */

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const HAS_SOFFICE = onPath("soffice");
const SUITE = "the report rendered by LibreOffice";
const SKIPPED = `${SUITE} — SKIPPED: \`soffice\` (LibreOffice) is not on PATH`;
// On CI (CI=true) and with E2E_REQUIRE=1 a missing LibreOffice is a failure, not a skip: the suite must run there.
const REQUIRED = /^(true|1)$/i.test(process.env.CI ?? "") || process.env.E2E_REQUIRE === "1";
if (!HAS_SOFFICE && !REQUIRED) console.warn(SKIPPED);
const describeWithLibreOffice = (body: () => void) =>
  HAS_SOFFICE
    ? describe(SUITE, body)
    : REQUIRED
      ? describe(SUITE, () =>
          test("LibreOffice is installed", () => {
            throw new Error(
              "`soffice` (LibreOffice) is not on PATH, and CI or E2E_REQUIRE=1 requires this suite",
            );
          }),
        )
      : describe.skip(SKIPPED, body);

const KEEP_DIR = resolve(__dirname, "../../test-results/report");

interface Rendered {
  /** pdftotext -layout, one string per page. */
  readonly pages: string[];
  readonly pageCount: number;
}

function readPdf(pdf: string): Rendered {
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return { pages: text.split("\f").filter((page) => page.trim() !== ""), pageCount };
}

/** Text with line breaks and justification spaces collapsed, for phrases that may wrap. */
const flat = (text: string): string => text.replace(/\s+/g, " ");

describeWithLibreOffice(() => {
  const model = sampleModel();
  let official: Rendered;
  let draft: Rendered;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "report-lo-"));
    const files = ["bao-cao.docx", "bao-cao-du-thao.docx"].map((name) => join(work, name));
    writeFileSync(files[0], await renderReportDocx(model, { draft: false }));
    writeFileSync(files[1], await renderReportDocx(model, { draft: true }));
    // A private profile: a clerk's running LibreOffice or a parallel test would otherwise lock the default one.
    execFileSync(
      "soffice",
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${join(work, "lo-profile")}`,
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        ...files,
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
    const pdfs = files.map((file) => file.replace(/\.docx$/, ".pdf"));
    // soffice exits 0 even when a conversion fails: the PDF's presence is the only reliable signal.
    for (const pdf of pdfs) expect(existsSync(pdf)).toBe(true);
    mkdirSync(KEEP_DIR, { recursive: true });
    for (const pdf of pdfs) copyFileSync(pdf, join(KEEP_DIR, pdf.slice(work.length + 1)));
    [official, draft] = pdfs.map(readPdf);
  }, 180_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test("the two header columns sit side by side, `Số` level with the date", () => {
    const page1 = official.pages[0];
    expect(page1).toMatch(/UBND TỈNH BẮC GIANG\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(page1).toMatch(/SỞ KHOA HỌC VÀ CÔNG NGHỆ\s+Độc lập - Tự do - Hạnh phúc/);
    expect(page1).toMatch(/Số:\s+\/BC-KHCN\s+Bắc Giang, ngày 05 tháng 7 năm 2024/);
    expect(page1).toMatch(/^\s+BÁO CÁO$/m);
    expect(flat(page1)).toContain("Kết quả tổ chức Tháng hành động vì trẻ em năm 2024");
  });

  test("section titles in order", () => {
    const text = flat(official.pages.join("\n"));
    const titles = [
      "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI",
      "II. KẾT QUẢ THỰC HIỆN",
      "1. Tuyên truyền",
      "2. Vận động ủng hộ",
      "3. Tặng quà Tết thiếu nhi 1/6 và hoạt động vui chơi",
      "4. Khen thưởng",
      "5. Kinh phí thực hiện",
      "III. ĐÁNH GIÁ CHUNG",
      "IV. PHƯƠNG HƯỚNG THỜI GIAN TỚI",
      "V. ĐỀ XUẤT, KIẾN NGHỊ",
      "Nơi nhận:",
      "Phụ lục I DANH SÁCH TẶNG QUÀ",
      "Phụ lục II DANH SÁCH KHEN THƯỞNG",
    ];
    const positions = titles.map((title) => text.indexOf(title));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test("the grand totals in figures and in words, the list totals in figures, each activity by name and date", () => {
    const text = flat(official.pages.join("\n"));
    for (const total of [model.contributions.total, model.spend.total]) {
      expect(text).toContain(`${formatVnd(total)} đồng (Bằng chữ: ${vndInWords(total)})`);
    }
    expect(text).toContain(`tổng số ${formatVnd(model.gifts.total)} đồng`);
    expect(text).toContain(`tổng số ${formatVnd(model.awards.total)} đồng`);
    for (const event of model.activities.events) {
      const [year, month, day] = (event.date ?? "").split("-");
      expect(text).toContain(`${flat(event.text)}, ngày ${day}/${Number(month)}/${year}`);
    }
    expect(text).toContain(`TỔNG CỘNG: ${model.gifts.count} cháu ${formatVnd(model.gifts.total)}`);
    expect(text).toContain(`TỔNG CỘNG: ${model.awards.count} cháu ${formatVnd(model.awards.total)}`);
  });

  test("annex names", () => {
    const annexes = flat(official.pages.slice(2).join("\n"));
    const gifts = model.annexes.gifts.entries;
    const awards = model.annexes.awards.entries;
    for (const entry of [gifts[0], gifts[gifts.length - 1], awards[0], awards[awards.length - 1]]) {
      expect(annexes).toContain(entry.name);
    }
  });

  test("page numbers from page 2, centred at the top, each annex numbered on its own; no blank page", () => {
    expect(official.pages[0].trimStart().startsWith("UBND")).toBe(true);
    let number = 1;
    official.pages.slice(1).forEach((page) => {
      const lines = page.split("\n").filter((line) => line.trim() !== "");
      const firstLine = lines[0] ?? "";
      expect(lines.length).toBeGreaterThan(5);
      if (/^\s*Phụ lục [IV]+$/.test(firstLine)) {
        // An annex's first page: its numbering restarts, and page 1 carries no number.
        number = 1;
        return;
      }
      number += 1;
      expect(firstLine.trim()).toBe(String(number));
      // Centred: the number sits near the middle of the text line, not at its start.
      expect(firstLine.indexOf(String(number))).toBeGreaterThan(20);
    });
    const annexStarts = official.pages.filter((page) =>
      /^\s*Phụ lục [IV]+\s*$/m.test(page.split("\n")[0] ?? ""),
    );
    expect(annexStarts).toHaveLength(2);
  });

  test("a unit continued overleaf is named again with (tiếp theo); no unit heading ends a page", () => {
    const annexPages = official.pages.filter((page) => page.includes("Họ và tên"));
    expect(flat(annexPages.join("\n"))).toMatch(/\(tiếp theo\)/);
    const units = new Set(model.annexes.gifts.byUnit.map((group) => group.unit));
    for (const page of annexPages) {
      const lines = page.split("\n").filter((line) => line.trim() !== "");
      expect(units.has(lines.at(-1)?.trim() ?? "")).toBe(false);
    }
  });

  test("a plausible page count: two pages of report, the annexes in landscape", () => {
    expect(official.pageCount).toBe(official.pages.length);
    expect(official.pageCount).toBeGreaterThanOrEqual(7);
    expect(official.pageCount).toBeLessThanOrEqual(14);
  });

  test("DỰ THẢO on every page of the draft, on none of the official report", () => {
    expect(official.pages.some((page) => page.includes("DỰ THẢO"))).toBe(false);
    expect(draft.pages.length).toBeGreaterThan(0);
    for (const page of draft.pages) expect(page).toContain("DỰ THẢO");
  });
});
