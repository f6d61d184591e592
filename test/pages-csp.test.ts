import { readFileSync } from "node:fs";
import path from "node:path";

const { CONTENT_SECURITY_POLICY } = require("../scripts/webpack-parts") as {
  CONTENT_SECURITY_POLICY: string;
};

const ROOT = path.resolve(__dirname, "..");
const PAGES = [
  "src/taskpane/taskpane.html",
  "src/commands/commands.html",
  "src/commands/notice.html",
  "src/help/help.html",
  "src/check/check.html",
];

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(";").map((part) => {
    const [name, ...sources] = part.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

describe("the add-in pages' Content-Security-Policy", () => {
  it("lets only this site and the office.js CDN run code or be fetched, nothing inline", () => {
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives.get("style-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    // The engine's Web Worker is a script of this site, nothing else (no blob: or data: workers).
    expect(directives.get("worker-src")).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|\*/);
  });

  it.each(PAGES)("%s states it before its first script, and has no inline script", (page) => {
    const html = readFileSync(path.join(ROOT, page), "utf8");
    const policy = html.indexOf('<meta http-equiv="Content-Security-Policy" content="<%= csp %>" />');
    expect(policy).toBeGreaterThan(0);
    // Templates without a script tag get theirs injected by HtmlWebpackPlugin into <head>, after the meta.
    if (html.includes("<script")) expect(policy).toBeLessThan(html.indexOf("<script"));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
