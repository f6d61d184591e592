import { parseArgs, USAGE } from "./args";
import { CliError, EXIT } from "./cli-error";
import { type Output, processOutput } from "./output";
import { startReportHelper } from "./report-helper";

/** Runs one command; returns the exit code. Every failure is one line on stderr, never a stack trace. */
export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
  try {
    // Many files and the receiving agency's flags: its own parser (consolidate/consolidate-args.ts).
    // Each command's code is loaded when it runs: a command starts in the time node needs, not all four's.
    if (argv[0] === "consolidate") {
      const { consolidateCommand } = await import("./consolidate/consolidate-command");
      return await consolidateCommand(argv.slice(1), output);
    }
    const args = parseArgs(argv);
    switch (args.command) {
      case "help":
        output.out(USAGE);
        return EXIT.ok;
      case "init":
        return await (await import("./commands/init")).initCommand(args, output);
      case "check":
        return await (await import("./commands/check")).checkCommand(args, output);
      case "report": {
        // Started before the report's code is loaded, so that the thread's own start-up overlaps it.
        const helper = startReportHelper();
        return await (await import("./commands/report")).reportCommand(args, output, helper);
      }
    }
  } catch (error) {
    if (error instanceof CliError) {
      output.err(`Lỗi: ${error.message}`);
      return error.exitCode;
    }
    // Unexpected: still one line, with enough to report it.
    output.err(`Lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.usage;
  }
}
