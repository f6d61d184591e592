/**
 * `npm run release` end to end, as a department's IT would meet it: the archive made for a loopback https address,
 * unpacked and served over HTTPS with a self-signed certificate made here, under the rules of the nginx snippet it
 * ships (MIME types, caching); the pane, the guide and the hosting check opened in Chromium; the hosting check made to
 * find a missing file and a manifest made for another address; web.config parsed; the command line's tarball unpacked
 * and run.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { parseStringPromise } from "xml2js";
import { OFFICE_JS_URL } from "../../preview/server";
import { officeVersion } from "../../scripts/manifest-url";
import { expectAccessible } from "./axe";
import { DIST, launchBrowser, ROOT, SCREENSHOTS } from "./harness";

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string })
  .version;
const NAME = `action-month-${VERSION}`;
/** Where the release is made for; the same files are also served from OTHER, an address the manifest does not name. */
const PREFIX = "/addin/";
const OTHER = "/other/";

let work: string;
let web: string;
let base: string;
let cert: string;
let server: https.Server;
let browser: Browser;
const requests: string[] = [];

/** A port the OS says is free now; the release must know its address before the server can listen on it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = https.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A self-signed certificate for localhost and 127.0.0.1, valid for a day. */
function makeCertificate(dir: string): { key: string; cert: string } {
  const keyFile = path.join(dir, "key.pem");
  const certFile = path.join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1",
      "-keyout",
      keyFile,
      "-out",
      certFile,
    ],
    { stdio: "pipe" },
  );
  return { key: readFileSync(keyFile, "utf8"), cert: readFileSync(certFile, "utf8") };
}

interface NginxRules {
  types: Map<string, string>;
  immutable: RegExp;
  immutableValue: string;
  defaultCache: string;
}

/** The MIME types and the caching the shipped nginx snippet sets, read from it, so the test serves by its rules. */
function nginxRules(conf: string): NginxRules {
  const types = new Map<string, string>();
  const block = /types\s*\{([^}]*)\}/.exec(conf)?.[1] ?? "";
  for (const line of block.split(";")) {
    const [type, ...extensions] = line.trim().split(/\s+/);
    for (const extension of extensions) types.set(extension, type);
  }
  const map = /map \$uri \$action_month_cache \{\s*"~([^"]+)" "([^"]+)";\s*default "([^"]+)";/.exec(conf);
  if (!map) throw new Error("nginx.conf has no cache map");
  return { types, immutable: new RegExp(map[1]), immutableValue: map[2], defaultCache: map[3] };
}

function serve(rules: NginxRules, key: string, certificate: string, port: number): Promise<https.Server> {
  const httpsServer = https.createServer({ key, cert: certificate }, (request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "https://localhost").pathname);
    requests.push(urlPath);
    const prefix = [PREFIX, OTHER].find((p) => urlPath.startsWith(p));
    const relative = prefix ? urlPath.slice(prefix.length) : "";
    const file = path.join(web, relative);
    if (
      !prefix ||
      relative === "" ||
      relative.includes("..") ||
      relative === "web.config" ||
      !existsSync(file)
    ) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
      return;
    }
    const extension = path.extname(file).slice(1);
    const type = rules.types.get(extension) ?? "application/octet-stream";
    const text = /^(text\/|application\/(json|xml))/.test(type);
    response.writeHead(200, {
      "Content-Type": text ? `${type}; charset=utf-8` : type,
      "Cache-Control": rules.immutable.test(urlPath) ? rules.immutableValue : rules.defaultCache,
      "X-Content-Type-Options": "nosniff",
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => httpsServer.listen(port, "127.0.0.1", () => resolve(httpsServer)));
}

/** GET over https, trusting only the test's certificate. */
function get(url: string): Promise<{ status: number; type: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca: cert }, (response) => {
        response.resume();
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, type: String(response.headers["content-type"] ?? "") }),
        );
      })
      .on("error", reject);
  });
}

