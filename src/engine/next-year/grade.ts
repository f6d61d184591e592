import { type Cell, isBlankCell } from "../cell";
import { cleanText } from "../text";

/** The last grade of school: a pupil in it last year has left school (or gone on to university). */
const LAST_GRADE = 12;

/** "5", "Lớp 5", "lop 5": the number and the words around it, so the next grade keeps the clerk's wording. */
const GRADE_TEXT = /^((?:l[oóơớ]p\s*)?)(\d{1,2})$/iu;

/**
 * `Con.Lớp` a year later (README, "Sang năm sau"): a grade 1–11 moves up one, grade 12 becomes blank (the child
 * has left school), `Mầm non` / 0 and blank stay as they are — which pre-school child starts grade 1 is not
 * something a date of birth tells reliably, so the clerk updates those. Anything else (an invalid grade, an Excel
 * error) is carried unchanged, so the new workbook flags it again exactly as the old one did.
 */
export function nextGrade(cell: Cell): Cell {
  if (isBlankCell(cell)) return cell;
  if (typeof cell === "number") {
    if (!Number.isInteger(cell) || cell < 1 || cell > LAST_GRADE) return cell;
    return cell === LAST_GRADE ? null : cell + 1;
  }
  if (typeof cell !== "string") return cell;
  const match = GRADE_TEXT.exec(cleanText(cell));
  if (!match) return cell;
  const grade = Number(match[2]);
  if (grade < 1 || grade > LAST_GRADE) return cell;
  return grade === LAST_GRADE ? null : `${match[1]}${grade + 1}`;
}
