import { el } from "./dom";

export type StatusKind = "info" | "success" | "warning" | "error";

/** `#status`: the last operation's result sentence, or what went wrong, announced politely. */
export class StatusView {
  readonly element: HTMLParagraphElement;

  constructor(initial: string) {
    this.element = el(
      "p",
      { id: "status", class: "status status-info", role: "status", "aria-live": "polite" },
      [initial],
    );
  }

  show(text: string, kind: StatusKind = "info"): void {
    this.element.className = `status status-${kind}`;
    this.element.setAttribute("data-kind", kind);
    this.element.textContent = text;
  }
}
