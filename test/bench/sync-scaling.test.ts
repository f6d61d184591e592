import { NAIVE_OPERATIONS, naiveRoundTrips } from "../../bench/naive-baseline";
import { adapterRoundTrips, OPERATIONS } from "../../bench/round-trips";
import { parseBenchOptions } from "../../bench/options";

/**
 * The deterministic half of `npm run bench`, through the bench's own functions: the add-in's round trips do not
 * grow with the roster while the naive per-row baseline's do, and no request nears Excel on the web's 5 MB. Times
 * are never asserted. 50 and 500 staff keep it to a few seconds.
 */

const FIVE_MB = 5 * 1024 * 1024;

describe("bench: round trips through the in-memory Excel", () => {
  let small: Awaited<ReturnType<typeof adapterRoundTrips>>;
  let large: Awaited<ReturnType<typeof adapterRoundTrips>>;
  let naiveSmall: Awaited<ReturnType<typeof naiveRoundTrips>>;
  let naiveLarge: Awaited<ReturnType<typeof naiveRoundTrips>>;

  beforeAll(async () => {
    [small, large] = [await adapterRoundTrips(50), await adapterRoundTrips(500)];
    [naiveSmall, naiveLarge] = [await naiveRoundTrips(50), await naiveRoundTrips(500)];
  }, 20_000);

  it.each(OPERATIONS)("%s makes as many syncs for 500 staff as for 50", (operation) => {
    expect(large.operations[operation].syncs).toBe(small.operations[operation].syncs);
    expect(small.operations[operation].syncs).toBeGreaterThan(0);
  });

  it.each(OPERATIONS)("%s sends no request of 5 MB or more", (operation) => {
    for (const measure of [small, large])
      expect(measure.operations[operation].maxPayloadBytes).toBeLessThan(FIVE_MB);
  });

  it.each(NAIVE_OPERATIONS.filter((operation) => operation !== "setup"))(
    "the naive %s's syncs grow with the rows, past the add-in's",
    (operation) => {
      expect(naiveLarge[operation].syncs).toBeGreaterThan(5 * naiveSmall[operation].syncs);
      expect(naiveSmall[operation].syncs).toBeGreaterThan(small.operations[operation].syncs);
    },
  );

  it("the naive Set up writes the same template rows whatever the roster", () => {
    expect(naiveLarge.setup.syncs).toBe(naiveSmall.setup.syncs);
  });

  it("Export hands a lists workbook to Excel.createWorkbook", () => {
    expect(large.exportWorkbookBytes).toBeGreaterThan(small.exportWorkbookBytes);
  });
});

describe("bench options", () => {
  it("default to the four sizes, tables and a build when dist/ is stale", () => {
    expect(parseBenchOptions([])).toEqual({
      sizes: [100, 1000, 10000, 30000],
      json: false,
      build: true,
      profile: false,
    });
  });

  it("take --sizes, --json and --no-build", () => {
    expect(parseBenchOptions(["--sizes", "1000,100", "--json", "--no-build"])).toMatchObject({
      sizes: [100, 1000],
      json: true,
      build: false,
    });
    expect(() => parseBenchOptions(["--sizes", "ten"])).toThrow(/--sizes/);
    expect(() => parseBenchOptions(["--fast"])).toThrow(/Unknown option/);
  });
});
