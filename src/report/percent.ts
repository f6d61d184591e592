/** 0.9355 → "93,55%": at most two decimals, Vietnamese decimal comma, no trailing zeros. */
export function formatPercent(fraction: number): string {
  const fixed = (fraction * 100).toFixed(2).replace(/\.?0+$/, "");
  return `${fixed.replace(".", ",")}%`;
}
