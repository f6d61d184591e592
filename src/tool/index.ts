import { type Consolidation, formatDayMonthYear, formatVnd, type Issue } from "../engine";
import { defaultReceivingAgency } from "../report/consolidation-document";
import { formatPercent } from "../report/percent";
import { ConfirmDialog } from "../taskpane/confirm";
import { el, replaceContent, setHidden } from "../taskpane/dom";
import { downloadFile } from "../taskpane/download-file";
import { reportFileName } from "../taskpane/report-file-name";
import { stringsFor } from "../taskpane/strings";
import { clerkToday } from "../taskpane/today";
import { JobClient } from "./job-client";
import type {
  CheckOutcome,
  CheckedWorkbook,
  ConsolidatedFiles,
  DroppedFile,
  RenderedReport,
} from "./tool-jobs";
import { TEXT } from "./tool-text";

/**
 * tool.html: the add-in's engine and renderer on dropped files, for clerks whose Excel cannot run the add-in and
 * for the agency that receives every department's report. No Office.js, nothing sent anywhere.
 */

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Issues drawn on the page; the full list is the `Kiểm tra` sheet of the downloaded workbook. */
const ISSUES_SHOWN = 200;
const MAX_CELLS_NAMED = 3;

const app = document.getElementById("app")!;
const workerFile = document.querySelector<HTMLMetaElement>('meta[name="tool-worker"]')?.content ?? null;
const jobs = new JobClient(workerFile);
const pane = stringsFor("vi");

const input = el("input", { type: "file", id: "file-input", accept: ".xlsx", multiple: true, hidden: true });
const pickButton = el("button", { type: "button", id: "pick", class: "button primary" }, [TEXT.pick]);
const drop = el("section", { id: "drop", class: "drop", "aria-labelledby": "drop-title" }, [
  el("h2", { id: "drop-title" }, [TEXT.dropTitle]),
  el("p", { class: "hint" }, [TEXT.dropHint]),
  pickButton,
  input,
]);
const status = el("p", { id: "status", class: "status", role: "status", "aria-live": "polite" });
const results = el("div", { id: "results" });
const content = el("div", { class: "content" }, [drop, status, results]);
const confirm = new ConfirmDialog(content);
replaceContent(app, [content, confirm.element]);
app.setAttribute("aria-busy", "false");
app.dataset.worker = jobs.inWorker ? "yes" : "no";

function say(text: string, kind: "info" | "error" | "busy" = "info"): void {
  status.textContent = text;
  status.className = `status status-${kind}`;
  app.setAttribute("aria-busy", kind === "busy" ? "true" : "false");
}

async function readDropped(files: readonly File[]): Promise<DroppedFile[]> {
  return Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}

async function handleFiles(list: FileList | readonly File[]): Promise<void> {
  const all = Array.from(list);
  const xlsx = all.filter((file) => /\.xlsx$/i.test(file.name));
  const skipped = all.filter((file) => !xlsx.includes(file)).map((file) => file.name);
  if (xlsx.length === 0) {
    say(TEXT.notXlsx(skipped), "error");
    return;
  }
  replaceContent(results, []);
  say(TEXT.reading(xlsx.length), "busy");
  try {
    const dropped = await readDropped(xlsx);
    if (dropped.length === 1) await checkOne(dropped[0]);
    else await consolidateMany(dropped, {});
    if (skipped.length > 0) say(`${status.textContent ?? ""} ${TEXT.notXlsx(skipped)}`);
  } catch (error) {
    say(TEXT.failed(error instanceof Error ? error.message : String(error)), "error");
  }
}

/* One tracker: the pane's issue list, then the two downloads (with the pane's draft question). */

function issueItem(issue: Issue): HTMLLIElement {
  return el("li", { class: `issue issue-${issue.severity}` }, [
    el("span", { class: `badge badge-${issue.severity}` }, [TEXT.severity[issue.severity]]),
    " ",
    el("span", { class: "place" }, [issue.cell ? `${issue.cell}` : issue.sheet]),
    issue.row !== null ? el("span", { class: "row" }, [` (dòng ${issue.row})`]) : "",
    " ",
    el("span", { class: "message" }, [issue.message]),
  ]);
}

function issueList(issues: readonly Issue[]): HTMLElement {
  if (issues.length === 0) return el("p", {}, [TEXT.noIssues]);
  const shown = issues.slice(0, ISSUES_SHOWN);
  const bySheet = new Map<string, Issue[]>();
  for (const issue of shown) bySheet.set(issue.sheet, [...(bySheet.get(issue.sheet) ?? []), issue]);
  const groups = [...bySheet.entries()].map(([sheet, sheetIssues]) =>
    el("section", { class: "issue-group" }, [
      el("h3", {}, [`${sheet} (${sheetIssues.length})`]),
      el("ul", { class: "issues" }, sheetIssues.map(issueItem)),
    ]),
  );
  const more = issues.length - shown.length;
  return el("div", { id: "issues" }, [
    ...groups,
    ...(more > 0 ? [el("p", {}, [TEXT.moreIssues(more)])] : []),
  ]);
}