function unzip(file: string, into: string): string[] {
  const entries = unzipSync(readFileSync(file));
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith("/")) continue;
    const target = path.join(into, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  return Object.keys(entries).sort();
}

/** A fresh context trusting the loopback host; office.js from the CDN is answered by the preview's stub, and any
 * other request off this host is refused and recorded. */
async function open(
  url: string,
): Promise<{ page: Page; context: BrowserContext; external: string[]; errors: string[] }> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 900, height: 900 },
  });
  const external: string[] = [];
  const errors: string[] = [];
  const stub = readFileSync(path.join(DIST, "preview", "office-stub.js"), "utf8");
  await context.route("**/*", (route) => {
    const requested = route.request().url();
    if (requested === OFFICE_JS_URL)
      return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: stub });
    if (requested.startsWith(new URL(base).origin) || /^(data|blob):/.test(requested))
      return route.continue();
    external.push(requested);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  return { page, context, external, errors };
}

let archiveNames: string[];
let manifestXml: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), "action-month-release-"));
  const port = await freePort();
  base = `https://localhost:${port}${PREFIX}`;
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "release.js"), "--url", base, "--out", work], {
    cwd: ROOT,
    stdio: "pipe",
  });
  archiveNames = unzip(path.join(work, `${NAME}.zip`), path.join(work, "unpacked"));
  const folder = path.join(work, "unpacked", NAME);
  web = path.join(folder, "web");
  manifestXml = readFileSync(path.join(folder, "manifest.xml"), "utf8");
  const keys = makeCertificate(work);
  cert = keys.cert;
  const rules = nginxRules(readFileSync(path.join(folder, "nginx.conf"), "utf8"));
  [server, browser] = await Promise.all([serve(rules, keys.key, keys.cert, port), launchBrowser()]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(() => done(undefined)) : done(undefined)));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the release archive", () => {
  test("holds the web files, the manifest for the address, web.config, nginx, the guides and the changelog", () => {
    const inFolder = archiveNames.map((name) => name.slice(NAME.length + 1));
    expect(archiveNames.every((name) => name.startsWith(`${NAME}/`))).toBe(true);
    expect(inFolder).toEqual(
      expect.arrayContaining([
        "CAI-DAT.md",
        "CHANGELOG.md",
        "nginx.conf",
        "manifest.xml",
        "web/web.config",
        "web/manifest.xml",
        "web/taskpane.html",
        "web/commands.html",
        "web/notice.html",
        "web/help.html",
        "web/check.html",
        "web/assets/icon-80.png",
        "web/assets/help/setup.png",
      ]),
    );
    // Every page the build makes ships (the offline page too, once the build has it), and nothing of the preview.
    const pages = readdirSync(DIST).filter((file) => file.endsWith(".html"));
    expect(inFolder).toEqual(expect.arrayContaining(pages.map((page) => `web/${page}`)));
    expect(inFolder.filter((name) => name.endsWith(".map") || name.startsWith("web/preview/"))).toEqual([]);
    expect(readFileSync(path.join(web, "manifest.xml"), "utf8")).toBe(manifestXml);

    const guide = readFileSync(path.join(web, "..", "CAI-DAT.md"), "utf8");
    expect(guide).toContain(`${base}check.html`);
    expect(guide).not.toMatch(/\{\{/);
    expect(readFileSync(path.join(web, "..", "nginx.conf"), "utf8")).toContain(`location ${PREFIX} {`);
  });

  test("names the package's version in the manifest and points every URL in it at the address", () => {
    expect(manifestXml).toContain(`<Version>${officeVersion(VERSION)}</Version>`);
    const urls = [...manifestXml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => !url.startsWith(base))).toEqual([]);
  });

  test("answers 200 with the right MIME type for every URL the manifest names, over HTTPS", async () => {
    const files = [...new Set([...manifestXml.matchAll(/"(https:\/\/localhost[^"?]+)/g)].map((m) => m[1]))];
    const expected: Record<string, RegExp> = {
      html: /^text\/html\b/,
      png: /^image\/png$/,
    };
    const answers = await Promise.all(files.map(async (url) => ({ url, ...(await get(url)) })));
    expect(answers.length).toBeGreaterThan(5);
    const wrong = answers.filter(({ url, status, type }) => {
      const pattern = expected[path.extname(url).slice(1)];
      return status !== 200 || pattern === undefined || !pattern.test(type);
    });
    expect(wrong).toEqual([]);
    expect((await get(`${base}web.config`)).status).toBe(404);
    const script = readdirSync(web).find((file) => /^taskpane\.[0-9a-f]+\.js$/.test(file))!;
    expect(await get(`${base}${script}`)).toEqual({ status: 200, type: "text/javascript; charset=utf-8" });
  });

  test("has a web.config that parses as XML, with the MIME types, the https redirect and the caching", async () => {
    /** xml2js's shape: attributes under `$`, child elements as arrays by name. */
    type XmlElement = { $: Record<string, string> } & { [child: string]: XmlElement[] };
    const config = (await parseStringPromise(readFileSync(path.join(web, "web.config"), "utf8"))) as {
      configuration: { "system.webServer": XmlElement[] };
    };
    const server = config.configuration["system.webServer"][0];
    const mime = server.staticContent[0].mimeMap.map((m) => m.$);
    expect(mime).toEqual(
      expect.arrayContaining([
        { fileExtension: ".json", mimeType: "application/json" },
        { fileExtension: ".woff2", mimeType: "font/woff2" },
      ]),
    );
    expect(server.staticContent[0].clientCache[0].$).toEqual({ cacheControlMode: "DisableCache" });
    const redirect = server.rewrite[0].rules[0].rule[0];
    expect(redirect.conditions[0].add[0].$).toMatchObject({ input: "{HTTPS}", pattern: "off" });
    expect(redirect.action[0].$).toMatchObject({ type: "Redirect", url: "https://{HTTP_HOST}{REQUEST_URI}" });
    const immutable = server.rewrite[0].outboundRules[0].rule[0];
    expect(immutable.action[0].$.value).toMatch(/immutable/);
    expect(
      new RegExp(immutable.conditions[0].add[0].$.pattern).test("/addin/taskpane.0123456789abcdef0123.js"),
    ).toBe(true);
  });
});

