import { deliveryFor } from "../../src/taskpane/delivery";
import { chooseTheme, relativeLuminance, themeForBackground } from "../../src/taskpane/theme";

describe("the Office theme", () => {
  it("reads Office's body background as light or dark", () => {
    expect(themeForBackground("#ffffff")).toBe("theme-light");
    expect(themeForBackground("#E6E6E6")).toBe("theme-light");
    expect(themeForBackground("#262626")).toBe("theme-dark");
    expect(themeForBackground("#444")).toBe("theme-dark");
    expect(themeForBackground("#0f6cbd")).toBe("theme-dark");
  });

  it("follows the system's preference without a usable Office colour", () => {
    expect(themeForBackground(undefined)).toBeNull();
    expect(themeForBackground("")).toBeNull();
    expect(themeForBackground("rgb(0,0,0)")).toBeNull();
    expect(chooseTheme(undefined, true)).toBe("theme-dark");
    expect(chooseTheme({ bodyBackgroundColor: "rgb(0,0,0)" }, false)).toBe("theme-light");
  });

  it("puts Office's theme before the system's", () => {
    expect(chooseTheme({ bodyBackgroundColor: "#ffffff" }, true)).toBe("theme-light");
    expect(chooseTheme({ bodyBackgroundColor: "#262626" }, false)).toBe("theme-dark");
  });

  it("computes WCAG luminance: the primary colour on white passes AA for white text", () => {
    const contrast = (a: string, b: string): number => {
      const [x, y] = [relativeLuminance(a)!, relativeLuminance(b)!].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    expect(contrast("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrast("#0f6cbd", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrast("#479ef5", "#1f1f1f")).toBeGreaterThanOrEqual(4.5);
    expect(contrast("#b10e1c", "#f5f5f5")).toBeGreaterThanOrEqual(4.5);
    expect(contrast("#ff99a4", "#292929")).toBeGreaterThanOrEqual(4.5);
    expect(contrast("#616161", "#f5f5f5")).toBeGreaterThanOrEqual(4.5);
  });
});

describe("how the report reaches the clerk", () => {
  it("downloads on Excel on the web, and in a browser that supports <a download>", () => {
    expect(deliveryFor("OfficeOnline", true)).toBe("download");
    expect(deliveryFor("OfficeOnline", false)).toBe("download");
    expect(deliveryFor(undefined, true)).toBe("download");
  });

  it("opens the lists as a workbook where WebViews drop blob downloads", () => {
    expect(deliveryFor("PC", true)).toBe("workbook");
    expect(deliveryFor("Mac", true)).toBe("workbook");
    expect(deliveryFor("iOS", true)).toBe("workbook");
    expect(deliveryFor(undefined, false)).toBe("workbook");
  });
});
