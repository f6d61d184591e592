import { promises as fs } from "node:fs";
import { parentPort } from "node:worker_threads";
import { readAgencyFile } from "./read-agency-file";
import type { AgencyJob } from "./read-agencies";

/** A worker thread of `consolidate`: reads the files it is sent, one at a time, and posts each reading back. */
parentPort?.on("message", (job: AgencyJob) => {
  void readAgencyFile(job, fs.readFile).then((reading) => parentPort?.postMessage(reading));
});
