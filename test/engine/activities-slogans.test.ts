import { baseSheets, headerOf, run } from "../support/workbook-builder";

describe("activities and slogans", () => {
  it("sums activities by type in the plan's order, other types after", () => {
    const sheets = baseSheets();
    sheets["Hoạt động"] = [
      headerOf("Hoạt động"),
      [
        "03/06/2024",
        "Vui chơi, văn hóa, thể thao",
        "Ngày hội thiếu nhi",
        null,
        40,
        55,
        "5.000.000",
        null,
        null,
      ],
      [
        "01/06/2024",
        "tin bai tren website",
        "Bài viết",
        null,
        null,
        null,
        null,
        null,
        "https://example.vn/a",
      ],
      ["02/06/2024", "Tin bài trên website", "Bài viết 2", null, null, null, null, null, null],
      ["10/06/2024", "Trồng cây", "Trồng cây xanh", null, 10, 0, 0, null, null],
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

  it("keeps every activity as typed, and sums Kinh phí once, by Nguồn kinh phí when given", () => {
    const sheets = baseSheets();
    sheets["Hoạt động"] = [
      headerOf("Hoạt động"),
      [
        "01/06/2024",
        "Tặng quà",
        "Gặp mặt, tặng quà 1/6",
        "Văn phòng",
        30,
        12,
        "2.400.000",
        "Công đoàn",
        null,
      ],
      [
        "08/06/2024",
        "Vui chơi, văn hóa, thể thao",
        "Ngày hội",
        null,
        null,
        20,
        1_000_000,
        "xã hội hóa",
        null,
      ],
      ["09/06/2024", "Khác", "Trồng cây", null, null, null, 500_000, "Xã hội hóa", null],
      ["10/06/2024", "Khác", "Quà cho trẻ khuyết tật", null, null, 3, 300_000, null, null],
    ];
    const { activities } = run(sheets);
    expect(activities.items[0]).toEqual({
      row: 2,
      date: "2024-06-01",
      type: "Tặng quà",
      text: "Gặp mặt, tặng quà 1/6",
      unit: "Văn phòng",
      participants: 30,
      children: 12,
      cost: 2_400_000,
      source: "Công đoàn",
      costCell: "G2",
    });
    expect(activities.cost).toBe(4_200_000);
    expect(activities.bySource).toEqual([
      { source: "Công đoàn", total: 2_400_000 },
      { source: "xã hội hóa", total: 1_500_000 },
      { source: null, total: 300_000 },
    ]);
    expect(activities.bySource.reduce((sum, s) => sum + s.total, 0)).toBe(activities.cost);
  });

  it("names the slogans not posted by their number in the list", () => {
    const sheets = baseSheets();
    sheets["Khẩu hiệu"] = [
      headerOf("Khẩu hiệu"),
      ["Một", "01/06/2024", null],
      ["Hai", null, null],
      ["Ba", null, "x"],
    ];
    expect(run(sheets).slogans).toEqual({ total: 3, posted: 2, unposted: [{ number: 2, text: "Hai" }] });
  });
});
