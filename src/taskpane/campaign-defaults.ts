import { type CampaignSettings, type IsoDate, type Locale, runCampaign } from "../engine";

/**
 * The settings the engine would use for this year's campaign with an empty `Cấu hình`: what the header shows
 * until the workbook has been read. Asked of the engine (its defaults follow `Năm tổ chức`) rather than copied.
 */
export function defaultSettingsFor(today: IsoDate, locale: Locale): CampaignSettings {
  const year = Number(today.slice(0, 4));
  const snapshot = {
    sheets: [
      {
        name: "Cấu hình",
        rows: [
          ["Mục", "Giá trị"],
          ["Năm tổ chức", year],
        ],
      },
    ],
  };
  return runCampaign(snapshot, { today, locale }).settings;
}
