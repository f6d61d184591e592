import type { Cell } from "../cell";
import { toExcelSerial } from "../dates";
import { DEFAULT_AWARD_TIERS } from "../roster/award-tiers";
import { PLAN_SLOGANS } from "../roster/slogans";
import {
  ACTIVITY_TYPES,
  type ColumnSpec,
  CONTRIBUTION_PURPOSES,
  GENDERS,
  INPUT_SHEETS,
  type InputSheetName,
  PRESCHOOL,
  SCHOOL_LEVELS,
  SHEET,
} from "../schema";
import {
  AWARD_RULE_LABEL,
  type CampaignSettings,
  defaultSettings,
  schoolYearLabel,
  SETTING_KEYS,
} from "../settings";

/**
 * What Set up (add-in) and `init` (command line) create: the input sheets with their headers, formats, drop-down
 * lists and seed rows. Both faces apply this one description.
 */

/** A hidden, add-in-owned sheet holding the drop-down lists: Excel list validations cannot hold items with commas
 * ("Khẩu hiệu, băng rôn") as literal text, but can point at a range. */
export const CATALOG_SHEET = "Danh mục";

export const CATALOG_LISTS: readonly { readonly header: string; readonly values: readonly string[] }[] = [
  { header: "Loại hoạt động", values: ACTIVITY_TYPES },
  { header: "Mục đích", values: CONTRIBUTION_PURPOSES },
  { header: "Giới tính", values: GENDERS },
  { header: "Lớp", values: [PRESCHOOL, ...Array.from({ length: 12 }, (_, i) => String(i + 1))] },
  { header: "Cấp học", values: SCHOOL_LEVELS },
];

/** Where a drop-down takes its items from: a column (by header) of another sheet. */
export interface ListSource {
  readonly sheet: string;
  readonly header: string;
}

export interface TemplateColumn extends ColumnSpec {
  readonly list?: ListSource;
}

export interface SheetTemplate {
  readonly name: InputSheetName;
  readonly columns: readonly TemplateColumn[];
  /** Rows written only when the sheet is created, in `columns` order. */
  readonly seedRows: readonly (readonly Cell[])[];
}

const catalog = (header: string): ListSource => ({ sheet: CATALOG_SHEET, header });

const LISTS: Partial<Record<InputSheetName, Record<string, ListSource>>> = {
  [SHEET.staff]: { "Đơn vị": { sheet: SHEET.units, header: "Đơn vị" }, "Giới tính": catalog("Giới tính") },
  [SHEET.children]: {
    "Giới tính": catalog("Giới tính"),
    Lớp: catalog("Lớp"),
    "Danh hiệu": { sheet: SHEET.awardTiers, header: "Thành tích" },
    "Giải thưởng": { sheet: SHEET.awardTiers, header: "Thành tích" },
  },
  [SHEET.awardTiers]: { "Cấp học": catalog("Cấp học") },
  [SHEET.contributions]: {
    "Đơn vị": { sheet: SHEET.units, header: "Đơn vị" },
    "Mục đích": catalog("Mục đích"),
  },
  [SHEET.activities]: {
    "Loại hoạt động": catalog("Loại hoạt động"),
    "Đơn vị thực hiện": { sheet: SHEET.units, header: "Đơn vị" },
  },
};

/** A setting's default as a cell: dates as serials (the adapter formats them), amounts and numbers as numbers. */
function settingCell(field: keyof CampaignSettings, settings: CampaignSettings): Cell {
  const value = settings[field];
  if (field === "schoolYear") return schoolYearLabel(settings.schoolYear);
  if (field === "awardRule") return AWARD_RULE_LABEL[settings.awardRule];
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return toExcelSerial(value);
  if (typeof value === "number" || typeof value === "string") return value;
  return null;
}

/** Keys of `Cấu hình` whose value cells hold dates, so adapters give them a date format. */
export const DATE_SETTING_KEYS: readonly string[] = SETTING_KEYS.filter(
  (key) => key.kind === "date" || key.kind === "optionalDate",
).map((key) => key.key);

function seedRows(name: InputSheetName, year: number): Cell[][] {
  switch (name) {
    case SHEET.settings: {
      const settings = defaultSettings(year);
      return SETTING_KEYS.map((key) => [key.key, settingCell(key.field, settings)]);
    }
    case SHEET.awardTiers:
      return DEFAULT_AWARD_TIERS.map((tier) => [
        tier.achievement,
        tier.levels.join(", ") || null,
        tier.amount,
      ]);
    case SHEET.slogans:
      return PLAN_SLOGANS.map((slogan) => [slogan, null, null]);
    default:
      return [];
  }
}

/** The input sheets to create, in workbook order, for a campaign year. */
export function inputTemplates(year = 2024): SheetTemplate[] {
  return INPUT_SHEETS.map((spec) => ({
    name: spec.name,
    columns: spec.columns.map((column) => ({ ...column, list: LISTS[spec.name]?.[column.header] })),
    seedRows: seedRows(spec.name, year),
  }));
}
