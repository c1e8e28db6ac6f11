import { dirname, relative, resolve, sep } from "node:path";
import { isSkipped, type FileResult } from "../../core/batch/result";
import { findingsSheet, summarySheet } from "../../core/batch/summaryPlan";
import type { ProfileId, ReverseRule } from "../../core/settings";
import { WorkbookReadError, WorkbookWriteError } from "../../hosts/xlsx/errors";
import { saveFile } from "../../hosts/xlsx/saveFile";
import { buildSummaryWorkbook } from "../../hosts/xlsx/writeSummary";
import { collectInputs } from "./collect";
import type { Job } from "./job";
import { runPool, threadCount } from "./pool";
import { createProgress, formatDuration, type ProgressStream } from "./progress";
import { reportPaths } from "./reportPath";

export interface BatchCommand {
  inputs: string[];
  summary: string;
  rules?: ProfileId;
  reverseRule?: ReverseRule;
  workers?: number;
}

type Print = (s: string) => void;

/**
 * evaluate -- <files or folders…> --summary <summary.xlsx>: every workbook evaluated and its report written beside the
 * summary, a bad file listed with its error while the rest go on. Exit status 1 when any file failed, else 0.
 */
export async function runBatch(command: BatchCommand, out: Print, err: Print, progressStream: ProgressStream): Promise<number> {
  const started = Date.now();
  const { files, missing } = await collectInputs(command.inputs, [command.summary]);
  if (files.length === 0 && missing.length === 0) {
    err(`在“${command.inputs.join("”、“")}”中没有找到 .xlsx 工作簿（已跳过 ~$ 开头的临时文件和“-自评报告.xlsx”）；请检查文件夹。`);
    return 1;
  }
  const reports = reportPaths(files, command.summary);
  const jobs: Job[] = files.map((file, index) => ({ index, file, report: reports[index], rules: command.rules, reverseRule: command.reverseRule }));
  const threads = threadCount(jobs.length, command.workers);

  const progress = createProgress(progressStream, files.length + missing.length);
  const notFound = missing.map((file): FileResult => ({ ok: false, file, error: new WorkbookReadError("not-found", file).message }));
  for (const r of notFound) progress.done(r.file, { failed: !r.ok ? r.error : undefined });
  const evaluated = await runPool(jobs, threads, {
    onStart: (job) => progress.start(job.file),
    onDone: (job, r) => progress.done(job.file, isSkipped(r) ? { skipped: r.reason } : r.ok ? {} : { failed: r.error }),
  });
  progress.finish();

  const results: FileResult[] = [...notFound, ...evaluated.filter((r): r is FileResult => !isSkipped(r))];
  const summaryDir = dirname(resolve(command.summary));
  const linkOf = (report: string) => relative(summaryDir, resolve(report)).split(sep).join("/");
  try {
    const data = await buildSummaryWorkbook([summarySheet(results, { linkOf }), findingsSheet(results, { linkOf })]);
    await saveFile(command.summary, data);
  } catch (cause) {
    err(new WorkbookWriteError(command.summary, cause).message);
    return 1;
  }

  const failed = results.filter((r) => !r.ok).length;
  const threadsText = threads > 1 ? `${threads} 个线程` : "单线程";
  const skipped = evaluated.length - (results.length - notFound.length);
  out(`已处理 ${results.length} 个工作簿：${results.length - failed} 个已评分，${failed} 个无法评分${skipped ? `，另跳过 ${skipped} 个汇总表` : ""}（${threadsText}，用时 ${formatDuration(Date.now() - started)}）。`);
  out(`汇总表已写入 ${command.summary}；各自评报告在 ${summaryDir}。`);
  return failed > 0 ? 1 : 0;
}