async function checkOne(file: DroppedFile): Promise<void> {
  const outcome = await jobs.run<CheckOutcome>({ job: "check", file, today: clerkToday() });
  if (outcome.kind === "unreadable") {
    say(TEXT.unreadable(outcome.fileName, outcome.reason), "error");
    return;
  }
  showChecked(file, outcome);
}

function showChecked(file: DroppedFile, checked: CheckedWorkbook): void {
  const { error, warning } = checked.counts;
  let rendered: Promise<RenderedReport> | null = null;
  const render = (draft: boolean): Promise<RenderedReport> =>
    (rendered ??= jobs.run<RenderedReport>({ job: "render", file, today: clerkToday(), draft }));

  const ready = async (): Promise<RenderedReport | null> => {
    if (error > 0 && rendered === null) {
      const cells = checked.issues
        .filter((issue) => issue.severity === "error")
        .slice(0, MAX_CELLS_NAMED)
        .map((issue) => (issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet));
      const yes = await confirm.ask({
        title: pane.draftTitle,
        message: pane.draftQuestion(error, cells),
        yes: pane.draftYes,
        no: pane.draftNo,
      });
      if (!yes) return null;
    }
    say(TEXT.rendering, "busy");
    return render(error > 0);
  };
  const base = checked.fileName.replace(/\.xlsx$/i, "");
  const download = (which: "docx" | "workbook") => async (): Promise<void> => {
    try {
      const report = await ready();
      if (report === null) return;
      const name =
        which === "docx" ? reportFileName(checked.agency, checked.year, report.draft) : `${base}.report.xlsx`;
      downloadFile(which === "docx" ? report.docx : report.workbook, name, which === "docx" ? DOCX : XLSX);
      say(TEXT.downloaded(name));
    } catch (failure) {
      say(TEXT.failed(failure instanceof Error ? failure.message : String(failure)), "error");
    }
  };
  const docxButton = el("button", { type: "button", id: "download-docx", class: "button primary" }, [
    TEXT.downloadDocx,
  ]);
  const workbookButton = el("button", { type: "button", id: "download-workbook", class: "button" }, [
    TEXT.downloadWorkbook,
  ]);
  docxButton.addEventListener("click", () => void download("docx")());
  workbookButton.addEventListener("click", () => void download("workbook")());

  replaceContent(results, [
    el("section", { id: "checked", class: "card", "aria-labelledby": "checked-title" }, [
      el("h2", { id: "checked-title" }, [`${TEXT.issuesTitle}: ${checked.fileName}`]),
      el("p", { class: error > 0 ? "summary summary-error" : "summary" }, [TEXT.checked(error, warning)]),
      el("p", { class: "figures" }, [TEXT.figures(checked.figures)]),
      el("div", { class: "actions" }, [docxButton, workbookButton]),
      issueList(checked.issues),
    ]),
  ]);
  say(TEXT.read(checked.fileName));
}

/* Many agencies' files: the consolidation table, then its two documents. */

function agencyTable(consolidation: Consolidation): HTMLTableElement {
  const number = (value: number): HTMLTableCellElement => el("td", { class: "number" }, [formatVnd(value)]);
  const { totals } = consolidation;
  return el("table", { id: "agencies", class: "table" }, [
    el("caption", {}, [TEXT.tableCaption]),
    el("thead", {}, [
      el(
        "tr",
        {},
        TEXT.columns.map((header) => el("th", { scope: "col" }, [header])),
      ),
    ]),
    el(
      "tbody",
      {},
      consolidation.agencies.map((row) =>
        el("tr", { class: row.errors > 0 ? "has-errors" : null }, [
          el("th", { scope: "row" }, [row.agency]),
          el("td", {}, [`${formatDayMonthYear(row.reportDate)}${row.onTime ? "" : ` (${TEXT.late})`}`]),
          number(row.staff),
          number(row.gifts.count),
          number(row.gifts.total),
          number(row.awards.count),
          number(row.awards.total),
          number(row.contributions.total),
          el("td", { class: "number" }, [formatPercent(row.contributions.participation)]),
          number(row.spend),
          number(row.errors),
        ]),
      ),
    ),
    el("tfoot", {}, [
      el("tr", {}, [
        el("th", { scope: "row" }, [TEXT.total]),
        el("td", {}, [""]),
        number(totals.staff),
        number(totals.gifts.count),
        number(totals.gifts.total),
        number(totals.awards.count),
        number(totals.awards.total),
        number(totals.contributions.total),
        el("td", { class: "number" }, [formatPercent(totals.contributions.participation)]),
        number(totals.spend),
        number(totals.errors),
      ]),
    ]),
  ]);
}

/** The receiving agency the plan names, until the clerk types another (the command line's defaults). */
const receiverDefaults = defaultReceivingAgency(clerkToday());
const defaults: Record<string, string> = {
  "receiver-agency": receiverDefaults.agency,
  "receiver-parent": receiverDefaults.parentAgency,
};

