import { parentPort } from "node:worker_threads";
import { runJob, type Job } from "./job";

/**
 * A worker thread of the batch: takes one Job at a time and posts back its FileResult (the summary's rows and the
 * findings, never the whole Evaluation). Loaded through workerBoot.js, which teaches the thread TypeScript.
 */
if (!parentPort) throw new Error("worker.ts runs only as a worker thread (see pool.ts)");
const port = parentPort;
port.on("message", (job: Job) => {
  void runJob(job).then((result) => port.postMessage({ index: job.index, result }));
});
