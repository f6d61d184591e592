import { promises as fs } from "node:fs";
import path from "node:path";
import type { ParsedArgs } from "./args";
import { CliError } from "./cli-error";

/** The file `init` is to create: an .xlsx name, and not an existing file unless --force. */
export async function newWorkbookPath(args: ParsedArgs): Promise<string> {
  const file = args.file!;
  if (path.extname(file).toLowerCase() !== ".xlsx") throw new CliError(`Tên tệp phải có đuôi .xlsx: ${file}`);
  const exists = await fs.stat(file).then(
    () => true,
    () => false,
  );
  if (exists && !args.force) throw new CliError(`Tệp ${file} đã có; thêm --force nếu muốn ghi đè.`);
  return file;
}
