/**
 * One-click evaluation inside Excel: read every sheet (one sync), evaluate in the core, write the 自评报告 plan (one
 * sync, more only past Excel on the web's 5 MB request limit). Only the report sheet is written.
 */
import { evaluateGrids } from "../../core/evaluate";
import { overallOf } from "../../core/overall";
import { buildReportPlan } from "../../core/report/buildReport";
import { reportSheetName } from "../../core/report/marker";
import type { EvaluateRequest, EvaluationOutcome, EvaluationStep } from "../host";
import { toHostError } from "./errors";
import type { ExcelFeatures } from "./features";
import { keepIfEdited } from "./keepEdited";
import { readSheets } from "./readSheets";
import { writePlan } from "./writePlan";

const STEP_START: Record<EvaluationStep, number> = { read: 0, evaluate: 0.4, write: 0.6 };

export async function evaluateInContext(context: Excel.RequestContext, request: EvaluateRequest, features: ExcelFeatures): Promise<EvaluationOutcome> {
  const progress = (step: EvaluationStep, fraction = STEP_START[step]) => request.onProgress?.({ step, fraction });

  progress("read");
  let read;
  try {
    read = await readSheets(context, features);
  } catch (e) {
    throw toHostError(e, { action: "读取工作簿" });
  }

  progress("evaluate");
  let evaluation;
  try {
    evaluation = evaluateGrids({ fileName: read.fileName, sheets: read.sheets }, { rules: request.rules });
  } catch (e) {
    throw toHostError(e, { action: "评分" });
  }

  progress("write");
  const reportSheet = reportSheetName(read.existing);
  const plan = buildReportPlan(evaluation, reportSheet);
  let written;
  let kept = null;
  try {
    kept = read.existing.get(reportSheet) ? await keepIfEdited(context, reportSheet, read.existing.keys()) : null;
    written = await writePlan(context, plan, read.existing.get(reportSheet) && !kept ? "reuse" : "add", features);
  } catch (e) {
    throw toHostError(e, { action: "写入评价报告", sheet: reportSheet });
  }
  progress("write", 1);

  const notes = [...read.notes];
  if (kept) notes.push(kept.note);
  if (written.chunks.length > 1) notes.push(`报告内容较多，已分 ${written.chunks.length} 次写入（网页版 Excel 每次最多提交 5 MB）。`);
  if (!features.api19) notes.push("当前 Excel 不支持 ExcelApi 1.9，报告未设置打印格式（A4 纸、页脚页码、重复标题行），打印前请在“页面布局”中设置。");
  return { evaluation, overall: overallOf(evaluation), reportSheet, notes };
}
