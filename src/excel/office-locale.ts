import type { Locale } from "../engine";

/** Vietnamese when Office's display language is Vietnamese, English otherwise (SPEC §6). */
export function officeLocale(): Locale {
  const language = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return language?.toLowerCase().startsWith("vi") ? "vi" : "en";
}
