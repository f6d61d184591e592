/** Exit codes of `action-month` (SPEC §5). */
export const EXIT = { ok: 0, validationErrors: 1, usage: 2 } as const;

/** A failure the user can act on: printed as one line, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}
