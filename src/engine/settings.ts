import { type Cell, isBlankCell, isCellError, type WorkbookSnapshot } from "./cell";
import { formatDayMonthYear, type IsoDate, isoDate, readDateCell } from "./dates";
import type { IssueLog } from "./issues";
import { WORDS } from "./messages";
import { logReviewMarks } from "./next-year/review-mark";
import { formatVnd, readAmountCell } from "./money";
import { inputSheetSpec, SHEET } from "./schema";
import { displayCell, readTable, type TableRow } from "./table";
import { cleanText, foldKey } from "./text";

export type AwardRule = "highest" | "cumulative";

export interface SchoolYear {
  readonly first: number;
  readonly last: number;
}

/** `Cấu hình`, read and completed with the plan's defaults. */
export interface CampaignSettings {
  readonly year: number;
  readonly theme: string;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  /** Ngày tính tuổi: the gift age is counted on this day. */
  readonly referenceDate: IsoDate;
  /** Children under this age get a gift (Luật Trẻ em 2016, Điều 1: a child is under 16). */
  readonly giftAgeLimit: number;
  readonly giftValue: number;
  readonly schoolYear: SchoolYear;
  readonly awardRule: AwardRule;
  readonly deadline: IsoDate;
  readonly recipient: string;
  readonly parentAgency: string;
  readonly agency: string;
  readonly symbol: string;
  readonly place: string;
  readonly basis: string;
  readonly reportNumber: string | null;
  /** As configured; the report date falls back to "today" when this is null. */
  readonly reportDate: IsoDate | null;
  readonly signingAuthority: string;
  readonly signerTitle: string;
  readonly signerName: string | null;
  readonly strengths: string | null;
  readonly weaknesses: string | null;
  readonly proposals: string | null;
  /** `Văn bản cấp trên`: the higher plan the department's own implements; the report opens `Thực hiện …`. */
  readonly higherPlan: string | null;
  /** `Phương hướng`: what comes next, a section of its own when filled. */
  readonly outlook: string | null;
  /** `Ngày nộp Quỹ`: the day contributions went to the Quỹ Bảo trợ trẻ em; the report claims nothing without it. */
  readonly fundTransferDate: IsoDate | null;
}

export const AWARD_RULE_LABEL: Record<AwardRule, string> = { highest: "Cao nhất", cumulative: "Cộng dồn" };

export function schoolYearLabel(schoolYear: SchoolYear): string {
  return `${schoolYear.first}-${schoolYear.last}`;
}

/** The 2024 plan's values; dates and the school year follow the campaign year. */
export function defaultSettings(year = 2024): CampaignSettings {
  return {
    year,
    theme: "Hành động thiết thực, ưu tiên nguồn lực cho trẻ em",
    startDate: isoDate(year, 6, 1),
    endDate: isoDate(year, 6, 30),
    referenceDate: isoDate(year, 6, 1),
    giftAgeLimit: 16,
    giftValue: 200_000,
    schoolYear: { first: year - 1, last: year },
    awardRule: "highest",
    deadline: isoDate(year, 7, 22),
    recipient: "Sở Lao động, Thương binh và Xã hội",
    parentAgency: "UBND TỈNH BẮC GIANG",
    agency: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    symbol: "KHCN",
    place: "Bắc Giang",
    basis: "Kế hoạch số 63/KH-KHCN ngày 17/4/2024 của Sở Khoa học và Công nghệ",
    reportNumber: null,
    reportDate: null,
    signingAuthority: "KT. GIÁM ĐỐC",
    signerTitle: "PHÓ GIÁM ĐỐC",
    signerName: null,
    strengths: null,
    weaknesses: null,
    proposals: null,
    higherPlan: null,
    outlook: null,
    fundTransferDate: null,
  };
}

type Field = keyof CampaignSettings;
type Kind =
  "year" | "text" | "date" | "age" | "vnd" | "schoolYear" | "awardRule" | "optionalText" | "optionalDate";

interface SettingKey {
  readonly key: string;
  readonly field: Field;
  readonly kind: Kind;
}

