import { stat } from "node:fs/promises";
import { dirname, relative, sep } from "node:path";
import { findingsPlan } from "../../core/batch/findingsPlan";
import { isSkipped, type FileResult } from "../../core/batch/result";
import { skippedLine, summaryPlan } from "../../core/batch/summaryPlan";
import type { ProfileId, ReverseRule, UnitScoreMethod } from "../../core/settings";
import { WorkbookWriteError } from "../../hosts/xlsx/errors";
import { saveFile } from "../../hosts/xlsx/saveFile";
import { buildSummaryWorkbook } from "../../hosts/xlsx/writeSummary";
import { displayName, displayRoot, located, notFoundMessage, writtenAt } from "../paths";
import { collectInputs } from "./collect";
import type { Job } from "./job";
import { runPool, threadCount } from "./pool";
import { createProgress, formatDuration, type ProgressStream } from "./progress";
import { reportPaths } from "./reportPath";

export interface BatchCommand {
  /** Files and folders as typed. */
  inputs: string[];
  /** The summary's path as typed. */
  summary: string;
  rules?: ProfileId;
  reverseRule?: ReverseRule;
  unitScore?: UnitScoreMethod;
  workers?: number;
  /** The folder the command was typed in, which relative paths start from (src/cli/paths.ts); the process's by default. */
  folder?: string;
}

type Print = (s: string) => void;

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * evaluate -- <files or folders…> --summary <summary.xlsx>: every file evaluated and its report written beside the
 * summary, a bad file listed with its error while the rest go on. Exit status 1 when any file failed, else 0.
 */
export async function runBatch(command: BatchCommand, out: Print, err: Print, progressStream: ProgressStream): Promise<number> {
  const started = Date.now();
  const folder = command.folder ?? process.cwd();
  const inputs = command.inputs.map((typed) => ({ typed, path: located(folder, typed) }));
  const summary = located(folder, command.summary);
  const { files, missing, skipped: walkedPast } = await collectInputs(inputs.map((i) => i.path), [summary]);
  const typedAs = new Map(inputs.map((i) => [i.path, i.typed]));
  const root = displayRoot(await Promise.all(inputs.filter((i) => !missing.includes(i.path)).map(async (i) => ({ path: i.path, isFolder: await isFolder(i.path) }))));
  const nameOf = (file: string) => displayName(root, file);
  const skipped = walkedPast.map((s) => ({ file: nameOf(s.file), reason: s.reason }));
  if (files.length === 0 && missing.length === 0) {
    err(`在“${command.inputs.join("”、“")}”中没有找到要评分的文件${skipped.length ? `（${skippedLine(skipped)}）` : ""}；请检查文件夹。`);
    return 1;
  }
  const reports = reportPaths(files, summary);
  const jobs: Job[] = files.map((file, index) => ({
    index, file, name: nameOf(file), report: reports[index], rules: command.rules, reverseRule: command.reverseRule, unitScore: command.unitScore,
  }));
  const threads = threadCount(jobs.length, command.workers);

  const progress = createProgress(progressStream, files.length + missing.length);
  const notFound = missing.map((path): FileResult => {
    const typed = typedAs.get(path) ?? path;
    return { ok: false, file: typed, error: notFoundMessage(typed, folder) };
  });
  for (const r of notFound) progress.done(r.file, { failed: !r.ok ? r.error : undefined });
  const evaluated = await runPool(jobs, threads, {
    onStart: (job) => progress.start(job.name ?? job.file),
    onDone: (job, r) => progress.done(job.name ?? job.file, isSkipped(r) ? { skipped: r.reason } : r.ok ? {} : { failed: r.error }),
  });
  progress.finish();

  for (const r of evaluated) if (isSkipped(r)) skipped.push({ file: r.file, reason: r.reason });
  const results: FileResult[] = [...notFound, ...evaluated.filter((r): r is FileResult => !isSkipped(r))];
  const summaryDir = dirname(summary);
  const linkOf = (report: string) => relative(summaryDir, report).split(sep).join("/");
  const options = { linkOf, unitScore: command.unitScore, skipped };
  try {
    const data = await buildSummaryWorkbook([summaryPlan(results, options), findingsPlan(results, options)]);
    await saveFile(summary, data);
  } catch (cause) {
    err(new WorkbookWriteError(command.summary, cause).message);
    return 1;
  }

  const failed = results.filter((r) => !r.ok).length;
  const threadsText = threads > 1 ? `${threads} 个线程` : "单线程";
  out(`已处理 ${results.length} 个文件：${results.length - failed} 个已评分，${failed} 个无法评分（${threadsText}，用时 ${formatDuration(Date.now() - started)}）。`);
  if (skipped.length) out(`${skippedLine(skipped)}。`);
  out(`汇总表已写入 ${writtenAt(command.summary, folder)}；各自评报告在 ${summaryDir}。`);
  return failed > 0 ? 1 : 0;
}
