import { EditedSheetsError, OfficeOperationError } from "../excel";
import type { Ask, Question } from "./confirm";
import type { Strings } from "./strings";

/** The adapter's "a generated sheet was edited by hand" refusal, however it reached the pane. */
export function editedSheetsOf(error: unknown): EditedSheetsError | null {
  if (error instanceof EditedSheetsError) return error;
  // friendlyError wraps what it does not know; the refusal must still reach the clerk as a question.
  if (error instanceof OfficeOperationError && error.cause instanceof EditedSheetsError) return error.cause;
  return null;
}

export type EditedOutcome<T> =
  | { readonly kind: "done"; readonly value: T }
  | { readonly kind: "kept"; readonly sheets: readonly string[] };

/**
 * Runs an operation that rewrites generated sheets. When the adapter refuses because a clerk edited one of them
 * by hand, asks whether to replace them, and runs it once more with `replaceEditedSheets` only on Yes.
 */
export async function withEditedSheetsCheck<T>(
  run: (replaceEditedSheets: boolean) => Promise<T>,
  ask: Ask,
  strings: Strings,
  question: (sheets: readonly string[]) => Question = (sheets) => ({
    title: strings.editedTitle,
    message: strings.editedQuestion(sheets),
    yes: strings.editedYes,
    no: strings.editedNo,
  }),
): Promise<EditedOutcome<T>> {
  try {
    return { kind: "done", value: await run(false) };
  } catch (error) {
    const edited = editedSheetsOf(error);
    if (!edited) throw error;
    const replace = await ask(question(edited.sheets));
    if (!replace) return { kind: "kept", sheets: edited.sheets };
    return { kind: "done", value: await run(true) };
  }
}
