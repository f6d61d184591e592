/**
 * check.html: the administrator opens it at the add-in's address before handing out manifest.xml. It fetches the
 * manifest beside it, every file the manifest names and the scripts and styles those pages load, and lists in
 * Vietnamese what is wrong. Same-origin fetches only (the page's CSP allows connect-src 'self').
 */
import {
  type Answer,
  answerFindings,
  type Finding,
  fileUrl,
  foreignFinding,
  foreignUrls,
  httpsFinding,
  manifestUrls,
  relativeName,
  unreachableFinding,
  verdict,
} from "./host-check";

const MANIFEST = "manifest.xml";

async function fetchAnswer(url: string): Promise<(Answer & { text: () => Promise<string> }) | null> {
  try {
    const response = await fetch(url, { cache: "no-store", credentials: "same-origin" });
    return {
      status: response.status,
      contentType: response.headers.get("Content-Type"),
      cacheControl: response.headers.get("Cache-Control"),
      text: () => response.text(),
    };
  } catch {
    return null;
  }
}

/** Scripts and stylesheets a page loads from this host (office.js comes from Microsoft's CDN and is not ours). */
function pageResources(html: string, pageUrl: string, base: string): string[] {
  const page = new DOMParser().parseFromString(html, "text/html");
  const refs = [
    ...Array.from(page.querySelectorAll("script[src]"), (s) => s.getAttribute("src") ?? ""),
    ...Array.from(
      page.querySelectorAll("link[rel~='stylesheet'][href]"),
      (l) => l.getAttribute("href") ?? "",
    ),
    ...Array.from(page.querySelectorAll("img[src]"), (i) => i.getAttribute("src") ?? ""),
  ];
  return refs
    .filter((ref) => ref !== "")
    .map((ref) => fileUrl(new URL(ref, pageUrl).href))
    .filter((url) => url.startsWith(base));
}

async function runChecks(base: string): Promise<Finding[]> {
  const findings: Finding[] = [httpsFinding(location.protocol, base)];
  const manifestUrl = new URL(MANIFEST, base).href;
  const manifestAnswer = await fetchAnswer(manifestUrl);
  if (manifestAnswer === null) return [...findings, unreachableFinding(MANIFEST)];
  const manifestFindings = answerFindings(manifestUrl, MANIFEST, manifestAnswer);
  findings.push(...manifestFindings);
  if (manifestAnswer.status !== 200) return findings;

  const manifest = new DOMParser().parseFromString(await manifestAnswer.text(), "application/xml");
  if (manifest.getElementsByTagName("parsererror").length > 0) {
    return [
      ...findings,
      { severity: "error", text: `${MANIFEST} không phải XML hợp lệ: hãy chép lại tệp từ gói phát hành.` },
    ];
  }
  const named = manifestUrls(manifest);
  const foreign = foreignUrls(named, base);
  if (foreign.length > 0) findings.push(foreignFinding(foreign, MANIFEST, base));
  if (foreign.length === 0) {
    findings.push({
      severity: "ok",
      text: `Mọi địa chỉ trong ${MANIFEST} (${named.length}) trỏ tới máy chủ này.`,
    });
  }

  const queue = [...new Set(named.map(({ url }) => fileUrl(url)).filter((url) => url.startsWith(base)))];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const url = queue.shift()!;
    const name = relativeName(url, base);
    const answer = await fetchAnswer(url);
    if (answer === null) {
      findings.push(unreachableFinding(name));
      continue;
    }
    findings.push(...answerFindings(url, name, answer));
    if (answer.status === 200 && /\.html$/i.test(new URL(url).pathname)) {
      for (const resource of pageResources(await answer.text(), url, base)) {
        if (!seen.has(resource)) {
          seen.add(resource);
          queue.push(resource);
        }
      }
    }
  }
  return findings;
}

const MARK: Record<Finding["severity"], string> = { ok: "✓", warn: "!", error: "✗" };

function item(finding: Finding): HTMLLIElement {
  const li = document.createElement("li");
  li.className = `result result-${finding.severity}`;
  li.dataset.severity = finding.severity;
  const mark = document.createElement("span");
  mark.className = "mark";
  mark.setAttribute("aria-hidden", "true");
  mark.textContent = MARK[finding.severity];
  li.append(mark, finding.text);
  return li;
}

async function main(): Promise<void> {
  const root = document.getElementById("check")!;
  const verdictLine = document.getElementById("verdict")!;
  const list = document.getElementById("results")!;
  const base = new URL(".", location.href).href;
  let findings: Finding[];
  try {
    findings = await runChecks(base);
  } catch (error) {
    findings = [{ severity: "error", text: `Lỗi không mong đợi khi kiểm tra: ${String(error)}` }];
  }
  // Problems first: the administrator reads what to fix before the list of what is fine.
  const order: Finding["severity"][] = ["error", "warn", "ok"];
  list.replaceChildren(...order.flatMap((s) => findings.filter((f) => f.severity === s)).map(item));
  const summary = verdict(findings);
  verdictLine.textContent = summary.text;
  verdictLine.dataset.state = summary.severity;
  root.setAttribute("aria-busy", "false");
}

void main();
