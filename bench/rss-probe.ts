import { writeFileSync } from "node:fs";

/**
 * Preloaded (`node --require`) into the command line the bench times: at exit, writes the process's peak resident
 * set in kB (`process.resourceUsage().maxRSS`) to $BENCH_RSS_FILE. Works wherever node does, unlike /usr/bin/time.
 */
const target = process.env.BENCH_RSS_FILE;
if (target) process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
