import { basename } from "node:path";
import { summariseEvaluation, type JobResult } from "../../core/batch/result";
import { isBatchSummary } from "../../core/batch/summaryPlan";
import { evaluateModel } from "../../core/evaluate";
import { WorkbookInputError } from "../../core/read/inputError";
import { readWorkbook } from "../../core/read/readWorkbook";
import type { ProfileId, ReverseRule, UnitScoreMethod } from "../../core/settings";
import { WorkbookReadError, WorkbookWriteError } from "../../hosts/xlsx/errors";
import { readWorkbookBytes } from "../../hosts/xlsx/readFile";
import { saveFile } from "../../hosts/xlsx/saveFile";
import { readWorkbookBuffer } from "../../hosts/xlsx/readGrids";
import { nativeDeflater } from "../../hosts/xlsx/nativeDeflate";
import { buildReportWorkbook } from "../../hosts/xlsx/writeReport";

/** One file's work, as plain data, so it can cross to a worker thread. */
export interface Job {
  /** Position in the batch, so results arriving out of order go back in place. */
  index: number;
  /** The absolute path read. */
  file: string;
  /** The file as the summary and the progress name it: relative to the folder given (src/cli/paths.ts). */
  name?: string;
  report: string;
  rules?: ProfileId;
  reverseRule?: ReverseRule;
  unitScore?: UnitScoreMethod;
}

/**
 * Reads, evaluates and writes the report of one workbook, and says how it went. Never throws: a bad file is a result,
 * carrying the same Chinese line the single-file command prints, so the batch goes on.
 */
export async function runJob(job: Job): Promise<JobResult> {
  const shown = job.name ?? job.file;
  try {
    let bytes: Uint8Array | null = await readWorkbookBytes(job.file);
    const grids = await readWorkbookBuffer(bytes, basename(job.file));
    if (isBatchSummary(grids)) return { ok: false, skipped: true, file: shown, reason: "本工具生成的批量评分汇总表" };
    // The model is kept beside the evaluation for the 总分 rows the accountant wrote (the summary's self-score).
    const model = readWorkbook(grids);
    const evaluation = evaluateModel(model, { rules: job.rules, reverseRule: job.reverseRule, unitScore: job.unitScore });
    const report = await buildReportWorkbook(bytes, evaluation, nativeDeflater);
    bytes = null;
    await saveFile(job.report, report.data);
    return summariseEvaluation(shown, evaluation, model.claimedTotals, { path: job.report, sheet: report.sheetName, standalone: report.standalone });
  } catch (e) {
    return { ok: false, file: shown, error: failureMessage(shown, e) };
  }
}

/** As src/cli/main.ts says it for one file. */
export function failureMessage(file: string, e: unknown): string {
  if (e instanceof WorkbookInputError || e instanceof WorkbookReadError || e instanceof WorkbookWriteError) return e.message;
  return `处理“${file}”时出现内部错误：${e instanceof Error ? e.message : String(e)}。请将该文件和此信息反馈给开发者。`;
}