/** The keys of `Cấu hình`, in the order Set up writes them. */
export const SETTING_KEYS: readonly SettingKey[] = [
  { key: "Năm tổ chức", field: "year", kind: "year" },
  { key: "Chủ đề", field: "theme", kind: "text" },
  { key: "Ngày bắt đầu", field: "startDate", kind: "date" },
  { key: "Ngày kết thúc", field: "endDate", kind: "date" },
  { key: "Ngày tính tuổi", field: "referenceDate", kind: "date" },
  { key: "Tuổi nhận quà (dưới)", field: "giftAgeLimit", kind: "age" },
  { key: "Giá trị quà", field: "giftValue", kind: "vnd" },
  { key: "Năm học", field: "schoolYear", kind: "schoolYear" },
  { key: "Cách tính khen thưởng", field: "awardRule", kind: "awardRule" },
  { key: "Hạn báo cáo", field: "deadline", kind: "date" },
  { key: "Nơi nhận báo cáo", field: "recipient", kind: "text" },
  { key: "Cơ quan chủ quản", field: "parentAgency", kind: "text" },
  { key: "Cơ quan", field: "agency", kind: "text" },
  { key: "Ký hiệu", field: "symbol", kind: "text" },
  { key: "Địa danh", field: "place", kind: "text" },
  { key: "Văn bản cấp trên", field: "higherPlan", kind: "optionalText" },
  { key: "Căn cứ", field: "basis", kind: "text" },
  { key: "Số báo cáo", field: "reportNumber", kind: "optionalText" },
  { key: "Ngày báo cáo", field: "reportDate", kind: "optionalDate" },
  { key: "Quyền hạn ký", field: "signingAuthority", kind: "text" },
  { key: "Chức vụ người ký", field: "signerTitle", kind: "text" },
  { key: "Người ký", field: "signerName", kind: "optionalText" },
  { key: "Ưu điểm", field: "strengths", kind: "optionalText" },
  { key: "Hạn chế", field: "weaknesses", kind: "optionalText" },
  { key: "Đề xuất", field: "proposals", kind: "optionalText" },
  { key: "Phương hướng", field: "outlook", kind: "optionalText" },
  { key: "Ngày nộp Quỹ", field: "fundTransferDate", kind: "optionalDate" },
];

/** Report texts that print as dotted lines when blank: each blank one is a REPORT_TEXT_MISSING warning. */
const REPORT_TEXT_FIELDS: readonly Field[] = ["strengths", "weaknesses", "proposals"];

type Parsed = { ok: true; value: CampaignSettings[Field] } | { ok: false; reason: string };

function parseSetting(kind: Kind, cell: Cell, log: IssueLog): Parsed {
  const words = WORDS[log.locale];
  const vi = log.locale === "vi";
  switch (kind) {
    case "year":
    case "age": {
      const text = typeof cell === "number" ? String(cell) : displayCell(cell);
      const value = Number(text);
      const [min, max] = kind === "year" ? [2000, 2100] : [1, 18];
      if (!/^\d+$/.test(text) || value < min || value > max) {
        return {
          ok: false,
          reason: vi
            ? `cần một số nguyên từ ${min} đến ${max}`
            : `expected a whole number from ${min} to ${max}`,
        };
      }
      return { ok: true, value };
    }
    case "date":
    case "optionalDate": {
      const reading = readDateCell(cell);
      if (reading.kind === "date") return { ok: true, value: reading.date };
      return {
        ok: false,
        reason: reading.kind === "invalid" ? words.dateProblem[reading.problem] : words.dateProblem.format,
      };
    }
    case "vnd": {
      const reading = readAmountCell(cell);
      return reading.kind === "amount"
        ? { ok: true, value: reading.value }
        : { ok: false, reason: words.positiveVnd };
    }
    case "schoolYear": {
      const match = /^(\d{4})\s*[-–—/]\s*(\d{4})$/.exec(displayCell(cell));
      if (match && Number(match[2]) === Number(match[1]) + 1) {
        return { ok: true, value: { first: Number(match[1]), last: Number(match[2]) } };
      }
      return {
        ok: false,
        reason: vi
          ? "cần hai năm liền nhau, ví dụ 2023-2024"
          : "expected two consecutive years, e.g. 2023-2024",
      };
    }
    case "awardRule": {
      const key = foldKey(displayCell(cell));
      const rule = (Object.keys(AWARD_RULE_LABEL) as AwardRule[]).find(
        (r) => foldKey(AWARD_RULE_LABEL[r]) === key,
      );
      return rule
        ? { ok: true, value: rule }
        : { ok: false, reason: vi ? "cần “Cao nhất” hoặc “Cộng dồn”" : 'expected "Cao nhất" or "Cộng dồn"' };
    }
    case "text":
    case "optionalText":
      return { ok: true, value: cleanText(displayCell(cell)) };
  }
}

