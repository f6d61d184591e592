// The end-to-end suite (`npm run test:e2e`, after the production build): the task pane in headless Chromium on the
// preview host, and the report rendered by LibreOffice. Run in band: each file drives a browser or soffice, and CI
// machines have few cores.
const unit = require("./jest.config");

/** @type {import('jest').Config} */
module.exports = {
  ...unit,
  testPathIgnorePatterns: ["/node_modules/"],
  testMatch: ["<rootDir>/test/e2e/**/*.test.ts", "<rootDir>/test/report/docx-libreoffice.e2e.test.ts"],
  testTimeout: 120000,
  maxWorkers: 1,
};
