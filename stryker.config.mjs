// @ts-check
/**
 * Mutation testing of the engine (`npm run mutation`): Stryker plants small bugs in src/engine and in the amount in
 * words, runs the engine's tests against each, and reports the mutants no test notices. Not part of `npm test`: a
 * full run takes tens of minutes on two cores. Incremental: results are kept in test/mutation/stryker-incremental.json
 * (committed), so a rerun only tests the mutants of code or tests changed since; `npm run mutation:full` ignores it.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  mutate: ["src/engine/**/*.ts", "src/report/number-words.ts"],
  testRunner: "jest",
  jest: { configFile: "jest.mutation.config.js", enableFindRelatedTests: false },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.mutation.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: "perTest",
  // Static mutants (module-level tables: schema, messages, defaults) would each need the whole suite; they are counted
  // as ignored, not as survivors.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "test/mutation/stryker-incremental.json",
  // Two test runners and two TypeScript checkers: on two cores the checkers are mostly idle once their first
  // batch is checked, and two runners halve the run.
  concurrency: 4,
  // The covering tests of a mutant take about a second; 5 s over twice that is ample on an idle machine, and a
  // mutant that loops costs 5 s instead of 30. On a busy machine timeouts are not to be trusted (they count as
  // detected): see docs/mutation-testing.md.
  timeoutMS: 5000,
  timeoutFactor: 2,
  reporters: ["html", "clear-text", "progress", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: null },
  ignorePatterns: [
    "dist",
    "dist-cli",
    "dist-tsc",
    "out",
    "coverage",
    "reports",
    "test/e2e",
    "test/fixtures/xlsx",
  ],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
