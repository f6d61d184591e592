import { el, setHidden } from "./dom";

export interface Question {
  readonly title: string;
  readonly message: string;
  readonly yes: string;
  readonly no: string;
  /** "Yes" destroys something (Clear): drawn in the danger style. */
  readonly danger?: boolean;
}

export type Ask = (question: Question) => Promise<boolean>;

/**
 * `#confirm`: an in-page yes/no dialog (role="alertdialog", aria-modal). Not window.confirm, which Office's
 * webviews block, and not <dialog>, which Edge Legacy lacks. "No" is the answer that changes nothing: it is the
 * primary button, comes first and has the focus (Enter keeps things safe); Tab stays between the two buttons, Esc
 * answers No, and focus goes back where it was.
 */
export class ConfirmDialog {
  readonly element: HTMLDivElement;
  private readonly title: HTMLHeadingElement;
  private readonly message: HTMLParagraphElement;
  private readonly yesButton: HTMLButtonElement;
  private readonly noButton: HTMLButtonElement;
  private answer: ((yes: boolean) => void) | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly background: HTMLElement) {
    this.title = el("h2", { id: "confirm-title", class: "confirm-title" });
    this.message = el("p", { id: "confirm-message", class: "confirm-message" });
    this.yesButton = el("button", { type: "button", id: "confirm-yes", class: "button" });
    this.noButton = el("button", { type: "button", id: "confirm-no", class: "button primary" });
    this.element = el(
      "div",
      {
        id: "confirm",
        class: "confirm",
        role: "alertdialog",
        "aria-modal": "true",
        "aria-labelledby": "confirm-title",
        "aria-describedby": "confirm-message",
        hidden: true,
      },
      [
        el("div", { class: "confirm-panel" }, [
          this.title,
          this.message,
          el("div", { class: "confirm-buttons" }, [this.noButton, this.yesButton]),
        ]),
      ],
    );
    this.yesButton.addEventListener("click", () => this.close(true));
    this.noButton.addEventListener("click", () => this.close(false));
    this.element.addEventListener("keydown", (event) => this.keydown(event));
    // A click on the backdrop or a screen reader's cursor must not leave focus behind the dialog.
    document.addEventListener("focusin", (event) => {
      if (this.answer && event.target instanceof Node && !this.element.contains(event.target)) {
        this.noButton.focus();
      }
    });
  }

  readonly ask: Ask = (question) => {
    if (this.answer) this.close(false);
    this.title.textContent = question.title;
    this.message.textContent = question.message;
    this.yesButton.textContent = question.yes;
    this.yesButton.className = question.danger ? "button danger" : "button";
    this.noButton.textContent = question.no;
    const active = document.activeElement;
    this.returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    // Screen readers that ignore aria-modal must not wander into the pane behind.
    this.background.setAttribute("aria-hidden", "true");
    setHidden(this.element, false);
    this.noButton.focus();
    return new Promise<boolean>((resolve) => {
      this.answer = resolve;
    });
  };

  private close(yes: boolean): void {
    const answer = this.answer;
    if (!answer) return;
    this.answer = null;
    // Blurred first: a focused button that becomes hidden still counts as focused until the browser notices.
    if (document.activeElement instanceof HTMLElement && this.element.contains(document.activeElement)) {
      document.activeElement.blur();
    }
    setHidden(this.element, true);
    this.background.removeAttribute("aria-hidden");
    // The button that opened the dialog may be disabled while its operation runs; the pane refocuses it after.
    this.returnFocus?.focus();
    this.returnFocus = null;
    answer(yes);
  }

  private keydown(event: KeyboardEvent): void {
    if (event.key === "Escape" || event.key === "Esc") {
      event.preventDefault();
      this.close(false);
    } else if (event.key === "Tab") {
      // Two buttons: Tab and Shift+Tab both go to the other one.
      event.preventDefault();
      (document.activeElement === this.yesButton ? this.noButton : this.yesButton).focus();
    }
  }
}
