import { baseSheets, contributionRow, headerOf, run } from "../support/workbook-builder";

describe("contributions", () => {
  it("counts each contributor once, by Mã CB or else by name, and totals by purpose and unit", () => {
    const sheets = baseSheets();
    sheets["Ủng hộ"] = [
      headerOf("Ủng hộ"),
      contributionRow({ id: "VP01", amount: "500.000" }),
      contributionRow({ id: "vp01", amount: 200000, purpose: "Trẻ em khuyết tật" }),
      contributionRow({ name: "Trần Thị Bình", amount: "300,000 đ", purpose: "quy bao tro tre em" }),
      contributionRow({ name: "Hội Cựu chiến binh cơ quan", amount: 1000000 }),
    ];
    const { contributions } = run(sheets);
    expect(contributions).toMatchObject({
      contributors: 3,
      staffContributors: 2,
      total: 2_000_000,
      participation: 0.6667,
    });
    expect(contributions.byPurpose).toEqual([
      { purpose: "Quỹ Bảo trợ trẻ em", count: 3, total: 1_800_000 },
      { purpose: "Trẻ em khuyết tật", count: 1, total: 200_000 },
    ]);
    expect(contributions.byUnit).toEqual([
      { unit: "Văn phòng", count: 2, total: 1_000_000 },
      { unit: "Khác", count: 1, total: 1_000_000 },
    ]);
  });

  it("counts staff as people and every other contributor apart: people and groups never add up", () => {
    const sheets = baseSheets();
    sheets["Ủng hộ"] = [
      headerOf("Ủng hộ"),
      contributionRow({ id: "VP01", amount: 500_000 }),
      contributionRow({ name: "Lê Văn Cường", amount: 500_000 }),
      contributionRow({ name: "Hội Cựu chiến binh cơ quan", amount: 1_000_000 }),
      contributionRow({ name: "hội cựu chiến binh  cơ quan", amount: 500_000 }),
      contributionRow({ name: "Công ty TNHH Ánh Dương", amount: 2_000_000 }),
    ];
    const { contributions } = run(sheets);
    expect(contributions).toMatchObject({
      staffContributors: 2,
      otherContributors: 2,
      contributors: 4,
      otherNames: ["Hội Cựu chiến binh cơ quan", "Công ty TNHH Ánh Dương"],
      // Participation is the staff's alone: 2 of 3.
      participation: 0.6667,
    });
  });
});
