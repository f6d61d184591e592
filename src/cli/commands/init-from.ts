import { promises as fs } from "node:fs";
import path from "node:path";
import { campaignYearOf, inputTemplates, rollOver } from "../../engine";
import { trackerWorkbookBytes } from "../../xlsx/tracker-workbook";
import type { ParsedArgs } from "../args";
import { CliError, EXIT } from "../cli-error";
import type { Output } from "../output";
import { openWorkbookFile, writeFileAtomically } from "../workbook-file";
import { newWorkbookPath } from "../new-workbook-path";

/** The same file under two names (a path and a link to it) is still the same file. */
async function samePath(a: string, b: string): Promise<boolean> {
  const real = (file: string) => fs.realpath(file).catch(() => path.resolve(file));
  return (await real(a)) === (await real(b));
}

/**
 * `action-month init <new.xlsx> --from <last.xlsx> [--year N]`: next year's tracker from last year's. The old file is
 * only read (it stays as the record of its year); the new one never replaces an existing file without --force, and
 * never the old one, --force or not.
 */
export async function initFromCommand(args: ParsedArgs, output: Output): Promise<number> {
  const from = args.from!;
  const file = await newWorkbookPath(args);
  if (await samePath(file, from))
    throw new CliError(`Tệp mới phải khác tệp năm trước (${from}): sổ năm trước được giữ nguyên làm hồ sơ.`);
  const { snapshot } = await openWorkbookFile(from);
  const fromYear = campaignYearOf(snapshot);
  const year = args.year ?? fromYear + 1;
  if (year <= fromYear || year > 2100)
    throw new CliError(`--year phải là một năm sau năm ${fromYear} của sổ ${from} (và không quá 2100).`);

  const next = rollOver(snapshot, year);
  const bytes = await trackerWorkbookBytes(inputTemplates(year), next.sheets);
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFileAtomically(file, bytes);

  if (args.json) {
    output.out(JSON.stringify({ created: file, from, fromYear, year, reviewed: next.reviewed }));
  } else {
    output.out(
      `Đã tạo ${path.resolve(file)}: sổ theo dõi năm ${year}, lấy từ ${from} (năm ${fromYear}, giữ nguyên).`,
    );
    if (next.reviewed.length > 0)
      output.out(
        `Trang tính "Cấu hình" có ${next.reviewed.length} mục đánh dấu "Cần xem lại" (${next.reviewed.join(", ")}): ` +
          `kiểm tra từng mục, sửa nếu đã thay đổi, rồi xóa dấu ở cột "Xem lại".`,
      );
  }
  return EXIT.ok;
}
