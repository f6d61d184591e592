/**
 * What the hosting check (check.html) decides, apart from the page: which URLs a manifest names, what MIME type and
 * caching each served file needs, and the Vietnamese sentence for each finding. No DOM globals, no fetch: the page
 * (check.ts) fetches and hands the answers here.
 */

export type Severity = "ok" | "warn" | "error";

export interface Finding {
  readonly severity: Severity;
  readonly text: string;
}

export interface NamedUrl {
  /** Where the manifest names it, e.g. `<SourceLocation>` or `<bt:Image id="Icon.16x16">`. */
  readonly where: string;
  readonly url: string;
}

/** What the server answered for one file. */
export interface Answer {
  readonly status: number;
  readonly contentType: string | null;
  readonly cacheControl: string | null;
}

/** MIME types a browser (and Office's webview, which sends `X-Content-Type-Options: nosniff` pages) accepts. */
const EXPECTED_TYPES: Record<string, readonly string[]> = {
  html: ["text/html"],
  js: ["text/javascript", "application/javascript", "application/x-javascript"],
  css: ["text/css"],
  png: ["image/png"],
  svg: ["image/svg+xml"],
  ico: ["image/x-icon", "image/vnd.microsoft.icon"],
  xml: ["application/xml", "text/xml"],
  json: ["application/json"],
  webmanifest: ["application/manifest+json", "application/json"],
  woff2: ["font/woff2"],
};

/** The file extension of a URL's path, lower case, or "" when it has none. */
export function extensionOf(url: string): string {
  const file = new URL(url).pathname.split("/").pop() ?? "";
  const dot = file.lastIndexOf(".");
  return dot < 0 ? "" : file.slice(dot + 1).toLowerCase();
}

/** The MIME types acceptable for a URL, or null when the check has no opinion. */
export function expectedTypes(url: string): readonly string[] | null {
  return EXPECTED_TYPES[extensionOf(url)] ?? null;
}

/** Webpack's content-hashed names (`taskpane.0f1e2d3c4b5a69788796.js`): their bytes never change, so they can be
 * cached for a year; everything else must be revalidated so an update reaches the clerks the next time they open
 * the pane. */
export function isHashedAsset(url: string): boolean {
  return /\.[0-9a-f]{16,}\.(js|css)$/i.test(new URL(url).pathname);
}

/** The URL without query or fragment: the file the server must have. */
export function fileUrl(url: string): string {
  const parsed = new URL(url);
  parsed.search = "";
  parsed.hash = "";
  return parsed.href;
}

/** The path of `url` below `base`, for messages (`assets/icon-16.png`). */
export function relativeName(url: string, base: string): string {
  return url.startsWith(base) ? url.slice(base.length) || "/" : url;
}

/**
 * Every http(s) URL a manifest document names, in document order: attribute values (DefaultValue, Value) and
 * element texts (AppDomain), namespace declarations left out. Read generically so a URL element added to the manifest later is checked too.
 */
