import { campaignMilestones, countdownText, daysUntil } from "../../src/taskpane/countdown";
import { stringsFor } from "../../src/taskpane/strings";

const vi = stringsFor("vi");
const en = stringsFor("en");

describe("countdowns in the header", () => {
  it("counts calendar days between ISO dates, across months and years", () => {
    expect(daysUntil("2024-05-20", "2024-06-01")).toBe(12);
    expect(daysUntil("2024-06-01", "2024-06-01")).toBe(0);
    expect(daysUntil("2024-07-25", "2024-07-22")).toBe(-3);
    expect(daysUntil("2023-12-31", "2024-06-01")).toBe(153);
  });

  it("words the distance in Vietnamese with date-fns' vi locale", () => {
    expect(countdownText("2024-05-20", "2024-06-01", "vi", vi)).toBe("còn 12 ngày");
    expect(countdownText("2024-05-31", "2024-06-01", "vi", vi)).toBe("còn 1 ngày");
    expect(countdownText("2024-06-01", "2024-06-01", "vi", vi)).toBe("hôm nay");
    expect(countdownText("2024-07-25", "2024-07-22", "vi", vi)).toBe("đã qua 3 ngày");
  });

  it("words it in English otherwise", () => {
    expect(countdownText("2024-05-20", "2024-06-01", "en", en)).toBe("12 days left");
    expect(countdownText("2024-05-31", "2024-06-01", "en", en)).toBe("1 day left");
    expect(countdownText("2024-06-01", "2024-06-01", "en", en)).toBe("today");
    expect(countdownText("2024-07-21", "2024-07-20", "en", en)).toBe("1 day ago");
  });

  it("gives 1/6, 30/6 and the deadline, in that order", () => {
    const settings = { startDate: "2024-06-01", endDate: "2024-06-30", deadline: "2024-07-22" };
    expect(campaignMilestones(settings, "2024-06-10", "vi", vi)).toEqual([
      { key: "start", date: "2024-06-01", days: -9, text: "đã qua 9 ngày" },
      { key: "end", date: "2024-06-30", days: 20, text: "còn 20 ngày" },
      { key: "deadline", date: "2024-07-22", days: 42, text: "còn 42 ngày" },
    ]);
  });
});
