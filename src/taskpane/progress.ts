import { el, setHidden } from "./dom";

/**
 * `#progress`: a progressbar (aria-valuenow 0–100) with the step in words. The bar is a <progress> element,
 * drawn by the browser: the CSP forbids the inline width a <div> bar would need. Screen readers get the
 * wrapper's role and value text; the inner element is hidden from them so the value is not read twice.
 */
export class ProgressView {
  readonly element: HTMLDivElement;
  private readonly bar: HTMLProgressElement;
  private readonly label: HTMLSpanElement;

  constructor(accessibleName: string) {
    this.bar = el("progress", { max: 100, value: 0, "aria-hidden": "true" });
    this.label = el("span", { id: "progress-label", class: "progress-label" });
    this.element = el(
      "div",
      {
        id: "progress",
        class: "progress",
        role: "progressbar",
        "aria-label": accessibleName,
        "aria-valuemin": 0,
        "aria-valuemax": 100,
        "aria-valuenow": 0,
        hidden: true,
      },
      [this.bar, this.label],
    );
  }

  show(step: string, fraction: number): void {
    const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    this.bar.value = percent;
    this.label.textContent = step;
    this.element.setAttribute("aria-valuenow", String(percent));
    this.element.setAttribute("aria-valuetext", `${percent}% · ${step}`);
    setHidden(this.element, false);
  }

  hide(): void {
    setHidden(this.element, true);
  }
}

/**
 * A listener that never moves backwards: the adapter reports each operation from 0 to 1, and an action that runs
 * two of them (Export: compute, then the lists) maps them into one bar, which should only grow.
 */
export function rising<S>(
  listener: (step: S, fraction: number) => void,
): (step: S, fraction: number) => void {
  let highest = 0;
  return (step, fraction) => {
    highest = Math.max(highest, fraction);
    listener(step, highest);
  };
}
