#!/usr/bin/env node
// The preview host: a plain HTTP server on the loopback interface that serves the add-in's production build (dist/)
// and the preview page (dist/preview/, see webpack.preview.config.js). `npm run preview` builds both, then runs this
// on http://localhost:3001/. No https: nothing here talks to Office.
"use strict";
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");

/** The script tag the pane's page loads Office from, and what the preview loads in its place. */
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const STUB_PATH = "/preview/office-stub.js";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** The pane's page with office.js swapped for the stub; fails loudly if the build no longer loads office.js. */
function withOfficeStub(html) {
  // The production build minifies the page: the attribute may have lost its quotes.
  const tag =
    /<script\s+src=(["']?)https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js\1\s*>/;
  if (!tag.test(html))
    throw new Error(`taskpane.html no longer loads ${OFFICE_JS_URL}: update preview/server.js`);
  return html.replace(tag, `<script src="${STUB_PATH}">`);
}

/** A file under `root` for a URL path, or null when the path leaves it or names no file. */
function fileUnder(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Starts the server. `officeJs: "stub"` (the default) serves taskpane.html with its office.js tag pointing at the
 * stub; `"cdn"` serves dist/ byte for byte, for a browser that answers the CDN URL itself (the e2e suite does).
 * `port: 0` picks a free port. Resolves to { url, port, close() }.
 */
function startPreviewServer(options = {}) {
  const dist = path.resolve(options.dist ?? path.join(__dirname, "..", "dist"));
  const previewDir = path.join(dist, "preview");
  const officeJs = options.officeJs ?? "stub";
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? (() => undefined);

  for (const required of [path.join(dist, "taskpane.html"), path.join(previewDir, "office-stub.js")]) {
    if (!fs.existsSync(required))
      throw new Error(
        `${required} is missing: run \`npm run build\` and \`npx webpack -c webpack.preview.config.js\``,
      );
  }

  const server = http.createServer((request, response) => {
    const send = (status, type, body) => {
      response.writeHead(status, {
        "Content-Type": type,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    if (request.method !== "GET" && request.method !== "HEAD")
      return send(405, TYPES[".html"], "Method not allowed");
    const urlPath = new URL(request.url ?? "/", "http://localhost").pathname;
    log(`${request.method} ${request.url}`);
    try {
      if (urlPath === "/" || urlPath === "/index.html")
        return send(200, TYPES[".html"], fs.readFileSync(path.join(previewDir, "index.html")));
      if (urlPath === "/taskpane.html" && officeJs === "stub") {
        return send(
          200,
          TYPES[".html"],
          withOfficeStub(fs.readFileSync(path.join(dist, "taskpane.html"), "utf8")),
        );
      }
      const file = fileUnder(dist, urlPath);
      if (!file) return send(404, "text/plain; charset=utf-8", "Not found");
      return send(200, TYPES[path.extname(file)] ?? "application/octet-stream", fs.readFileSync(file));
    } catch (error) {
      return send(500, "text/plain; charset=utf-8", String(error instanceof Error ? error.message : error));
    }
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 3001, host, () => {
      const { port } = server.address();
      resolve({
        url: `http://${host}:${port}/`,
        port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

module.exports = { startPreviewServer, OFFICE_JS_URL, STUB_PATH };

if (require.main === module) {
  const port = Number(process.env.PREVIEW_PORT ?? 3001);
  startPreviewServer({ port }).then(
    ({ port: bound }) => {
      const url = `http://localhost:${bound}/`;
      console.log(`Xem trước bổ trợ / add-in preview: ${url}`);
      console.log(`  ${url}?workbook=broken   ${url}?lang=en-US&theme=dark   ${url}?platform=PC&api=1.7`);
      console.log("Ctrl+C để dừng / to stop.");
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
