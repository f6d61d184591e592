/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // The browser suite needs the production build: `npm run test:e2e` runs it (jest.e2e.config.js).
  // So does the report rendered by LibreOffice: the e2e config runs it, once.
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/test/e2e/",
    "<rootDir>/test/report/docx-libreoffice\\.e2e\\.test\\.ts$",
  ],
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2022" } }],
  },
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, whose dependency chain is ESM-only; it only needs this enum.
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.ts",
  },
  testTimeout: 30000,
};
