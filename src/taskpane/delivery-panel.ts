import { el, replaceContent, setHidden } from "./dom";
import type { DeliveryOffer, Notice } from "./export-flow";
import type { DeliveryStrings } from "./strings";

/**
 * `#delivery`: the buttons that hand the built report over, under the result line — "Lưu báo cáo (.docx)",
 * "Mở sổ trong Excel trên web", "Mở báo cáo trong sổ mới" — as the host allows (export-flow.ts). Each click runs
 * its handler inside the click (the save dialog and the download need it) and shows what came of it. Hidden
 * while there is nothing to offer; emptied when another action starts, so no report outlives the data it came from.
 */
export class DeliveryPanel {
  readonly element: HTMLDivElement;
  private busy = false;

  constructor(
    private readonly strings: DeliveryStrings,
    private readonly show: (notice: Notice) => void,
    private readonly failed: (error: unknown) => void,
  ) {
    this.element = el("div", {
      id: "delivery",
      class: "delivery",
      role: "group",
      "aria-label": strings.panelLabel,
      hidden: true,
    });
  }

  render(offer: DeliveryOffer | null): void {
    const buttons: HTMLButtonElement[] = [];
    if (offer?.save)
      buttons.push(
        this.button("btn-save-report", true, this.strings.saveButton, this.strings.saveHint, offer.save),
      );
    if (offer?.openOnWeb)
      buttons.push(
        this.button(
          "btn-open-web",
          !offer.save,
          this.strings.openOnWebButton,
          this.strings.openOnWebHint,
          offer.openOnWeb,
        ),
      );
    if (offer?.openWorkbook)
      buttons.push(
        this.button(
          "btn-open-workbook",
          false,
          this.strings.openWorkbookButton,
          this.strings.openWorkbookHint,
          offer.openWorkbook,
        ),
      );
    replaceContent(this.element, buttons);
    setHidden(this.element, buttons.length === 0);
  }

  private button(
    id: string,
    primary: boolean,
    label: string,
    hint: string,
    run: () => Notice | Promise<Notice>,
  ): HTMLButtonElement {
    const button = el(
      "button",
      { type: "button", id, class: `button${primary ? " primary" : ""}`, title: hint },
      [label],
    );
    button.addEventListener("click", () => void this.run(run));
    return button;
  }

  private async run(handler: () => Notice | Promise<Notice>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.element.setAttribute("aria-busy", "true");
    try {
      // Not awaited before the handler starts: the save dialog must open within the click.
      this.show(await handler());
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = false;
      this.element.setAttribute("aria-busy", "false");
    }
  }
}

/** The Export button's tooltip and its screen-reader hint, worded for what this host will deliver. */
export function labelExportButton(button: HTMLButtonElement | undefined, hint: string): void {
  if (!button) return;
  button.title = hint;
  const described = button.getAttribute("aria-describedby");
  const target = described ? document.getElementById(described) : null;
  if (target) target.textContent = hint;
}
