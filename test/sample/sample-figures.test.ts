/**
 * The bundled sample's figures, derived here from its rows with plain arithmetic — independent of the engine's
 * code — and compared with what the engine reports. If the sample changes, these follow it.
 */
import { type Cell, campaignSummary, runCampaign } from "../../src/engine";
import { sampleWorkbook } from "../../src/sample/sample-workbook";

const sheets = new Map(sampleWorkbook().sheets.map((s) => [s.name, s.rows]));

/** Rows under the header row (found by its first header), as objects keyed by header. */
function records(name: string, firstHeader: string): Record<string, Cell>[] {
  const rows = sheets.get(name)!;
  const headerIndex = rows.findIndex((row) => row.includes(firstHeader));
  const headers = rows[headerIndex] as string[];
  return rows
    .slice(headerIndex + 1)
    .filter((row) => row.some((cell) => cell !== null && cell !== ""))
    .map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? null])));
}

const isoOfSerial = (serial: number) =>
  new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
const money = (cell: Cell) => Number(String(cell).replace(/[^\d]/g, ""));
const age = (birth: string, on: string) =>
  Number(on.slice(0, 4)) - Number(birth.slice(0, 4)) - (on.slice(5) < birth.slice(5) ? 1 : 0);

const staff = records("Cán bộ", "Mã CB");
const children = records("Con", "Mã CB");
const tiers = new Map(
  records("Mức khen thưởng", "Thành tích").map((t) => [t["Thành tích"] as string, Number(t["Mức thưởng"])]),
);
const contributions = records("Ủng hộ", "Số tiền");

const distinct = new Map<string, Record<string, Cell>>();
for (const child of children) {
  const key = `${child["Họ và tên con"]}|${child["Ngày sinh"]}`;
  if (!distinct.has(key)) distinct.set(key, child);
}
const under16 = [...distinct.values()].filter((c) => {
  const years = age(isoOfSerial(c["Ngày sinh"] as number), "2024-06-01");
  return years >= 0 && years < 16;
});
const awardOf = (c: Record<string, Cell>) =>
  Math.max(tiers.get(c["Danh hiệu"] as string) ?? 0, tiers.get(c["Giải thưởng"] as string) ?? 0);
const awarded = [...distinct.values()].filter((c) => awardOf(c) > 0);
const contributorIds = new Set(contributions.map((c) => c["Mã CB"] ?? c["Họ và tên"]));
const staffContributors = new Set(contributions.filter((c) => c["Mã CB"] !== null).map((c) => c["Mã CB"]));
/** The sample's contributors without a Mã CB are not on the roster: groups and people from outside. */
const otherContributors = new Set(
  contributions.filter((c) => c["Mã CB"] === null).map((c) => c["Họ và tên"]),
);
const activities = records("Hoạt động", "Loại hoạt động");
const settings = new Map(records("Cấu hình", "Mục").map((row) => [row["Mục"] as string, row["Giá trị"]]));

