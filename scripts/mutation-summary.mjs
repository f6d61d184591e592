// After `stryker run`: the score the issue tracker asks for — killed ÷ (killed + survived), timeouts counting as
// killed — for src/engine and for the amount in words, and every surviving mutant with its place and replacement.
// Reads reports/mutation/mutation.json (Stryker's JSON report, mutation-testing-elements schema).
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync("reports/mutation/mutation.json", "utf8"));
const scopes = [
  { name: "src/engine", test: (file) => file.startsWith("src/engine/") },
  { name: "src/report/number-words.ts", test: (file) => file === "src/report/number-words.ts" },
];
const survivors = [];
for (const scope of scopes) {
  const count = {};
  for (const [file, result] of Object.entries(report.files)) {
    if (!scope.test(file)) continue;
    for (const mutant of result.mutants) {
      count[mutant.status] = (count[mutant.status] ?? 0) + 1;
      if (mutant.status === "Survived" || mutant.status === "NoCoverage") {
        const line = result.source.split("\n")[mutant.location.start.line - 1].trim();
        survivors.push(
          `${mutant.status === "NoCoverage" ? "no coverage" : "survived"}  ${file}:${mutant.location.start.line}  ` +
            `${mutant.mutatorName}: ${JSON.stringify(mutant.replacement ?? "")}  in  ${line.slice(0, 100)}`,
        );
      }
    }
  }
  const killed = (count.Killed ?? 0) + (count.Timeout ?? 0);
  const survived = count.Survived ?? 0;
  const score = killed + survived === 0 ? 100 : (100 * killed) / (killed + survived);
  console.log(
    `${scope.name}: ${score.toFixed(2)} % killed ÷ (killed + survived) — killed ${count.Killed ?? 0}, ` +
      `timed out ${count.Timeout ?? 0}, survived ${survived}, no coverage ${count.NoCoverage ?? 0}, ` +
      `ignored ${count.Ignored ?? 0}, not compiling ${count.CompileError ?? 0}`,
  );
}
if (survivors.length > 0) console.log(`\n${survivors.join("\n")}`);
