import { type CampaignResult, formatVnd } from "../engine";
import { el, replaceContent } from "./dom";
import type { Strings } from "./strings";

type UnitRow = CampaignResult["unitProgress"][number];

/** `#units`: one row per unit (the engine's unit order) with staff, children rows entered and errors left. */
export function renderUnitProgress(
  container: HTMLElement,
  units: readonly UnitRow[],
  strings: Strings,
): void {
  if (units.length === 0) {
    replaceContent(container, [el("p", { class: "empty" }, [strings.noUnits])]);
    return;
  }
  const columns = strings.unitColumn;
  const head = el("thead", {}, [
    el("tr", {}, [
      el("th", { scope: "col" }, [columns.unit]),
      el("th", { scope: "col", class: "number" }, [columns.staff]),
      el("th", { scope: "col", class: "number" }, [columns.children]),
      el("th", { scope: "col", class: "number" }, [columns.errors]),
    ]),
  ]);
  const body = el(
    "tbody",
    {},
    units.map((unit) =>
      el("tr", { "data-unit": unit.unit, class: unit.errors > 0 ? "has-errors" : null }, [
        el("th", { scope: "row" }, [unit.unit]),
        el("td", { class: "number", "data-column": "staff" }, [formatVnd(unit.staff)]),
        el("td", { class: "number", "data-column": "children" }, [formatVnd(unit.children)]),
        el("td", { class: "number", "data-column": "errors" }, [formatVnd(unit.errors)]),
      ]),
    ),
  );
  replaceContent(container, [
    el("table", { class: "units-table" }, [el("caption", {}, [strings.unitsCaption]), head, body]),
  ]);
}
