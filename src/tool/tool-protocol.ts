import type { IsoDate } from "../engine";
import type {
  CheckOutcome,
  ConsolidatedFiles,
  consolidateFiles,
  DroppedFile,
  RenderedReport,
} from "./tool-jobs";

/** Messages between the page and its worker: one request, one answer, matched by id. */
export type ToolRequest =
  | { readonly id: number; readonly job: "check"; readonly file: DroppedFile; readonly today: IsoDate }
  | {
      readonly id: number;
      readonly job: "render";
      readonly file: DroppedFile;
      readonly today: IsoDate;
      readonly draft: boolean;
    }
  | {
      readonly id: number;
      readonly job: "consolidate";
      readonly files: readonly DroppedFile[];
      readonly today: IsoDate;
      readonly receiver: Parameters<typeof consolidateFiles>[2];
    };

export type ToolAnswer =
  | {
      readonly id: number;
      readonly ok: true;
      readonly value: CheckOutcome | RenderedReport | ConsolidatedFiles;
    }
  | { readonly id: number; readonly ok: false; readonly error: string };
