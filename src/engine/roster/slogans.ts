import type { WorkbookSnapshot } from "../cell";
import type { IssueLog } from "../issues";
import { WORDS } from "../messages";
import { RowCheck } from "../row-check";
import { inputSheetSpec, SHEET } from "../schema";
import { readTable } from "../table";

/** The 12 slogans of the plan's appendix (Kế hoạch 63/KH-KHCN, Phụ lục), seeded by Set up. */
export const PLAN_SLOGANS: readonly string[] = [
  "Hành động thiết thực, ưu tiên nguồn lực cho trẻ em.",
  "Ưu tiên nguồn lực cho trẻ em để đáp ứng yêu cầu phát triển đất nước phồn vinh, hạnh phúc.",
  "Bảo đảm vai trò chủ đạo của ngân sách nhà nước để thực hiện chính sách đối với trẻ em.",
  "Bảo đảm quyền trẻ em phải là trung tâm của chính sách, chiến lược phát triển đất nước.",
  "Toàn dân chăm sóc, giáo dục và bảo vệ trẻ em.",
  "Tăng cường chăm sóc, giáo dục và bảo vệ trẻ em vì sự phát triển đất nước phồn vinh, hạnh phúc.",
  "Tổng đài 111 - tiếp nhận thông tin mọi lúc, bảo vệ trẻ em mọi nơi.",
  "Phòng ngừa và chấm dứt lao động trẻ em vì sự phát triển bền vững.",
  "Chăm sóc sức khỏe tâm thần để trẻ em phát triển toàn diện.",
  "Phòng, chống tai nạn, thương tích để bảo đảm quyền được sống của trẻ em.",
  "Gia đình, cộng đồng giám sát, trông giữ trẻ em để phòng, chống đuối nước.",
  "Lắng nghe trẻ em để chăm sóc, giáo dục và bảo vệ trẻ em.",
];

export interface SloganSummary {
  readonly total: number;
  /** A slogan counts as posted when `Ngày đăng` or `Đường dẫn` is filled. */
  readonly posted: number;
  /** Slogans not yet posted, numbered as in the list (1-based), so the report can name them. */
  readonly unposted: readonly { readonly number: number; readonly text: string }[];
}

export function readSlogans(snapshot: WorkbookSnapshot, log: IssueLog): SloganSummary {
  const table = readTable(snapshot, inputSheetSpec(SHEET.slogans), log, WORDS[log.locale].slogansDefault);
  if (!table)
    return {
      total: PLAN_SLOGANS.length,
      posted: 0,
      unposted: PLAN_SLOGANS.map((text, i) => ({ number: i + 1, text })),
    };
  const unposted: { number: number; text: string }[] = [];
  let total = 0;
  let posted = 0;
  const rowCheck = new RowCheck(table, log);
  for (let index = 0; index < table.rowCount; index += 1) {
    const check = rowCheck.start(index);
    const slogan = check.text("Khẩu hiệu", true);
    const date = check.date("Ngày đăng");
    const link = check.text("Đường dẫn");
    if (check.hasError || slogan === null) continue;
    total += 1;
    if (date !== null || link !== null) posted += 1;
    else unposted.push({ number: total, text: slogan });
  }
  return { total, posted, unposted };
}
