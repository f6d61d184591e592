import { baseSheets, headerOf, run } from "../support/workbook-builder";

describe("activities and slogans", () => {
  it("sums activities by type in the plan's order, other types after", () => {
    const sheets = baseSheets();
    sheets["Hoạt động"] = [
      headerOf("Hoạt động"),
      ["03/06/2024", "Vui chơi, văn hóa, thể thao", "Ngày hội thiếu nhi", null, 40, 55, "5.000.000", null],
      ["01/06/2024", "tin bai tren website", "Bài viết", null, null, null, null, "https://example.vn/a"],
      ["02/06/2024", "Tin bài trên website", "Bài viết 2", null, null, null, null, null],
      ["10/06/2024", "Trồng cây", "Trồng cây xanh", null, 10, 0, 0, null],
    ];
    const { activities } = run(sheets);
    expect(activities).toMatchObject({ count: 4, children: 55, participants: 50, cost: 5_000_000 });
    expect(activities.byType.map((t) => [t.type, t.count])).toEqual([
      ["Tin bài trên website", 2],
      ["Vui chơi, văn hóa, thể thao", 1],
      ["Trồng cây", 1],
    ]);
  });

  it("counts a slogan as posted when its date or link is filled", () => {
    const sheets = baseSheets();
    sheets["Khẩu hiệu"][1][1] = "01/06/2024";
    sheets["Khẩu hiệu"][2][2] = "https://skhcn.bacgiang.gov.vn/khau-hieu";
    expect(run(sheets).slogans).toMatchObject({ total: 12, posted: 2 });
  });
});
