/**
 * Light or dark, following Office's theme where the host tells it (Office.context.officeTheme), else the
 * system's (prefers-color-scheme). The colours themselves live in taskpane.css as custom properties of the two
 * classes: the page's CSP allows no inline styles.
 */
export type ThemeClass = "theme-dark" | "theme-light";

/** WCAG relative luminance of `#rgb` or `#rrggbb`; null for anything else. */
export function relativeLuminance(color: string): number | null {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  const channel = (offset: number): number => {
    const value = parseInt(full.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Dark when black text on the background would contrast less than white text does. */
export function themeForBackground(color: string | undefined): ThemeClass | null {
  const luminance = color ? relativeLuminance(color) : null;
  if (luminance === null) return null;
  return luminance < 0.179 ? "theme-dark" : "theme-light";
}

/** The theme for Office's colours, or for the system's preference where Office tells none. */
export function chooseTheme(
  theme: { bodyBackgroundColor?: string } | undefined,
  systemDark: boolean,
): ThemeClass {
  return themeForBackground(theme?.bodyBackgroundColor) ?? (systemDark ? "theme-dark" : "theme-light");
}

/** Sets `theme-dark` or `theme-light` on <body>. */
export function applyOfficeTheme(
  body: HTMLElement,
  theme: { bodyBackgroundColor?: string } | undefined,
): void {
  const systemDark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  body.classList.remove("theme-dark", "theme-light");
  body.classList.add(chooseTheme(theme, systemDark));
}