describe("the hosted add-in in Chromium", () => {
  test("opens the task pane from the host, with office.js from its CDN and nothing else from outside", async () => {
    const { page, context, external, errors } = await open(`${base}taskpane.html`);
    try {
      await page.getByRole("button", { name: "Kiểm tra dữ liệu", exact: true }).waitFor();
      const help = page.getByRole("link", { name: /Hướng dẫn/ });
      expect(await help.getAttribute("href")).toBe("help.html");
      expect({ external, errors }).toEqual({ external: [], errors: [] });
    } finally {
      await context.close();
    }
  });

  test("shows the clerk's guide with every picture loaded from the host", async () => {
    const { page, context, external, errors } = await open(`${base}help.html`);
    try {
      await page.waitForLoadState("load");
      const images = await page.locator("img").evaluateAll((imgs) =>
        (imgs as HTMLImageElement[]).map((img) => ({
          src: img.getAttribute("src"),
          width: img.naturalWidth,
        })),
      );
      expect(images.length).toBeGreaterThanOrEqual(8);
      expect(images.filter((img) => img.width !== 320)).toEqual([]);
      const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
      expect(headings).toHaveLength(8);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, "release-help.png"), fullPage: true });
      await expectAccessible(page, "help.html");
      expect({ external, errors }).toEqual({ external: [], errors: [] });
    } finally {
      await context.close();
    }
  });

  async function runCheck(
    url: string,
    screenshot: string,
  ): Promise<{ state: string; problems: string[]; all: string[] }> {
    const { page, context, external, errors } = await open(url);
    try {
      const verdict = page.getByRole("status");
      await page.locator("#check[aria-busy='false']").waitFor({ timeout: 60_000 });
      const items = page.getByRole("listitem");
      const all = (await items.allTextContents()).map((text) => text.slice(1).trim());
      const problems = await items.evaluateAll((lis) =>
        lis
          .filter((li) => li.getAttribute("data-severity") !== "ok")
          .map((li) => (li.textContent ?? "").slice(1).trim()),
      );
      await page.screenshot({ path: path.join(SCREENSHOTS, `${screenshot}.png`), fullPage: true });
      await expectAccessible(page, screenshot);
      expect({ external, errors }).toEqual({ external: [], errors: [] });
      return { state: (await verdict.getAttribute("data-state")) ?? "", problems, all };
    } finally {
      await context.close();
    }
  }

  test("has a hosting check that reports green for the served release", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const result = await runCheck(`${base}check.html`, "release-check-ok");
    expect(result.problems).toEqual([]);
    expect(result.state).toBe("ok");
    expect(result.all).toEqual(expect.arrayContaining([`Trang được tải qua HTTPS (${base}).`]));
    // It looked at the pages' own scripts too, not only the manifest's URLs.
    expect(
      result.all.some((text) => /^taskpane\.[0-9a-f]+\.js: có, đúng kiểu text\/javascript\.$/.test(text)),
    ).toBe(true);
  });

  test("names a missing file in Vietnamese", async () => {
    const icon = path.join(web, "assets", "icon-80.png");
    renameSync(icon, `${icon}.away`);
    try {
      const result = await runCheck(`${base}check.html`, "release-check-missing");
      expect(result.state).toBe("error");
      expect(result.problems).toEqual([
        "Thiếu tệp assets/icon-80.png: máy chủ trả lời 404 (không tìm thấy). Hãy chép lại đủ thư mục web/ của gói phát hành.",
      ]);
    } finally {
      renameSync(`${icon}.away`, icon);
    }
  });

  test("says when the manifest was made for another address", async () => {
    const other = new URL(OTHER, base).href;
    const result = await runCheck(`${other}check.html`, "release-check-other-address");
    expect(result.state).toBe("error");
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(
      /^manifest\.xml được tạo cho địa chỉ \S+ \(\d+ địa chỉ, như <IconUrl>/,
    );
    expect(result.problems[0]).toContain(`được tạo cho địa chỉ ${base} (`);
    expect(result.problems[0]).toContain(`không phải máy chủ này (${other})`);
    expect(result.problems[0]).toContain(`npm run release -- --url ${other}`);
  });
});

