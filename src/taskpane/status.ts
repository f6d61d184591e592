import { el, replaceContent } from "./dom";
import { icon, type IconName } from "./icons";

export type StatusKind = "info" | "success" | "warning" | "error";

/** A link-styled button in the message bar: "Xem lỗi đầu tiên", "Kiểm tra lại". */
export interface StatusAction {
  readonly id: string;
  readonly label: string;
  readonly run: () => void;
}

const ICON: Record<StatusKind, IconName> = {
  info: "info",
  success: "success",
  warning: "warning",
  error: "error",
};

/**
 * `#status`: a Fluent-style MessageBar under the steps: the severity's icon and colour on a tinted bar, the last
 * operation's result or the next thing to do as short text (only the icon and the border carry the colour, the text
 * stays readable), and at most a couple of actions. Announced politely.
 */
export class StatusView {
  readonly element: HTMLDivElement;
  private readonly iconSlot: HTMLSpanElement;
  private readonly text: HTMLParagraphElement;
  private readonly actions: HTMLDivElement;

  constructor(initial: string) {
    this.iconSlot = el("span", { class: "message-bar-icon" });
    this.text = el("p", { id: "status-text", class: "message-text" });
    this.actions = el("div", { class: "message-actions", hidden: true });
    this.element = el("div", { id: "status", class: "message-bar", role: "status", "aria-live": "polite" }, [
      this.iconSlot,
      el("div", { class: "message-body" }, [this.text, this.actions]),
    ]);
    this.show(initial);
  }

  show(text: string, kind: StatusKind = "info", actions: readonly StatusAction[] = []): void {
    this.element.className = `message-bar message-bar-${kind}`;
    this.element.setAttribute("data-kind", kind);
    replaceContent(this.iconSlot, [icon(ICON[kind])]);
    this.text.textContent = text;
    replaceContent(
      this.actions,
      actions.map((action) => {
        const button = el("button", { type: "button", id: action.id, class: "link-button" }, [action.label]);
        button.addEventListener("click", action.run);
        return button;
      }),
    );
    if (actions.length > 0) this.actions.removeAttribute("hidden");
    else this.actions.setAttribute("hidden", "");
  }
}
