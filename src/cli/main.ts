import { parseArgs, USAGE } from "./args";
import { CliError, EXIT } from "./cli-error";
import { checkCommand } from "./commands/check";
import { initCommand } from "./commands/init";
import { reportCommand } from "./commands/report";
import { type Output, processOutput } from "./output";

/** Runs one command; returns the exit code. Every failure is one line on stderr, never a stack trace. */
export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
  try {
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
