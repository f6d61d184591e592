import { parseArgs, USAGE } from "./args";
import { CliError, EXIT } from "./cli-error";
import { checkCommand } from "./commands/check";
import { consolidateCommand } from "./consolidate/consolidate-command";
import { initCommand } from "./commands/init";
import { reportCommand } from "./commands/report";
import { type Output, processOutput } from "./output";

/** Runs one command; returns the exit code. Every failure is one line on stderr, never a stack trace. */
export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
  try {
    // Many files and the receiving agency's flags: its own parser (consolidate/consolidate-args.ts).
    if (argv[0] === "consolidate") return await consolidateCommand(argv.slice(1), output);
    const args = parseArgs(argv);
    switch (args.command) {
      case "help":
        output.out(USAGE);
        return EXIT.ok;
      case "init":
        return await initCommand(args, output);
      case "check":
        return await checkCommand(args, output);
      case "report":
        return await reportCommand(args, output);
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