function receiverForm(files: readonly DroppedFile[], values: Record<string, string>): HTMLFormElement {
  const field = (id: string, label: string): HTMLElement =>
    el("div", { class: "field" }, [
      el("label", { for: id }, [label]),
      el("input", { id, name: id, type: "text", value: values[id] ?? defaults[id] ?? "" }),
    ]);
  const form = el("form", { id: "receiver", class: "receiver" }, [
    el("fieldset", {}, [
      el("legend", {}, [TEXT.receiverLegend]),
      field("receiver-agency", TEXT.receiverAgency),
      field("receiver-parent", TEXT.receiverParent),
      field("receiver-signer", TEXT.receiverSigner),
      el("button", { type: "submit", class: "button" }, [TEXT.consolidate]),
    ]),
  ]);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = Object.fromEntries([...data.entries()].map(([key, value]) => [key, String(value).trim()]));
    say(TEXT.reading(files.length), "busy");
    void consolidateMany(files, next).catch((error: unknown) =>
      say(TEXT.failed(error instanceof Error ? error.message : String(error)), "error"),
    );
  });
  return form;
}

async function consolidateMany(files: readonly DroppedFile[], values: Record<string, string>): Promise<void> {
  const outcome = await jobs.run<ConsolidatedFiles>({
    job: "consolidate",
    files,
    today: clerkToday(),
    receiver: {
      agency: values["receiver-agency"] || undefined,
      parentAgency: values["receiver-parent"] || undefined,
      signerName: values["receiver-signer"] || null,
    },
  });
  const { consolidation } = outcome;
  const year = consolidation.agencies[0]?.year ?? Number(clerkToday().slice(0, 4));
  const buttons: HTMLElement[] = [];
  const offer = (id: string, label: string, bytes: Uint8Array | null, name: string, type: string): void => {
    if (bytes === null) return;
    const button = el(
      "button",
      { type: "button", id, class: buttons.length === 0 ? "button primary" : "button" },
      [label],
    );
    button.addEventListener("click", () => {
      downloadFile(bytes, name, type);
      say(TEXT.downloaded(name));
    });
    buttons.push(button);
  };
  offer(
    "download-consolidation-docx",
    TEXT.downloadConsolidationDocx,
    outcome.docx,
    `tong-hop-thang-hanh-dong-${year}.docx`,
    DOCX,
  );
  offer(
    "download-consolidation-workbook",
    TEXT.downloadConsolidationWorkbook,
    outcome.workbook,
    `tong-hop-thang-hanh-dong-${year}.xlsx`,
    XLSX,
  );

  const parts: HTMLElement[] = [
    el("h2", { id: "consolidated-title" }, [TEXT.consolidationTitle(consolidation.totals.agencies)]),
    // Who signs comes before the downloads: the report's header and signature are set first.
    receiverForm(files, values),
    el("div", { class: "actions" }, buttons),
    el(
      "div",
      {
        class: "table-scroll",
        tabindex: 0,
        role: "region",
        "aria-label": TEXT.consolidationTitle(consolidation.totals.agencies),
      },
      [agencyTable(consolidation)],
    ),
  ];
  if (consolidation.crossAgencyChildren.length > 0) {
    parts.push(
      el("h3", {}, [TEXT.crossTitle]),
      el(
        "ul",
        { id: "cross-agency" },
        consolidation.crossAgencyChildren.map((child) =>
          el("li", {}, [
            `${child.name} (${formatDayMonthYear(child.dateOfBirth)}): ${child.agencies.join("; ")}`,
          ]),
        ),
      ),
    );
  }
  if (consolidation.duplicateAgencies.length > 0)
    parts.push(
      el("p", { class: "summary-error" }, [TEXT.duplicateAgencies(consolidation.duplicateAgencies)]),
    );
  if (consolidation.unreadable.length > 0) {
    parts.push(
      el("h3", {}, [TEXT.unreadableTitle]),
      el(
        "ul",
        { id: "unreadable" },
        consolidation.unreadable.map((file) => el("li", {}, [`${file.file}: ${file.reason}`])),
      ),
    );
  }
  replaceContent(results, [
    el("section", { id: "consolidated", class: "card", "aria-labelledby": "consolidated-title" }, parts),
  ]);
  say(
    `${TEXT.consolidationTitle(consolidation.totals.agencies)}: ${formatVnd(consolidation.totals.gifts.count)} suất quà, ` +
      `${consolidation.crossAgencyChildren.length} trẻ có tên ở nhiều cơ quan, ${consolidation.unreadable.length} tệp không đọc được.`,
    consolidation.unreadable.length > 0 ? "error" : "info",
  );
}

pickButton.addEventListener("click", () => input.click());
input.addEventListener("change", () => {
  if (input.files && input.files.length > 0) void handleFiles(input.files);
  input.value = "";
});
// The whole page takes a drop, so a clerk cannot miss the zone; the zone shows it is the target.
document.addEventListener("dragover", (event) => {
  event.preventDefault();
  drop.classList.add("dragging");
});
document.addEventListener("dragleave", () => drop.classList.remove("dragging"));
document.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("dragging");
  if (event.dataTransfer && event.dataTransfer.files.length > 0) void handleFiles(event.dataTransfer.files);
});
setHidden(status, false);