describe("the bundled sample", () => {
  const result = runCampaign(sampleWorkbook(), { today: "2024-07-05" });
  const summary = campaignSummary(result);

  it("is a department of about 60 staff and 80 children", () => {
    expect(staff.length).toBeGreaterThanOrEqual(55);
    expect(children.length).toBeGreaterThanOrEqual(75);
    expect(summary.staff.count).toBe(staff.length);
    expect(summary.children).toEqual({ rows: children.length, unique: distinct.size });
  });

  it("validates with 0 errors, the CHILD_DUPLICATE of a child of two staff, and NOT_ELIGIBLE_AGE infos", () => {
    expect(summary.validation.errors).toBe(0);
    expect(summary.validation.issues.filter((i) => i.code === "CHILD_DUPLICATE")).toHaveLength(
      children.length - distinct.size,
    );
    expect(children.length - distinct.size).toBeGreaterThanOrEqual(1);
    expect(summary.validation.infos).toBe(distinct.size - under16.length);
    expect(summary.validation.infos).toBeGreaterThan(0);
  });

  it("gives a gift of 200.000 đ to each distinct child under 16 on 01/06/2024", () => {
    expect(summary.gifts).toMatchObject({
      count: under16.length,
      value: 200_000,
      total: under16.length * 200_000,
    });
  });

  it("pays each awarded child the higher of title and prize", () => {
    expect(summary.awards.count).toBe(awarded.length);
    expect(summary.awards.total).toBe(awarded.reduce((sum, c) => sum + awardOf(c), 0));
  });

  it("counts gifts per unit: each child under the unit of its parent listed first in Cán bộ", () => {
    const staffOrder = staff.map((member) => member["Mã CB"]);
    const unitOf = new Map(staff.map((member) => [member["Mã CB"], member["Đơn vị"] as string]));
    const rowsOf = new Map<string, Record<string, Cell>[]>();
    for (const child of children) {
      const key = `${child["Họ và tên con"]}|${child["Ngày sinh"]}`;
      rowsOf.set(key, [...(rowsOf.get(key) ?? []), child]);
    }
    const byUnit = new Map<string, number>();
    for (const child of under16) {
      const rows = rowsOf.get(`${child["Họ và tên con"]}|${child["Ngày sinh"]}`)!;
      const first = rows
        .map((row) => row["Mã CB"])
        .sort((a, b) => staffOrder.indexOf(a) - staffOrder.indexOf(b))[0];
      const unit = unitOf.get(first)!;
      byUnit.set(unit, (byUnit.get(unit) ?? 0) + 1);
    }
    expect(summary.gifts.byUnit.map(({ unit, count, total }) => [unit, count, total]).sort()).toEqual(
      [...byUnit].map(([unit, count]) => [unit, count, count * 200_000]).sort(),
    );
  });

  it("totals the awards per achievement paid", () => {
    const byAchievement = new Map<string, number>();
    for (const child of awarded) {
      const title = tiers.get(child["Danh hiệu"] as string) ?? 0;
      const prize = tiers.get(child["Giải thưởng"] as string) ?? 0;
      const paid = (prize > title ? child["Giải thưởng"] : child["Danh hiệu"]) as string;
      byAchievement.set(paid, (byAchievement.get(paid) ?? 0) + 1);
    }
    expect(
      summary.awards.byAchievement.map(({ achievement, count, total }) => [achievement, count, total]).sort(),
    ).toEqual(
      [...byAchievement]
        .map(([achievement, count]) => [achievement, count, count * tiers.get(achievement)!])
        .sort(),
    );
  });

  it("totals contributions by purpose, a blank purpose being the fund's", () => {
    const byPurpose = new Map<string, number>();
    for (const c of contributions) {
      const purpose = (c["Mục đích"] as string | null) ?? "Quỹ Bảo trợ trẻ em";
      byPurpose.set(purpose, (byPurpose.get(purpose) ?? 0) + money(c["Số tiền"]));
    }
    expect(summary.contributions.byPurpose.map(({ purpose, total }) => [purpose, total]).sort()).toEqual(
      [...byPurpose].sort(),
    );
  });

  it("totals contributions and participation", () => {
    expect(summary.contributions.total).toBe(contributions.reduce((sum, c) => sum + money(c["Số tiền"]), 0));
    expect(summary.contributions.contributors).toBe(contributorIds.size);
    expect(summary.contributions.participation).toBeCloseTo(staffContributors.size / staff.length, 4);
  });

  it("counts staff contributors as people and keeps its one Ủng hộ group apart", () => {
    expect(otherContributors.size).toBe(1);
    expect(summary.contributions).toMatchObject({
      staffContributors: staffContributors.size,
      otherContributors: otherContributors.size,
    });
    expect(summary.contributions.staffContributors + summary.contributions.otherContributors).toBe(
      summary.contributions.contributors,
    );
  });

  it("lists every activity with its date and text, and spends the sum of Kinh phí once, by source", () => {
    expect(summary.activities.items.map((item) => [item.date, item.text])).toEqual(
      activities.map((a) => [isoOfSerial(a["Ngày"] as number), a["Nội dung"]]),
    );
    const costs = activities.filter((a) => a["Kinh phí"] !== null);
    expect(summary.spend.total).toBe(costs.reduce((sum, a) => sum + money(a["Kinh phí"]), 0));
    const sources = new Map<string, number>();
    for (const a of costs) {
      const source = a["Nguồn kinh phí"] as string;
      sources.set(source, (sources.get(source) ?? 0) + money(a["Kinh phí"]));
    }
    expect(summary.spend.bySource).toEqual([...sources].map(([source, total]) => ({ source, total })));
    expect(sources.size).toBeGreaterThanOrEqual(3);
  });

  it("fills the new keys so that the report shows each feature, and no COST_MISMATCH", () => {
    expect(settings.get("Văn bản cấp trên")).toMatch(/^Kế hoạch số /);
    expect(settings.get("Phương hướng")).toBeTruthy();
    expect(isoOfSerial(settings.get("Ngày nộp Quỹ") as number)).toBe("2024-06-28");
    expect(summary.validation.issues.filter((i) => i.code === "COST_MISMATCH")).toEqual([]);
    expect(summary.validation.issues.filter((i) => i.code === "REPORT_TEXT_MISSING")).toEqual([]);
  });

  it("counts the plan's 12 slogans and those posted", () => {
    const slogans = records("Khẩu hiệu", "Khẩu hiệu");
    expect(summary.slogans).toMatchObject({
      total: 12,
      posted: slogans.filter((s) => s["Ngày đăng"] !== null || s["Đường dẫn"] !== null).length,
    });
  });

  it("reports on 05/07/2024, 17 days before the 22/07/2024 deadline", () => {
    expect(summary.campaign).toMatchObject({
      reportDate: "2024-07-05",
      deadline: "2024-07-22",
      daysToDeadline: 17,
      schoolYear: "2023-2024",
    });
  });
});
