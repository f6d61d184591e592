/**
 * SPEC §2's sheet names, written out as the contract states them (not taken from the engine, so a renamed sheet in
 * the code fails the tests that compare against these).
 */
export const CONTRACT_INPUT_SHEETS: readonly string[] = [
  "Cấu hình",
  "Đơn vị",
  "Cán bộ",
  "Con",
  "Mức khen thưởng",
  "Ủng hộ",
  "Hoạt động",
  "Khẩu hiệu",
];

export const CONTRACT_GENERATED_SHEETS: readonly string[] = [
  "Kiểm tra",
  "DS tặng quà",
  "DS khen thưởng",
  "Báo cáo",
];
