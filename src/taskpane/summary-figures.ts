import { type CampaignSummary, formatVnd } from "../engine";
import type { FigureKey } from "./strings";

export interface Figure {
  readonly key: FigureKey;
  readonly value: number;
  /** vi-VN grouping ("14.000.000"): the same digits the report and the sheets print. */
  readonly text: string;
}

/**
 * The pane's figures, read from the command line's JSON summary (SPEC §5) so that both faces always agree.
 * `children` is the distinct children (`children.unique`); `children-rows` the rows entered in `Con`.
 */
export function summaryFigures(summary: CampaignSummary): Figure[] {
  const values: [FigureKey, number][] = [
    ["errors", summary.validation.errors],
    ["warnings", summary.validation.warnings],
    ["infos", summary.validation.infos],
    ["staff", summary.staff.count],
    ["children", summary.children.unique],
    ["children-rows", summary.children.rows],
    ["gifts-count", summary.gifts.count],
    ["gifts-total", summary.gifts.total],
    ["awards-count", summary.awards.count],
    ["awards-total", summary.awards.total],
    ["contributions-total", summary.contributions.total],
  ];
  return values.map(([key, value]) => ({ key, value, text: formatVnd(value) }));
}
