/**
 * The preview's stand-in for Excel's grid: the active sheet of the fake as a plain, accessible table, with sheet tabs
 * and the selection highlighted. Read-only: the clerk's part of Excel that the pane never drives is out of scope.
 */
import { a1, columnLetters } from "../test/support/excel-fake/a1";
import type { ExcelFake } from "../test/support/excel-fake";
import type { CellModel, SheetModel } from "../test/support/excel-fake/model";

/** Rows drawn at once; the window follows the selection on long sheets. */
const ROW_WINDOW = 200;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A cell as Excel would show it: dates and VND by the cell's number format, formulas and errors as typed. */
export function displayText(cell: CellModel | undefined): { text: string; kind: string } {
  const content = cell?.content;
  if (!content) return { text: "", kind: "empty" };
  switch (content.kind) {
    case "number": {
      const format = cell.style.numberFormat;
      if (/d/i.test(format) && /y/i.test(format) && format !== "General") {
        const date = new Date(EXCEL_EPOCH + Math.round(content.value) * 86_400_000);
        const text = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
        return { text, kind: "date" };
      }
      if (format.includes("%")) return { text: `${(content.value * 100).toFixed(1)}%`, kind: "number" };
      if (format.includes("#,##0")) return { text: content.value.toLocaleString("vi-VN"), kind: "number" };
      return { text: String(content.value), kind: "number" };
    }
    case "boolean":
      return { text: content.value ? "TRUE" : "FALSE", kind: "boolean" };
    case "error":
      return { text: content.value, kind: "error" };
    case "formula":
      return { text: content.formula, kind: "formula" };
    case "date":
      return { text: content.text, kind: "date-text" };
    default:
      return { text: content.value, kind: "text" };
  }
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface GridLabels {
  readonly sheets: string;
  readonly empty: string;
  readonly rowsShown: (from: number, to: number, total: number) => string;
  readonly created: (count: number) => string;
}

export class WorkbookGrid {
  private fake: ExcelFake | null = null;
  private scheduled = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly labels: GridLabels,
  ) {}

  show(fake: ExcelFake): void {
    this.fake = fake;
    this.render();
  }

  /** Redraws at the next frame; many syncs in a row draw once. */
  refresh(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.render();
    });
  }

  private activate(sheet: SheetModel): void {
    const model = this.fake!.model;
    model.activeSheet = sheet;
    model.selection = { sheet: sheet.name, area: { row: 0, column: 0, rows: 1, columns: 1 } };
    this.render();
    this.root.querySelector<HTMLButtonElement>(`.sheet-tabs button[aria-pressed="true"]`)?.focus();
  }

  render(): void {
    const fake = this.fake;
    if (!fake) return;
    const model = fake.model;
    const active = model.activeSheet;
    const selection =
      model.selection && active && model.selection.sheet === active.name ? model.selection : null;
    this.root.dataset.activeSheet = active?.name ?? "";
    this.root.dataset.selectedCell = selection ? `${selection.sheet}!${a1(selection.area)}` : "";
    this.root.dataset.syncs = String(fake.syncCount);

    const view = element("div", { class: "sheet-view", tabindex: "0", role: "region" });
    view.setAttribute("aria-label", active ? active.name : this.labels.empty);
    if (active) view.appendChild(this.table(active, selection?.area ?? null));

    const tabs = element("nav", { class: "sheet-tabs" });
    tabs.setAttribute("aria-label", this.labels.sheets);
    for (const sheet of model.sheets) {
      if (sheet.visibility !== "Visible") continue;
      const tab = element("button", { type: "button", "data-sheet": sheet.name }, sheet.name);
      tab.setAttribute("aria-pressed", String(sheet === active));
      tab.addEventListener("click", () => this.activate(sheet));
      tabs.appendChild(tab);
    }

    const note = element("p", { class: "grid-note", role: "status" });
    if (model.createdWorkbooks.length > 0)
      note.textContent = this.labels.created(model.createdWorkbooks.length);

    this.root.replaceChildren(view, tabs, note);
    view.querySelector(".selected")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  private table(
    sheet: SheetModel,
    selected: { row: number; column: number; rows: number; columns: number } | null,
  ) {
    const used = sheet.usedArea(false);
    const lastRow = used ? used.row + used.rows : 1;
    const lastColumn = Math.max(used ? used.column + used.columns : 1, selected ? selected.column + 1 : 1);
    const first = selected && selected.row >= ROW_WINDOW ? selected.row - Math.floor(ROW_WINDOW / 2) : 0;
    const last = Math.max(Math.min(lastRow, first + ROW_WINDOW), selected ? selected.row + 1 : 0);

    const table = element("table", { class: "sheet" });
    table.appendChild(
      element(
        "caption",
        {},
        `${sheet.name} — ${this.labels.rowsShown(first + 1, last, Math.max(lastRow, last))}`,
      ),
    );
    // Fixed layout needs the table's width: long text stays in its column, clipped, as in Excel.
    const colgroup = element("colgroup");
    const rowHead = element("col", { class: "row-head" });
    rowHead.style.width = "48px";
    colgroup.appendChild(rowHead);
    let width = 48;
    for (let c = 0; c < lastColumn; c += 1) {
      const points = sheet.columnWidths.get(c);
      const pixels = Math.round(Math.min(420, Math.max(40, points ? (points * 4) / 3 : 96)));
      const col = element("col");
      col.style.width = `${pixels}px`;
      colgroup.appendChild(col);
      width += pixels;
    }
    table.style.width = `${width}px`;
    table.appendChild(colgroup);
    const head = element("thead");
    const headRow = element("tr");
    headRow.appendChild(element("td", { class: "corner" }));
    for (let c = 0; c < lastColumn; c += 1)
      headRow.appendChild(element("th", { scope: "col" }, columnLetters(c)));
    head.appendChild(headRow);
    table.appendChild(head);

    const body = element("tbody");
    const inSelection = (r: number, c: number): boolean =>
      selected !== null &&
      r >= selected.row &&
      r < selected.row + selected.rows &&
      c >= selected.column &&
      c < selected.column + selected.columns;
    for (let r = first; r < last; r += 1) {
      const tr = element("tr");
      tr.appendChild(element("th", { scope: "row" }, String(r + 1)));
      for (let c = 0; c < lastColumn; c += 1) {
        const cell = sheet.cell(r, c);
        const { text, kind } = displayText(cell);
        const td = element("td", { "data-cell": `${columnLetters(c)}${r + 1}`, "data-kind": kind }, text);
        if (cell?.style.bold) td.classList.add("bold");
        if (kind === "number" || kind === "date") td.classList.add("number");
        if (inSelection(r, c)) td.classList.add("selected");
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    return table;
  }
}
