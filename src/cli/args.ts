import { type IsoDate, type Locale } from "../engine";
import { readCommonOptions } from "./common-options";
import { CliError } from "./cli-error";
import { CONSOLIDATE_USAGE } from "./consolidate/consolidate-args";

export interface ParsedArgs {
  readonly command: "init" | "check" | "report" | "help";
  readonly file: string | null;
  readonly json: boolean;
  readonly sample: boolean;
  readonly force: boolean;
  readonly draft: boolean;
  readonly outDir: string | null;
  readonly today: IsoDate | null;
  readonly locale: Locale;
  /** `init --from`: last year's tracker, only read. */
  readonly from: string | null;
  /** `init --from … --year N`: the new campaign year (default: last year's + 1). */
  readonly year: number | null;
}

export const USAGE = `Cách dùng:
  action-month init <tệp.xlsx> [--sample] [--force]     tạo sổ theo dõi mới (mẫu trống, hoặc dữ liệu mẫu)
  action-month init <tệp-mới.xlsx> --from <tệp-năm-trước.xlsx> [--year NĂM] [--force]
                                                        sổ cho năm sau từ sổ năm trước (sổ cũ giữ nguyên)
  action-month check <tệp.xlsx> [--json]                chỉ kiểm tra dữ liệu
  action-month report <tệp.xlsx> [--out THƯ_MỤC] [--json] [--today dd/mm/yyyy] [--draft]
                                                        lập danh sách và báo cáo (.xlsx và .docx)
${CONSOLIDATE_USAGE}
Tùy chọn chung: --lang vi|en (ngôn ngữ thông báo), --help
Mã thoát: 0 không có lỗi; 1 dữ liệu có lỗi; 2 sai cú pháp hoặc không đọc được tệp.`;

const FLAGS = new Set(["--json", "--sample", "--force", "--draft", "--help", "-h"]);
const OPTIONS = new Set(["--out", "--today", "--lang", "--from", "--year"]);
const COMMANDS = new Set(["init", "check", "report", "help"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [name, inlineValue] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    if (FLAGS.has(name)) flags.add(name);
    else if (OPTIONS.has(name)) {
      const value = inlineValue ?? argv[++i];
      if (value === undefined || value.startsWith("--")) throw new CliError(`Thiếu giá trị cho ${name}.`);
      options.set(name, value);
    } else if (arg.startsWith("-"))
      throw new CliError(`Tùy chọn không hợp lệ: ${arg}. Xem: action-month --help`);
    else positional.push(arg);
  }

  if (flags.has("--help") || flags.has("-h") || positional.length === 0) return helpArgs();
  const [command, file, ...extra] = positional;
  if (!COMMANDS.has(command))
    throw new CliError(`Lệnh không hợp lệ: ${command}. Các lệnh: init, check, report, consolidate.`);
  if (command === "help") return helpArgs();
  if (!file) throw new CliError(`Thiếu tên tệp .xlsx cho lệnh ${command}.`);
  if (extra.length > 0) throw new CliError(`Thừa tham số: ${extra.join(" ")}.`);

  const { locale: lang, today } = readCommonOptions(options);
  const from = options.get("--from") ?? null;
  const yearText = options.get("--year");
  if (from !== null && command !== "init") throw new CliError("--from chỉ dùng với lệnh init.");
  if (from !== null && flags.has("--sample")) throw new CliError("Không dùng --sample cùng với --from.");
  if (yearText !== undefined && from === null) throw new CliError("--year chỉ dùng cùng với --from.");
  if (yearText !== undefined && !/^\d{4}$/.test(yearText))
    throw new CliError(`--year cần một năm 4 chữ số, không phải "${yearText}".`);
  return {
    command: command as ParsedArgs["command"],
    file,
    json: flags.has("--json"),
    sample: flags.has("--sample"),
    force: flags.has("--force"),
    draft: flags.has("--draft"),
    outDir: options.get("--out") ?? null,
    today,
    locale: lang,
    from,
    year: yearText === undefined ? null : Number(yearText),
  };
}

function helpArgs(): ParsedArgs {
  return {
    command: "help",
    file: null,
    json: false,
    sample: false,
    force: false,
    draft: false,
    outDir: null,
    today: null,
    locale: "vi",
    from: null,
    year: null,
  };
}
