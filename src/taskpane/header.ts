import { type CampaignSettings, formatDayMonthYear, type IsoDate, type Locale } from "../engine";
import { campaignMilestones } from "./countdown";
import { el, replaceContent } from "./dom";
import { icon } from "./icons";
import type { Strings } from "./strings";

/** The campaign header: year and theme, then the countdowns to 1/6, 30/6 and the report deadline. */
export function renderHeader(
  header: HTMLElement,
  settings: CampaignSettings,
  today: IsoDate,
  locale: Locale,
  strings: Strings,
): void {
  const milestones = campaignMilestones(settings, today, locale, strings).map((milestone) => {
    // A missed report deadline is news, not history: stressed in the error colour, not greyed out.
    const overdue = milestone.key === "deadline" && milestone.days < 0;
    const state = overdue ? " milestone-overdue" : milestone.days < 0 ? " milestone-past" : "";
    return el(
      "li",
      {
        class: `milestone${state}`,
        "data-milestone": milestone.key,
        "data-days": milestone.days,
      },
      [
        el("span", { class: "milestone-name" }, [
          `${strings.milestone[milestone.key]} ${formatDayMonthYear(milestone.date)}`,
        ]),
        el("span", { class: "milestone-countdown" }, [
          ...(overdue ? [icon("warning", "icon milestone-icon")] : []),
          milestone.text,
        ]),
      ],
    );
  });
  replaceContent(header, [
    el("h1", { id: "campaign-title" }, [strings.title(settings.year)]),
    el("p", { class: "campaign-theme" }, [
      el("span", { class: "label" }, [`${strings.themeLabel}: `]),
      el("span", { id: "campaign-theme" }, [settings.theme]),
    ]),
    el("ul", { class: "milestones", "aria-label": strings.milestonesLabel }, milestones),
  ]);
}
