export interface PreviewServerOptions {
  /** The add-in's production build; default dist/. The preview bundle is read from its preview/ folder. */
  readonly dist?: string;
  /** "stub": taskpane.html loads the office.js stub (default); "cdn": dist/ served unchanged. */
  readonly officeJs?: "stub" | "cdn";
  /** 0 picks a free port; default 3001. */
  readonly port?: number;
  /** Default 127.0.0.1 (loopback only). */
  readonly host?: string;
  readonly log?: (line: string) => void;
}

export interface PreviewServer {
  /** e.g. http://127.0.0.1:3001/ */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export function startPreviewServer(options?: PreviewServerOptions): Promise<PreviewServer>;
export const OFFICE_JS_URL: string;
export const STUB_PATH: string;
