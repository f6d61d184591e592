/**
 * Every issue's message, in both languages the engine speaks: never empty, and the English one states the same
 * facts (cell, column, value, what was expected…) as the Vietnamese one, so a clerk reading either can act on it.
 */
import { renderMessage } from "../../src/engine/messages";
import { ISSUE_CODES } from "../support/issue-codes";

/** Each parameter a value no message text could contain by chance. */
const PARAMS = {
  sheet: "«sheet»",
  cell: "«cell»",
  column: "«column»",
  value: "«value»",
  expected: "«expected»",
  other: "«other»",
  reason: "«reason»",
};

const factsIn = (message: string): string[] =>
  Object.entries(PARAMS)
    .filter(([, marker]) => message.includes(marker))
    .map(([name]) => name);

describe("renderMessage", () => {
  test.each(ISSUE_CODES)("%s: both languages state the same facts", (code) => {
    const vi = renderMessage(code, "vi", PARAMS);
    const en = renderMessage(code, "en", PARAMS);
    expect(factsIn(vi).length).toBeGreaterThan(0);
    expect(factsIn(en)).toEqual(factsIn(vi));
    expect(vi).not.toBe(en);
  });

  test("a row left out says so, in the message's language", () => {
    const excluded = { ...PARAMS, rowExcluded: true };
    expect(renderMessage("REQUIRED", "vi", excluded)).toMatch(/ Dòng này chưa được tính cho đến khi sửa\.$/);
    expect(renderMessage("REQUIRED", "en", excluded)).toMatch(/ This row is left out until it is fixed\.$/);
    expect(renderMessage("REQUIRED", "vi", PARAMS)).not.toMatch(/Dòng này/);
  });

  test("a setting to review quotes its value only when it has one", () => {
    const { value: _value, ...withoutValue } = PARAMS;
    expect(renderMessage("SETTING_REVIEW", "vi", PARAMS)).toMatch(
      /^Mục “«column»” \(“«value»”\) được chuyển/,
    );
    expect(renderMessage("SETTING_REVIEW", "vi", withoutValue)).toMatch(/^Mục “«column»” được chuyển/);
    expect(renderMessage("SETTING_REVIEW", "en", PARAMS)).toMatch(
      /^Setting "«column»" \("«value»"\) was carried/,
    );
    expect(renderMessage("SETTING_REVIEW", "en", withoutValue)).toMatch(/^Setting "«column»" was carried/);
  });

  test("a missing sheet says what happens without it when there is a fallback, else how to create it", () => {
    const { expected: _expected, ...noFallback } = PARAMS;
    expect(renderMessage("SHEET_MISSING", "vi", PARAMS)).toBe("Không có trang tính “«sheet»”: «expected».");
    expect(renderMessage("SHEET_MISSING", "vi", noFallback)).toMatch(/Bấm “Thiết lập sổ”/);
    expect(renderMessage("SHEET_MISSING", "en", noFallback)).toMatch(/Set up workbook/);
  });
});
