/**
 * Errors shaped like Office.js's: `OfficeExtension.Error` has a `code` (Excel.ErrorCodes or a RichApi code such as
 * PropertyNotLoaded) and a `debugInfo` naming where it failed.
 */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export const fail = (code: string, message: string, location?: string): never => {
  throw new FakeOfficeError(code, message, location);
};
