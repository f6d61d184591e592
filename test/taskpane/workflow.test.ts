import { NEXT_STEP, type WorkbookFacts, workbookState } from "../../src/taskpane/workflow";

const facts = (over: Partial<WorkbookFacts> = {}): WorkbookFacts => ({
  sheetsMissing: false,
  staffRows: 12,
  errors: 0,
  ...over,
});
const pane = (over: Partial<{ checked: boolean; reviewPending: boolean }> = {}) => ({
  checked: false,
  reviewPending: false,
  ...over,
});

describe("the next step for the workbook's state", () => {
  it("walks a new workbook through Set up, the review of Cấu hình, then the check", () => {
    expect(NEXT_STEP[workbookState(facts({ sheetsMissing: true, staffRows: 0 }), pane())]).toBe("setup");
    expect(NEXT_STEP[workbookState(facts({ staffRows: 0 }), pane({ reviewPending: true }))]).toBe("review");
    expect(NEXT_STEP[workbookState(facts(), pane())]).toBe("validate");
  });

  it("never calls an empty roster clean, whatever the engine counted", () => {
    expect(workbookState(facts({ staffRows: 0, errors: 0 }), pane({ checked: true }))).toBe("enter-data");
  });

  it("asks to fix and check again while errors remain, and to export once clean", () => {
    expect(workbookState(facts({ errors: 3 }), pane({ checked: true }))).toBe("errors");
    expect(NEXT_STEP.errors).toBe("validate");
    expect(NEXT_STEP[workbookState(facts(), pane({ checked: true }))]).toBe("export");
  });
});
