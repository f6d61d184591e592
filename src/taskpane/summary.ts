import type { CampaignSummary } from "../engine";
import { el, replaceContent } from "./dom";
import type { Strings } from "./strings";
import { summaryFigures } from "./summary-figures";

/** `#summary`: each figure a <dd data-figure="…"> holding the number alone, grouped vi-VN style. */
export function renderSummary(list: HTMLElement, summary: CampaignSummary, strings: Strings): void {
  const items = summaryFigures(summary).map((figure) =>
    // "Lỗi 0" is good news: only a count above zero takes the error colour.
    el("div", { class: `figure figure-${figure.key}${figure.value > 0 ? " has-value" : ""}` }, [
      el("dt", {}, [strings.figure[figure.key]]),
      el("dd", { "data-figure": figure.key, "data-value": figure.value }, [figure.text]),
    ]),
  );
  replaceContent(list, items);
}
