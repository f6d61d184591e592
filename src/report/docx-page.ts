/**
 * Page geometry of the report (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4, margins top and bottom 20 mm, left 30 mm
 * (binding side), right 15 mm. Lengths in twips (1/20 pt), as WordprocessingML wants them.
 */

const TWIPS_PER_MM = 1440 / 25.4;

export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
export const twipsToPt = (twips: number): number => twips / 20;
/** docx's `size` is in half-points. */
export const halfPoints = (pt: number): number => Math.round(pt * 2);

export const A4 = { width: 11906, height: 16838 } as const;

export const MARGINS = {
  top: mmToTwips(20),
  bottom: mmToTwips(20),
  left: mmToTwips(30),
  right: mmToTwips(15),
  /** The page number sits in the top margin, 10 mm from the edge. */
  header: mmToTwips(10),
  footer: mmToTwips(10),
} as const;

export const PORTRAIT_TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
/** Annex pages turn landscape; the binding margin stays on the same physical edge's counterpart, the left. */
export const LANDSCAPE_TEXT_WIDTH = A4.height - MARGINS.left - MARGINS.right;

export const FONT = "Times New Roman";
/** Body text: Decree 30 allows 13–14 pt; 14 pt is the department's house style. */
export const BODY_SIZE = 14;
/** Annex tables: 13 pt keeps a unit's name on one or two lines in landscape. */
export const TABLE_SIZE = 13;
/** `Nơi nhận:` 12 pt, its lines 11 pt (Decree 30, Phụ lục I, ô số 9a). */
export const RECIPIENTS_LABEL_SIZE = 12;
export const RECIPIENTS_SIZE = 11;
/** The draft stamp is printed red so that no copy of a draft can pass for the signed report. */
export const STAMP_COLOR = "C00000";