describe("the command line's tarball", () => {
  test("holds the compiled command line and its guide, and runs once its dependencies are installed", () => {
    const tarball = readdirSync(work).find((file) => file.endsWith(".tgz"))!;
    expect(tarball).toBe(`action-month-tracker-${VERSION}.tgz`);
    expect(existsSync(path.join(work, "DONG-LENH.md"))).toBe(true);
    const listing = execFileSync("tar", ["-tzf", path.join(work, tarball)], { encoding: "utf8" })
      .trim()
      .split("\n");
    expect(listing).toEqual(
      expect.arrayContaining([
        "package/package.json",
        "package/bin/action-month.js",
        "package/dist-cli/src/cli/main.js",
        "package/docs/dong-lenh.md",
      ]),
    );
    expect(
      listing.filter((file) => /^package\/(src|test|bench|dist-cli\/(test|bench))\//.test(file)),
    ).toEqual([]);

    // What `npm install -g` does, without the registry: unpack, give it the dependencies, run the bin.
    const installed = path.join(work, "installed");
    mkdirSync(installed);
    execFileSync("tar", ["-xzf", path.join(work, tarball), "-C", installed]);
    const pkg = path.join(installed, "package");
    execFileSync("ln", ["-s", path.join(ROOT, "node_modules"), path.join(pkg, "node_modules")]);
    const help = execFileSync(process.execPath, [path.join(pkg, "bin", "action-month.js"), "--help"], {
      encoding: "utf8",
    });
    expect(help).toMatch(/action-month (init|check|report)/);
  });
});