/** How a setting's value reads in a message ("01/06/2024", "200.000 đồng", "Cao nhất"). */
export function describeSetting(field: Field, settings: CampaignSettings): string {
  const value = settings[field];
  if (value === null) return "";
  if (field === "schoolYear") return schoolYearLabel(settings.schoolYear);
  if (field === "awardRule") return AWARD_RULE_LABEL[settings.awardRule];
  if (field === "giftValue") return `${formatVnd(settings.giftValue)} đồng`;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDayMonthYear(value);
  return String(value);
}

/** Reads `Cấu hình`; a missing sheet, key or value falls back to the default with a warning. */
export function readSettings(snapshot: WorkbookSnapshot, log: IssueLog): CampaignSettings {
  const table = readTable(snapshot, inputSheetSpec(SHEET.settings), log, WORDS[log.locale].defaultsFor2024);
  if (!table) return defaultSettings();
  logReviewMarks(table, log);

  const rowsByKey = new Map<string, TableRow>();
  for (let index = 0; index < table.rowCount; index += 1) {
    const row = table.row(index);
    const key = row.value("Mục");
    if (typeof key === "string" && !rowsByKey.has(foldKey(key))) rowsByKey.set(foldKey(key), row);
  }

  const values: Partial<Record<Field, CampaignSettings[Field]>> = {};
  const problems: { key: SettingKey; row: TableRow | undefined; cell: Cell; reason: string | null }[] = [];
  for (const key of SETTING_KEYS) {
    const row = rowsByKey.get(foldKey(key.key));
    const cell = row ? row.value("Giá trị") : null;
    const optional = key.kind === "optionalText" || key.kind === "optionalDate";
    if (isBlankCell(cell)) {
      if (!optional) problems.push({ key, row, cell, reason: null });
      continue;
    }
    const parsed: Parsed = isCellError(cell)
      ? { ok: false, reason: cell.error }
      : parseSetting(key.kind, cell, log);
    if (parsed.ok) values[key.field] = parsed.value;
    else problems.push({ key, row, cell, reason: parsed.reason });
  }

  const year = typeof values.year === "number" ? values.year : 2024;
  const settings = { ...defaultSettings(year), ...values } as CampaignSettings;
  for (const { key, row, cell, reason } of problems) {
    const where = row
      ? { sheet: SHEET.settings, row: row.row, column: "Giá trị", cell: row.cell("Giá trị") }
      : { sheet: SHEET.settings };
    const params = {
      column: key.key,
      value: displayCell(cell),
      expected: describeSetting(key.field, settings),
      reason: reason ?? "",
    };
    log.add(reason === null ? "SETTING_MISSING" : "SETTING_INVALID", where, params);
  }
  for (const key of SETTING_KEYS.filter((k) => REPORT_TEXT_FIELDS.includes(k.field))) {
    if (settings[key.field] !== null) continue;
    const row = rowsByKey.get(foldKey(key.key));
    const where = row
      ? { sheet: SHEET.settings, row: row.row, column: "Giá trị", cell: row.cell("Giá trị") }
      : { sheet: SHEET.settings };
    log.add("REPORT_TEXT_MISSING", where, { column: key.key });
  }
  return settings;
}
