// The tests `npm run mutation` runs against each mutant of src/engine and src/report/number-words.ts: the engine's
// unit tests, the sample's figures and the number-words tests. They exercise every rule directly, run in seconds and
// touch no browser, no Office fake and no file, so a mutant is judged fast. Left out: engine-properties.test.ts, the
// "never throws on random cells" property, which runs every line of the engine 300 times per mutant and asserts
// robustness, not figures (money-properties.test.ts checks the figures on generated rosters).
const unit = require("./jest.config");

/** @type {import('jest').Config} */
module.exports = {
  ...unit,
  testPathIgnorePatterns: [
    ...unit.testPathIgnorePatterns,
    "<rootDir>/test/engine/engine-properties\\.test\\.ts$",
  ],
  testMatch: [
    "<rootDir>/test/engine/**/*.test.ts",
    "<rootDir>/test/sample/**/*.test.ts",
    "<rootDir>/test/report/number-words.test.ts",
    "<rootDir>/test/report/report-document.test.ts",
  ],
};
