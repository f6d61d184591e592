import { type IsoDate, type Locale, parseDateText } from "../engine";
import { CliError } from "./cli-error";

/** `--lang` and `--today`, read the same way by every command (report, check, init, consolidate). */
export function readCommonOptions(options: ReadonlyMap<string, string>): {
  readonly locale: Locale;
  readonly today: IsoDate | null;
} {
  const lang = options.get("--lang") ?? "vi";
  if (lang !== "vi" && lang !== "en") throw new CliError(`--lang chỉ nhận vi hoặc en, không phải "${lang}".`);
  const todayText = options.get("--today");
  if (todayText === undefined) return { locale: lang, today: null };
  const reading = parseDateText(todayText);
  if (reading.kind !== "date")
    throw new CliError(`--today cần một ngày dạng dd/mm/yyyy, không phải "${todayText}".`);
  return { locale: lang, today: reading.date };
}
