import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { fixed } from "../core/decimal";
import { evaluateGrids } from "../core/evaluate";
import type { Evaluation } from "../core/model/evaluation";
import { toJson } from "../core/output/json";
import { buildDocumentPlan } from "../core/report/document/buildDocument";
import { renderDocx } from "../hosts/docx/renderDocx";
import { WorkbookInputError } from "../core/read/inputError";
import { WorkbookReadError, WorkbookWriteError } from "../hosts/xlsx";
import { readWorkbookBuffer } from "../hosts/xlsx/readGrids";
import { readWorkbookBytes } from "../hosts/xlsx/readFile";
import { buildReportWorkbook } from "../hosts/xlsx/writeReport";
import { writeTemplateFile } from "../hosts/xlsx/writeTemplate";
import { parseArgs, USAGE, UsageError } from "./args";
import { runBatch } from "./batch/run";
import type { ProgressStream } from "./batch/progress";
import { formatSummary } from "./summary";

type Print = (s: string) => void;

/**
 * Exit status of template.md: 0 evaluated, 1 the file cannot be evaluated (in a batch: any file), 2 usage. A batch's
 * progress goes to `progress` (the terminal's stderr); without one, as plain lines through `err`.
 */
export async function run(argv: readonly string[], out: Print, err: Print, progress?: ProgressStream): Promise<number> {
  let command;
  try {
    command = parseArgs(argv);
    if (command.kind === "evaluate" && command.out && resolve(command.out) === resolve(command.file)) {
      throw new UsageError("--out 不能是输入文件本身：本工具从不修改输入文件，请换一个文件名。");
    }
    if (command.kind === "evaluate" && command.docx && command.out && resolve(command.docx) === resolve(command.out)) {
      throw new UsageError("--docx 与 --out 不能是同一个文件，请换一个文件名。");
    }
    const summary = command.kind === "batch" ? resolve(command.summary) : null;
    if (command.kind === "batch" && command.inputs.some((input) => resolve(input) === summary)) {
      throw new UsageError("--summary 不能是输入文件本身：本工具从不修改输入文件，请换一个文件名。");
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (command.kind === "help") {
    out(USAGE);
    return 0;
  }
  if (command.kind === "batch") return runBatch(command, out, err, progress ?? { write: (s) => err(String(s).replace(/\n$/, "")) });
  try {
    if (command.kind === "template") {
      await writeTemplateFile(command.file);
      out(`已生成空白标准工作簿：${command.file}`);
      return 0;
    }
    const bytes = await readWorkbookBytes(command.file);
    const evaluation = evaluateGrids(await readWorkbookBuffer(bytes, basename(command.file)), { rules: command.rules, reverseRule: command.reverseRule });
    const written = command.out ? await writeReport(bytes, evaluation, command.out) : null;
    const document = command.docx ? await writeDocument(evaluation, command.docx) : null;
    if (command.json) out(JSON.stringify({ ...toJson(evaluation), ...(written ? { report: written } : {}), ...(document ? { document } : {}) }, null, 2));
    else {
      out(formatSummary(evaluation));
      if (written) out(`\n${reportLine(evaluation, written)}`);
      if (document) out(`${written ? "" : "\n"}Word 绩效自评工作报告已写入 ${document.path}`);
    }
    if (written?.kept) err(`注意：${written.kept.note}`);
    if (written?.standalone) err(`注意：${written.reasons.join("、")}无法原样复制到新工作簿，“${written.sheet}”已另存为独立工作簿 ${written.path}；原文件未作改动。`);
    return 0;
  } catch (e) {
    if (e instanceof WorkbookInputError || e instanceof WorkbookReadError || e instanceof WorkbookWriteError) {
      err(e.message);
      return 1;
    }
    // Anything else is our fault, but the accountant still gets one line, not a stack trace.
    err(`处理“${"file" in command ? command.file : ""}”时出现内部错误：${e instanceof Error ? e.message : String(e)}。请将该文件和此信息反馈给开发者。`);
    return 1;
  }
}

interface Written {
  path: string;
  sheet: string;
  standalone: boolean;
  reasons: string[];
  kept?: { sheet: string; note: string };
}

async function writeReport(input: Uint8Array, ev: Evaluation, path: string): Promise<Written> {
  const report = await buildReportWorkbook(input, ev);
  try {
    await mkdir(dirname(resolve(path)), { recursive: true });
    await writeFile(path, report.data);
  } catch (cause) {
    throw new WorkbookWriteError(path, cause);
  }
  return { path, sheet: report.sheetName, standalone: report.standalone, reasons: report.reasons, ...(report.kept ? { kept: report.kept } : {}) };
}

/** The Word report beside (or instead of) the workbook: the same figures, texts and findings. */
async function writeDocument(ev: Evaluation, path: string): Promise<{ path: string }> {
  const data = await renderDocx(buildDocumentPlan(ev));
  try {
    await mkdir(dirname(resolve(path)), { recursive: true });
    await writeFile(path, data);
  } catch (cause) {
    throw new WorkbookWriteError(path, cause);
  }
  return { path };
}

function reportLine(ev: Evaluation, w: Written): string {
  const scores = ev.units.map((u) => `${ev.units.length > 1 ? `${u.name} ` : ""}${fixed(u.score)}分（${u.grade}）`).join("，");
  return `自评报告已写入 ${w.path}（工作表“${w.sheet}”）：自评总分 ${scores}`;
}

if (require.main === module) {
  run(
    process.argv.slice(2),
    (s) => process.stdout.write(s + "\n"),
    (s) => process.stderr.write(s + "\n"),
    process.stderr,
  ).then((code) => {
    process.exitCode = code;
  });
}
