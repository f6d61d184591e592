import { type IsoDate, type Locale } from "../../engine";
import { readCommonOptions } from "../common-options";
import { CliError } from "../cli-error";

/** The receiving agency's header and signature, from flags (defaults: the department named in the plan). */
export interface ReceiverFlags {
  readonly parentAgency: string | null;
  readonly agency: string | null;
  readonly symbol: string | null;
  readonly number: string | null;
  readonly place: string | null;
  readonly authority: string | null;
  readonly signerTitle: string | null;
  readonly signer: string | null;
}

export interface ConsolidateArgs {
  readonly paths: readonly string[];
  readonly outDir: string | null;
  readonly json: boolean;
  readonly today: IsoDate | null;
  readonly locale: Locale;
  readonly receiver: ReceiverFlags;
}

/** `--agency "SỞ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI"` and the like: each flag names the line of the header it fills. */
const RECEIVER_OPTIONS: Readonly<Record<string, keyof ReceiverFlags>> = {
  "--parent-agency": "parentAgency",
  "--agency": "agency",
  "--symbol": "symbol",
  "--number": "number",
  "--place": "place",
  "--authority": "authority",
  "--signer-title": "signerTitle",
  "--signer": "signer",
};

const OPTIONS = new Set(["--out", "--today", "--lang", ...Object.keys(RECEIVER_OPTIONS)]);

export const CONSOLIDATE_USAGE = `  action-month consolidate <tệp hoặc thư mục…> [--out THƯ_MỤC] [--json] [--today dd/mm/yyyy]
        [--agency TÊN] [--parent-agency TÊN] [--symbol KÝ_HIỆU] [--number SỐ] [--place ĐỊA_DANH]
        [--authority "KT. GIÁM ĐỐC"] [--signer-title "PHÓ GIÁM ĐỐC"] [--signer "Họ và tên"]
                                                        tổng hợp báo cáo của nhiều cơ quan (.docx và .xlsx)`;

/** Arguments after `consolidate`. */
export function parseConsolidateArgs(argv: readonly string[]): ConsolidateArgs {
  const paths: string[] = [];
  const options = new Map<string, string>();
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const equals = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    if (name === "--json") json = true;
    else if (OPTIONS.has(name)) {
      const value = equals > 0 ? arg.slice(equals + 1) : argv[++i];
      if (value === undefined || value.startsWith("--")) throw new CliError(`Thiếu giá trị cho ${name}.`);
      options.set(name, value);
    } else if (arg.startsWith("-"))
      throw new CliError(`Tùy chọn không hợp lệ cho consolidate: ${arg}. Xem: action-month --help`);
    else paths.push(arg);
  }
  if (paths.length === 0)
    throw new CliError("Thiếu tệp hoặc thư mục cần tổng hợp: action-month consolidate <tệp hoặc thư mục…>");

  const { locale: lang, today } = readCommonOptions(options);
  const receiver = Object.fromEntries(
    Object.entries(RECEIVER_OPTIONS).map(([flag, key]) => [key, options.get(flag)?.trim() || null]),
  ) as unknown as ReceiverFlags;
  return { paths, outDir: options.get("--out") ?? null, json, today, locale: lang, receiver };
}
