import { sampleWorkbook } from "../../src/sample/sample-workbook";
import { type ActionContext, nextYearAction } from "../../src/taskpane/actions";
import { rising } from "../../src/taskpane/progress";
import { STRINGS, stringsFor } from "../../src/taskpane/strings";
import { fakeOf, TODAY, withExcel } from "../excel/kit";

function context(locale: "vi" | "en" = "vi"): ActionContext {
  return {
    locale,
    strings: stringsFor(locale),
    ask: async (question) => {
      throw new Error(`Nothing to ask: ${question.message}`);
    },
    progress: rising(() => undefined),
    today: TODAY,
    // Export's ports: this action never delivers a report.
    delivery: {} as ActionContext["delivery"],
    ports: {} as ActionContext["ports"],
  };
}

describe("Chuẩn bị năm sau (pane action)", () => {
  it("opens the new workbook without a question, and tells the clerk to save it and review the marks", async () => {
    const fake = fakeOf(sampleWorkbook());
    const outcome = await withExcel(fake, () => nextYearAction(context()));
    expect(outcome.kind).toBe("success");
    expect(outcome.status).toMatch(/^Đã mở sổ năm 2025 .*sổ này giữ nguyên\. Hãy lưu sổ mới với tên khác/);
    expect(outcome.status).toContain("Trong trang tính Cấu hình có 11 mục đánh dấu “Cần xem lại”");
    expect(fake.model.createdWorkbooks).toHaveLength(1);
  });

  it("on ExcelApi 1.7 explains the command line and the offline page, and changes nothing", async () => {
    const fake = fakeOf(sampleWorkbook(), { apiVersion: 1.7 });
    const before = fake.dump();
    const outcome = await withExcel(fake, () => nextYearAction(context("en")));
    expect(outcome).toEqual({ status: STRINGS.en.nextYear.unsupported, kind: "warning" });
    expect(outcome.status).toContain("action-month init <next-year>.xlsx --from <this-workbook>.xlsx");
    expect(outcome.status).toContain("tool.html");
    expect(fake.dump()).toEqual(before);
  });
});
