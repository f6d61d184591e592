/** The report date every measurement uses, as the sync-count tests do, and the engine's options with it. */
export const TODAY = "2024-07-05";
export const OPTIONS = { today: TODAY, locale: "vi" as const };
