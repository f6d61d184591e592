import path from "node:path";
import { CORPUS } from "../fixtures/bad-input-corpus";
import { cli, sha256, tempDir } from "../cli/cli-helpers";

interface JsonIssue {
  sheet: string;
  cell: string | null;
  code: string;
  severity: string;
}

describe("the bad-input corpus through the command line", () => {
  const dir = tempDir();

  it.each(CORPUS.map((c) => [c.name, c] as const))(
    "%s: clear issues, exit 0 or 1, input untouched",
    async (_name, testCase) => {
      const file = path.join(dir, `${testCase.name}.xlsx`);
      await (await testCase.build()).xlsx.writeFile(file);
      const before = sha256(file);

      const check = cli("check", file, "--json", "--today", "05/07/2024");
      expect([0, 1]).toContain(check.code);
      const json = JSON.parse(check.stdout);
      const found = (json.validation.issues as JsonIssue[])
        .filter((issue) => issue.severity !== "info")
        .map((issue) =>
          issue.cell ? `${issue.code} ${issue.sheet}!${issue.cell}` : `${issue.code} ${issue.sheet}`,
        );
      expect(found.sort()).toEqual([...testCase.expected].sort());
      expect(check.code).toBe(json.validation.errors > 0 ? 1 : 0);

      const report = cli("report", file, "--out", path.join(dir, "out"), "--draft", "--today", "05/07/2024");
      expect([0, 1]).toContain(report.code);
      expect(report.stderr).not.toMatch(/\n\s+at /);
      expect(sha256(file)).toBe(before);
    },
  );
});
