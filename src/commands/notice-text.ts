/** Where a notice's text travels: `notice.html?text=…`. */
export const NOTICE_PARAM = "text";

/** The longest text a notice shows: a dialog URL must stay well under the 2 048 characters browsers accept. */
export const NOTICE_MAX_LENGTH = 600;

export function noticeUrl(pageUrl: string, text: string): string {
  const url = new URL("notice.html", pageUrl);
  url.searchParams.set(NOTICE_PARAM, text.slice(0, NOTICE_MAX_LENGTH));
  return url.href;
}

export function noticeText(search: string): string {
  return new URLSearchParams(search).get(NOTICE_PARAM) ?? "";
}
