import { type CampaignSettings, formatDayMonthYear, type IsoDate, type Locale } from "../engine";
import { campaignMilestones } from "./countdown";
import { el, replaceContent } from "./dom";
import type { Strings } from "./strings";

/** The campaign header: year and theme, then the countdowns to 1/6, 30/6 and the report deadline. */
export function renderHeader(
  header: HTMLElement,
  settings: CampaignSettings,
  today: IsoDate,
  locale: Locale,
  strings: Strings,
): void {
  const milestones = campaignMilestones(settings, today, locale, strings).map((milestone) =>
    el(
      "li",
      {
        class: `milestone${milestone.days < 0 ? " milestone-past" : ""}`,
        "data-milestone": milestone.key,
        "data-days": milestone.days,
      },
      [
        el("span", { class: "milestone-name" }, [
          `${strings.milestone[milestone.key]} ${formatDayMonthYear(milestone.date)}`,
        ]),
        el("span", { class: "milestone-countdown" }, [milestone.text]),
      ],
    ),
  );
  replaceContent(header, [
    el("h1", { id: "campaign-title" }, [strings.title(settings.year)]),
    el("p", { class: "campaign-theme" }, [
      el("span", { class: "label" }, [`${strings.themeLabel}: `]),
      el("span", { id: "campaign-theme" }, [settings.theme]),
    ]),
    el("ul", { class: "milestones", "aria-label": strings.milestonesLabel }, milestones),
  ]);
}
