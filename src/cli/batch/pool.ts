import os from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { JobResult } from "../../core/batch/result";
import { runJob, type Job } from "./job";

export interface PoolEvents {
  onStart?: (job: Job) => void;
  onDone?: (job: Job, result: JobResult) => void;
}

/**
 * Below this many files a batch runs in the main thread: a worker spends about a second loading tsx and ExcelJS
 * before its first file, which a handful of ordinary workbooks (a fraction of a second each) never wins back.
 */
export const MIN_FILES_FOR_THREADS = 4;

/** How many threads a batch uses: as asked, else one per core up to one per file, and one for few files or one core. */
export function threadCount(files: number, requested?: number, cores = os.availableParallelism()): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  if (files < MIN_FILES_FOR_THREADS || cores < 2) return 1;
  return Math.min(cores, files);
}

/**
 * Runs the jobs and returns their results in the jobs' order. One thread means the main thread, without workers;
 * more means that many worker threads, each taking the next file as soon as it is done with one.
 */
export async function runPool(jobs: readonly Job[], threads: number, events: PoolEvents = {}): Promise<JobResult[]> {
  return threads <= 1 ? runHere(jobs, events) : runThreads(jobs, threads, events);
}

async function runHere(jobs: readonly Job[], events: PoolEvents): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const job of jobs) {
    events.onStart?.(job);
    const result = await runJob(job);
    results[job.index] = result;
    events.onDone?.(job, result);
  }
  return results;
}

const WORKER_ENTRY = join(__dirname, "workerBoot.js");
/**
 * A worker's young generation: three semi-spaces of 32 MB, what the launcher gives a single large file's run
 * (scripts/cli/heapFlags.js). A worker lives for many files, large ones among them, whose grids, model and report
 * plan outlive the default 16 MB semi-spaces; on the bench's 50 small files it neither helps nor hurts.
 */
const YOUNG_GENERATION_MB = 96;

function runThreads(jobs: readonly Job[], threads: number, events: PoolEvents): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  const queue = [...jobs];
  let pending = jobs.length;
  return new Promise((resolveAll) => {
    if (pending === 0) return resolveAll(results);
    const finish = (job: Job, result: JobResult) => {
      results[job.index] = result;
      pending--;
      events.onDone?.(job, result);
      if (pending === 0) resolveAll(results);
    };

    const start = () => {
      const worker = new Worker(WORKER_ENTRY, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      let current: Job | null = null;
      const next = () => {
        current = queue.shift() ?? null;
        if (!current) return void worker.terminate();
        events.onStart?.(current);
        worker.postMessage(current);
      };
      worker.on("message", (m: { index: number; result: JobResult }) => {
        if (current && m.index === current.index) finish(current, m.result);
        next();
      });
      // A thread that dies (out of memory on one huge file, a crash in a library) fails its file, not the batch: the
      // file gets a row saying so and a fresh thread takes over the files still waiting.
      let failed = false;
      const died = (why: string) => {
        if (failed) return;
        failed = true;
        const job = current;
        current = null;
        if (job) finish(job, { ok: false, file: job.name ?? job.file, error: `处理“${job.name ?? job.file}”时评分线程异常退出（${why}），可能是文件过大、内存不足；请单独评分该文件，或将此信息反馈给开发者。` });
        if (queue.length) start();
      };
      worker.on("error", (e) => died(e instanceof Error ? e.message : String(e)));
      worker.on("exit", (code) => {
        if (current) died(`退出码 ${code}`);
      });
      next();
    };
    for (let i = 0; i < Math.min(threads, jobs.length); i++) start();
  });
}