export function manifestUrls(manifest: Document): NamedUrl[] {
  const found: NamedUrl[] = [];
  const walk = (element: Element): void => {
    const id = element.getAttribute("id");
    const where = `<${element.tagName}${id ? ` id="${id}"` : ""}>`;
    for (const attribute of Array.from(element.attributes)) {
      // Namespace declarations (xmlns="http://schemas.microsoft.com/…") are names, not addresses to load.
      if (/^xmlns(:|$)/.test(attribute.name)) continue;
      if (/^https?:\/\//i.test(attribute.value)) found.push({ where, url: attribute.value });
    }
    const children = Array.from(element.children);
    const text = children.length === 0 ? (element.textContent ?? "").trim() : "";
    if (/^https?:\/\//i.test(text)) found.push({ where, url: text });
    children.forEach(walk);
  };
  if (manifest.documentElement) walk(manifest.documentElement);
  return found;
}

/** The manifest's URLs that do not point under `base` (the folder this check page is served from). */
export function foreignUrls(urls: readonly NamedUrl[], base: string): NamedUrl[] {
  return urls.filter(({ url }) => !url.startsWith(base));
}

/**
 * One finding for a manifest made for another address, however many URLs it names there: the administrator needs
 * that address and the command that makes the right archive, not seventeen lines saying the same thing.
 */
export function foreignFinding(foreign: readonly NamedUrl[], manifestName: string, base: string): Finding {
  // The folder the manifest was made for: what all its URLs share, up to the last "/".
  const shared = foreign
    .map(({ url }) => url)
    .reduce((prefix, url) => {
      let i = 0;
      while (i < prefix.length && prefix[i] === url[i]) i += 1;
      return prefix.slice(0, i);
    });
  const madeFor = shared.slice(0, shared.lastIndexOf("/") + 1);
  const places = [...new Set(foreign.map(({ where }) => where))].slice(0, 3).join(", ");
  return {
    severity: "error",
    text: `${manifestName} được tạo cho địa chỉ ${madeFor} (${foreign.length} địa chỉ, như ${places}), không phải máy chủ này (${base}): Office sẽ tải bổ trợ từ nơi khác. Hãy tạo lại gói bằng npm run release -- --url ${base}.`,
  };
}

export function httpsFinding(protocol: string, base: string): Finding {
  return protocol === "https:"
    ? { severity: "ok", text: `Trang được tải qua HTTPS (${base}).` }
    : {
        severity: "error",
        text: `Trang được tải qua ${protocol.replace(":", "")}, không phải HTTPS: Office chỉ tải bổ trợ qua https://. Hãy bật HTTPS cho thư mục này.`,
      };
}

/** A fetch that threw, not an HTTP error: over https that is a certificate the browser refuses, or no network. */
export function unreachableFinding(name: string): Finding {
  return {
    severity: "error",
    text: `Không tải được ${name}: lỗi chứng chỉ HTTPS (hết hạn, tự ký, sai tên máy chủ) hoặc lỗi mạng. Mở địa chỉ này bằng trình duyệt để xem thông báo chứng chỉ.`,
  };
}

/** The findings for one served file: present, of the right type, cached as it should be. */
export function answerFindings(url: string, name: string, answer: Answer): Finding[] {
  if (answer.status === 404) {
    return [
      {
        severity: "error",
        text: `Thiếu tệp ${name}: máy chủ trả lời 404 (không tìm thấy). Hãy chép lại đủ thư mục web/ của gói phát hành.`,
      },
    ];
  }
  if (answer.status !== 200) {
    return [{ severity: "error", text: `Tệp ${name}: máy chủ trả lời mã ${answer.status} thay vì 200.` }];
  }
  const findings: Finding[] = [];
  const expected = expectedTypes(url);
  const mime = (answer.contentType ?? "").split(";")[0].trim().toLowerCase();
  if (expected !== null && !expected.includes(mime)) {
    findings.push({
      severity: "error",
      text: `Tệp ${name} có kiểu MIME “${mime || "không có"}”, cần “${expected[0]}”: hãy khai báo kiểu này trên máy chủ (web.config hoặc cấu hình nginx trong gói).`,
    });
  }
  const cache = (answer.cacheControl ?? "").toLowerCase();
  if (extensionOf(url) === "html" && !/no-cache|no-store|max-age=0\b/.test(cache)) {
    findings.push({
      severity: "warn",
      text: `Trang ${name} không có “Cache-Control: no-cache”: sau khi cập nhật, cán bộ có thể vẫn thấy bản cũ.`,
    });
  }
  if (isHashedAsset(url) && !/immutable|max-age=[1-9]/.test(cache)) {
    findings.push({
      severity: "warn",
      text: `Tệp ${name} không được lưu đệm lâu dài (Cache-Control: immutable): bảng điều khiển sẽ mở chậm hơn.`,
    });
  }
  if (findings.length === 0) findings.push({ severity: "ok", text: `${name}: có, đúng kiểu ${mime}.` });
  return findings;
}

/** One line over all findings: red when any error, amber when only warnings, green otherwise. */
export function verdict(findings: readonly Finding[]): Finding {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warn").length;
  if (errors > 0)
    return { severity: "error", text: `Chưa đạt: ${errors} lỗi cần sửa trước khi cài đặt cho cán bộ.` };
  if (warnings > 0)
    return { severity: "warn", text: `Đạt, có ${warnings} lưu ý: bổ trợ chạy được, nên sửa các lưu ý.` };
  return { severity: "ok", text: "Đạt: máy chủ sẵn sàng, có thể giao manifest.xml để cài đặt." };
}
