import { type DeliveryHost, deliveryRoute, httpsAddress, promisedRoute } from "../../src/taskpane/delivery";
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
  const web: DeliveryHost = {
    platform: "OfficeOnline",
    inClick: true,
    httpsUrl: "https://contoso.sharepoint.com/sites/vp/Theo%20doi.xlsx",
    canOpenBrowser: false,
    canCreateWorkbook: true,
  };

  it("downloads on Excel on the web inside the click, and offers the Save button outside it", () => {
    expect(deliveryRoute(web)).toBe("download");
    expect(deliveryRoute({ ...web, inClick: false })).toBe("saveButton");
    expect(deliveryRoute({ ...web, platform: undefined })).toBe("download");
  });

  it("saves through a button on Windows, click or not (WebView2 needs the click for the dialog)", () => {
    expect(deliveryRoute({ ...web, platform: "PC" })).toBe("saveButton");
    expect(deliveryRoute({ ...web, platform: "PC", inClick: false })).toBe("saveButton");
  });

  it("on a Mac offers Excel on the web only for an https workbook and with openBrowserWindow", () => {
    const mac = { ...web, platform: "Mac", canOpenBrowser: true };
    expect(deliveryRoute(mac)).toBe("webOrWorkbook");
    expect(deliveryRoute({ ...mac, httpsUrl: null })).toBe("workbook");
    expect(deliveryRoute({ ...mac, canOpenBrowser: false })).toBe("workbook");
    expect(deliveryRoute({ ...mac, platform: "iOS" })).toBe("webOrWorkbook");
  });

  it("promises on the Export button what the host will give", () => {
    expect(promisedRoute({ ...web, platform: "Mac", httpsUrl: null, canCreateWorkbook: false })).toBe(
      "sheet",
    );
    expect(promisedRoute({ ...web, platform: "Mac", httpsUrl: null })).toBe("workbook");
    expect(promisedRoute(web)).toBe("download");
  });

  it("takes only an https address for the browser", () => {
    expect(httpsAddress("https://contoso-my.sharepoint.com/personal/a/Documents/So.xlsx")).not.toBeNull();
    expect(httpsAddress("C:\\Users\\van-thu\\So.xlsx")).toBeNull();
    expect(httpsAddress("http://intranet/So.xlsx")).toBeNull();
    expect(httpsAddress("javascript:alert(1)")).toBeNull();
    expect(httpsAddress(undefined)).toBeNull();
  });
});
