#!/usr/bin/env node
// `npm run release -- --url https://host/path/`: the versioned archive a department's IT hosts
// (release/action-month-<version>.zip) and the command line as an `npm pack` tarball beside it.
//
// The archive, one folder action-month-<version>/:
//   web/          what goes on the web server: the production build for --url (pane, commands, dialog, help.html,
//                 check.html, any other page in the build, icons, manifest.xml) and web.config for IIS
//   manifest.xml  the same manifest, to upload to the Microsoft 365 admin centre or a shared-folder catalog
//   nginx.conf    the nginx snippet; CAI-DAT.md the administrator's one page; CHANGELOG.md what changed
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { zipSync } = require("fflate");
const { officeVersion, productionUrl } = require("./manifest-url");

const ROOT = path.resolve(__dirname, "..");
const HOSTING = path.join(ROOT, "hosting");
/** Where the nginx snippet suggests copying web/; the administrator may choose another folder. */
const NGINX_ROOT = "/var/www/action-month";

const USAGE = `Cách dùng / usage: npm run release -- --url https://may-chu/duong-dan/ [--out release] [--no-cli]`;

function parseArgs(argv) {
  const options = { url: undefined, out: path.join(ROOT, "release"), cli: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) throw new Error(`${arg} needs a value. ${USAGE}`);
      i += 1;
      return next;
    };
    if (arg === "--url") options.url = value();
    else if (arg.startsWith("--url=")) options.url = arg.slice("--url=".length);
    else if (arg === "--out") options.out = path.resolve(value());
    else if (arg === "--no-cli") options.cli = false;
    else throw new Error(`Unknown option ${arg}. ${USAGE}`);
  }
  if (options.url === undefined) throw new Error(`--url is required. ${USAGE}`);
  return options;
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0)
    throw new Error(`${path.basename(command)} ${args.join(" ")} failed (${result.status})`);
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted so the archive is stable. */
function filesUnder(dir) {
  const found = [];
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(path.relative(dir, full).split(path.sep).join("/"));
    }
  };
  walk(dir);
  return found.sort();
}

/** A hosting template with {{KEY}} placeholders filled; an unknown placeholder is a bug in the template. */
function fill(template, values) {
  return template.replace(/\{\{([A-Z]+)\}\}/g, (_, key) => {
    if (!(key in values)) throw new Error(`hosting template has an unknown placeholder {{${key}}}`);
    return values[key];
  });
}

/** The production build for `baseUrl`, written to `outDir` (dist/ and its preview stay as they are). */
function buildAddin(baseUrl, outDir) {
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  run(process.execPath, [webpack, "--mode", "production", "--output-path", outDir], {
    ADDIN_PUBLIC_URL: baseUrl,
  });
}

function checkBuiltManifest(buildDir, baseUrl, version) {
  const manifest = fs.readFileSync(path.join(buildDir, "manifest.xml"), "utf8");
  if (!manifest.includes(`<Version>${version}</Version>`))
    throw new Error(`the built manifest.xml's <Version> is not ${version}`);
  if (/localhost:3000/.test(manifest) || !manifest.includes(`${baseUrl}taskpane.html`))
    throw new Error(`the built manifest.xml does not point at ${baseUrl}`);
  return manifest;
}

function writeArchive(file, entries) {
  // One date for every entry (SOURCE_DATE_EPOCH when set): the same build gives the same archive.
  const mtime = process.env.SOURCE_DATE_EPOCH
    ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000)
    : new Date();
  const files = {};
  for (const [name, content] of entries) {
    files[name] = [typeof content === "string" ? Buffer.from(content, "utf8") : content, { mtime }];
  }
  const data = zipSync(files, { level: 9 });
  fs.writeFileSync(file, data);
  return data.length;
}

/** The command line as `npm pack` makes it (package.json's `files`), with its guide beside it. */
function packCli(outDir) {
  const result = spawnSync("npm", ["pack", "--json", "--pack-destination", outDir], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (result.status !== 0) throw new Error(`npm pack failed (${result.status})`);
  // The prepare script's output may come first: the JSON starts at the first line that opens an array.
  const [packed] = JSON.parse(result.stdout.slice(result.stdout.search(/^\[/m)));
  fs.copyFileSync(path.join(ROOT, "docs", "dong-lenh.md"), path.join(outDir, "DONG-LENH.md"));
  return path.join(outDir, packed.filename);
}

async function release(argv) {
  const options = parseArgs(argv);
  const baseUrl = productionUrl(options.url);
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const manifestVersion = officeVersion(version);
  const name = `action-month-${version}`;
  fs.mkdirSync(options.out, { recursive: true });

  const buildDir = path.join(options.out, `.build-${version}`);
  fs.rmSync(buildDir, { recursive: true, force: true });
  buildAddin(baseUrl, buildDir);
  const manifest = checkBuiltManifest(buildDir, baseUrl, manifestVersion);

  const url = new URL(baseUrl);
  const values = {
    URL: baseUrl,
    HOST: url.host,
    PATH: url.pathname,
    ROOT: NGINX_ROOT,
    VERSION: version,
    MANIFESTVERSION: manifestVersion,
    ARCHIVE: `${name}.zip`,
  };
  const template = (file) => fill(fs.readFileSync(path.join(HOSTING, file), "utf8"), values);
  const entries = [
    [`${name}/CAI-DAT.md`, template("CAI-DAT.md")],
    [`${name}/CHANGELOG.md`, fs.readFileSync(path.join(ROOT, "CHANGELOG.md"))],
    [`${name}/nginx.conf`, template("nginx.conf")],
    [`${name}/manifest.xml`, manifest],
    [`${name}/web/web.config`, fs.readFileSync(path.join(HOSTING, "web.config"))],
    ...filesUnder(buildDir)
      .filter((file) => !file.endsWith(".map") && !file.startsWith("preview/"))
      .map((file) => [`${name}/web/${file}`, fs.readFileSync(path.join(buildDir, file))]),
  ];
  const archive = path.join(options.out, `${name}.zip`);
  const bytes = writeArchive(archive, entries);
  fs.rmSync(buildDir, { recursive: true, force: true });
  console.log(`${archive}: ${entries.length} tệp, ${Math.round(bytes / 1024)} KB, cho ${baseUrl}`);

  if (options.cli) {
    const tarball = packCli(options.out);
    console.log(`${tarball}: dòng lệnh (npm install -g ${path.basename(tarball)})`);
  }
  return archive;
}

module.exports = { release, parseArgs, fill };

if (require.main === module) {
  release(process.argv.slice(2)).catch((error) => {
    console.error(`Lỗi / error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
