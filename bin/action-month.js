#!/usr/bin/env node
"use strict";
// The command line is compiled by `npm run build:cli` (run on `npm ci` by the prepare script) into dist-cli/.
const path = require("node:path");
let cli;
try {
  cli = require(path.join(__dirname, "..", "dist-cli", "src", "cli", "main.js"));
} catch {
  process.stderr.write("Lỗi: chưa biên dịch dòng lệnh; hãy chạy: npm run build:cli\n");
  process.exit(2);
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
