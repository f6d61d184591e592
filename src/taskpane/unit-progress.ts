import { type CampaignResult, formatVnd } from "../engine";
import { el, replaceContent } from "./dom";
import type { Strings } from "./strings";

type UnitRow = CampaignResult["unitProgress"][number];

/**
 * `#units`: one row per unit (the engine's unit order) with staff, children rows entered and errors left, then the
 * totals. Errors show as "–" until a check ran in this pane: a count from the startup read is not one the clerk
 * asked for, and "Lỗi 2" beside "Chưa kiểm tra" contradicts itself.
 */
export function renderUnitProgress(
  container: HTMLElement,
  units: readonly UnitRow[],
  strings: Strings,
  checked: boolean,
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
  const errorsText = (n: number): string => (checked ? formatVnd(n) : strings.notChecked);
  const row = (name: string, staff: number, children: number, errors: number, cls: string | null) =>
    el("tr", { "data-unit": name, class: cls }, [
      el("th", { scope: "row" }, [name]),
      el("td", { class: "number", "data-column": "staff" }, [formatVnd(staff)]),
      el("td", { class: "number", "data-column": "children" }, [formatVnd(children)]),
      el("td", { class: "number", "data-column": "errors" }, [errorsText(errors)]),
    ]);
  const body = el(
    "tbody",
    {},
    units.map((unit) =>
      row(
        unit.unit,
        unit.staff,
        unit.children,
        unit.errors,
        checked && unit.errors > 0 ? "has-errors" : null,
      ),
    ),
  );
  const sum = (pick: (unit: UnitRow) => number): number =>
    units.reduce((total, unit) => total + pick(unit), 0);
  const totalErrors = sum((unit) => unit.errors);
  const total = row(
    strings.unitsTotal,
    sum((unit) => unit.staff),
    sum((unit) => unit.children),
    totalErrors,
    `units-total${checked && totalErrors > 0 ? " has-errors" : ""}`,
  );
  total.removeAttribute("data-unit");
  replaceContent(container, [
    el("table", { class: "units-table" }, [
      el("caption", {}, [strings.unitsCaption]),
      head,
      body,
      el("tfoot", {}, [total]),
    ]),
  ]);
}
