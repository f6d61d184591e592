/** axe-core over the preview page, the pane's frame included, against WCAG 2.1 A and AA. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Results = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** One line per failing node: rule, impact, where, and axe's own summary of what to fix. */
export function describeViolations(violations: Results["violations"]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `- ${violation.id} (${violation.impact ?? "?"}): ${violation.help}\n    at ${node.target.join(" ")}\n    ${node.failureSummary?.replace(/\n/g, "\n    ") ?? ""}\n    html: ${node.html.slice(0, 200)}`,
      ),
    )
    .join("\n");
}

/** Fails with a readable list when the state named `state` has any WCAG 2.1 AA violation. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = describeViolations(results.violations);
  if (report !== "")
    throw new Error(`axe: ${results.violations.length} violation(s) in "${state}":\n${report}`);
}
