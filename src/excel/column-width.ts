/**
 * Excel stores a column width in characters of the default font's widest digit (Calibri 11: 7 px) plus padding;
 * Office.js sets `format.columnWidth` in points. The OOXML rule (ECMA-376 §18.3.1.13) turns the stored width into
 * whole pixels, and a pixel is ¾ pt at 96 dpi, so the add-in's columns come out as wide as the command line's.
 */
const DIGIT_PX = 7;
const POINTS_PER_PIXEL = 0.75;

export function columnWidthPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return pixels * POINTS_PER_PIXEL;
}
