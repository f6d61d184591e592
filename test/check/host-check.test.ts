// The hosting check's decisions (src/check/host-check.ts); the page itself runs against a served release in
// test/e2e/release.test.ts.
import {
  answerFindings,
  expectedTypes,
  foreignFinding,
  foreignUrls,
  httpsFinding,
  isHashedAsset,
  relativeName,
  verdict,
} from "../../src/check/host-check";

const BASE = "https://addins.example.vn/thang-hanh-dong/";

describe("the hosting check", () => {
  test("expects the MIME type a browser accepts for each kind of file", () => {
    expect(expectedTypes(`${BASE}taskpane.html`)).toContain("text/html");
    expect(expectedTypes(`${BASE}taskpane.0123456789abcdef0123.js`)).toContain("text/javascript");
    expect(expectedTypes(`${BASE}assets/icon-16.png`)).toEqual(["image/png"]);
    expect(expectedTypes(`${BASE}fonts/a.woff2`)).toEqual(["font/woff2"]);
    expect(expectedTypes(`${BASE}LICENSE`)).toBeNull();
  });

  test("tells webpack's content-hashed files from the ones that must be revalidated", () => {
    expect(isHashedAsset(`${BASE}taskpane.0123456789abcdef0123.js`)).toBe(true);
    expect(isHashedAsset(`${BASE}taskpane.css`)).toBe(false);
    expect(isHashedAsset(`${BASE}taskpane.html?action=export`)).toBe(false);
  });

  test("accepts a file served as it should be", () => {
    const findings = answerFindings(`${BASE}taskpane.html`, "taskpane.html", {
      status: 200,
      contentType: "text/html; charset=utf-8",
      cacheControl: "no-cache",
    });
    expect(findings.map((f) => f.severity)).toEqual(["ok"]);
  });

  test("names a missing file, a wrong MIME type and a page that will be cached", () => {
    const missing = answerFindings(`${BASE}assets/icon-80.png`, "assets/icon-80.png", {
      status: 404,
      contentType: "text/html",
      cacheControl: null,
    });
    expect(missing).toEqual([
      { severity: "error", text: expect.stringMatching(/^Thiếu tệp assets\/icon-80\.png/) },
    ]);

    const script = `${BASE}taskpane.0123456789abcdef0123.js`;
    const wrongType = answerFindings(script, "taskpane.js", {
      status: 200,
      contentType: "application/octet-stream",
      cacheControl: "public, max-age=31536000, immutable",
    });
    expect(wrongType).toEqual([
      {
        severity: "error",
        text: expect.stringContaining("“application/octet-stream”, cần “text/javascript”"),
      },
    ]);

    const cached = answerFindings(`${BASE}help.html`, "help.html", {
      status: 200,
      contentType: "text/html",
      cacheControl: "max-age=3600",
    });
    expect(cached.map((f) => f.severity)).toEqual(["warn"]);
  });

  test("refuses plain http and a manifest made for another address", () => {
    expect(httpsFinding("http:", "http://addins.example.vn/").severity).toBe("error");
    expect(httpsFinding("https:", BASE).severity).toBe("ok");
    const urls = [
      { where: "<SourceLocation>", url: `${BASE}taskpane.html` },
      { where: "<IconUrl>", url: "https://localhost:3000/assets/icon-32.png" },
      { where: "<SupportUrl>", url: "https://localhost:3000/help.html" },
    ];
    expect(foreignUrls(urls, BASE)).toEqual(urls.slice(1));
    const finding = foreignFinding(foreignUrls(urls, BASE), "manifest.xml", BASE);
    expect(finding.severity).toBe("error");
    expect(finding.text).toMatch(
      /^manifest\.xml được tạo cho địa chỉ https:\/\/localhost:3000\/ \(2 địa chỉ, như <IconUrl>, <SupportUrl>\)/,
    );
    expect(finding.text).toContain(`npm run release -- --url ${BASE}`);
    expect(relativeName(`${BASE}assets/icon-16.png`, BASE)).toBe("assets/icon-16.png");
  });

  test("is green only without errors or warnings", () => {
    expect(verdict([{ severity: "ok", text: "" }]).severity).toBe("ok");
    expect(
      verdict([
        { severity: "ok", text: "" },
        { severity: "warn", text: "" },
      ]).severity,
    ).toBe("warn");
    expect(
      verdict([
        { severity: "warn", text: "" },
        { severity: "error", text: "" },
      ]).text,
    ).toMatch(/^Chưa đạt: 1 lỗi/);
  });
});
