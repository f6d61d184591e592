import type { ColumnKind } from "../schema";
import { NUMBER_FORMAT } from "./plan-look";

/**
 * How Set up (add-in) and `init` (command line) format the data columns of the input sheets they create. Plain
 * data, shared by both adapters.
 */

/** Rows below the header that get drop-downs and formats, ready for the clerks to fill. */
export const PREPARED_ROWS = 1000;

/** Number format of a data column by kind; `grade` stays General so both `Mầm non` and `5` keep what was typed. */
export const INPUT_COLUMN_FORMAT: Record<ColumnKind, string | undefined> = {
  text: NUMBER_FORMAT.text,
  id: NUMBER_FORMAT.text,
  url: NUMBER_FORMAT.text,
  date: NUMBER_FORMAT.date,
  vnd: NUMBER_FORMAT.vnd,
  count: NUMBER_FORMAT.integer,
  grade: undefined,
};

/** The drop-downs warn rather than block: clerks paste lists from other files, and the engine reports what is wrong. */
export const DROP_DOWN_ERROR = {
  title: "Giá trị ngoài danh mục",
  message: (sheet: string): string => `Giá trị này không có trong danh sách của sheet "${sheet}".`,
} as const;
