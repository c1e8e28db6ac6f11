import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { fixed } from "../core/decimal";
import { evaluateGrids } from "../core/evaluate";
import type { Evaluation } from "../core/model/evaluation";
import { toJson } from "../core/output/json";
import { WorkbookInputError } from "../core/read/inputError";
import { WorkbookReadError, WorkbookWriteError } from "../hosts/xlsx/errors";
import { readWorkbookBuffer } from "../hosts/xlsx/readGrids";
import { readWorkbookBytes } from "../hosts/xlsx/readFile";
import { saveFile } from "../hosts/xlsx/saveFile";
import { parseArgs, USAGE, UsageError } from "./args";
import type { ProgressStream } from "./batch/progress";
import { commandFolder, located, notFoundMessage, writtenAt } from "./paths";
import { inputNamedBy } from "./sameFile";
import { formatSummary } from "./summary";

type Print = (s: string) => void;

/**
 * Exit status of template.md: 0 evaluated, 1 the file cannot be evaluated (in a batch: any file), 2 usage. A batch's
 * progress goes to `progress` (the terminal's stderr); without one, as plain lines through `err`.
 */
export async function run(argv: readonly string[], out: Print, err: Print, progress?: ProgressStream, folder = commandFolder(process.env, process.cwd())): Promise<number> {
  let command;
  // Every path as the reviewer typed it, made absolute against the folder the command was typed in.
  const at = (typed: string) => located(folder, typed);
  try {
    command = parseArgs(argv);
    if (command.kind === "evaluate" && command.out && at(command.out) === at(command.file)) {
      throw new UsageError("--out 不能是输入文件本身：本工具从不修改输入文件，请换一个文件名。");
    }
    if (command.kind === "evaluate" && command.docx && command.out && at(command.docx) === at(command.out)) {
      throw new UsageError("--docx 与 --out 不能是同一个文件，请换一个文件名。");
    }
    const summary = command.kind === "batch" ? at(command.summary) : null;
    if (command.kind === "batch" && command.inputs.some((input) => at(input) === summary)) {
      throw new UsageError("--summary 不能是输入文件本身：本工具从不修改输入文件，请换一个文件名。");
    }
    if (command.kind === "evaluate" && (await isFolder(at(command.file)))) {
      throw new UsageError(`“${command.file}”是一个文件夹。要批量评分请加 --summary 汇总.xlsx，如：npm run --silent evaluate -- ${command.file} --summary 汇总.xlsx`);
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
  // The same file under another name: a symbolic or hard link, or a case variant on a case-insensitive file system.
  const target = command.kind === "evaluate" ? command.out : command.kind === "batch" ? command.summary : undefined;
  const inputs = command.kind === "evaluate" ? [command.file] : command.kind === "batch" ? command.inputs : [];
  const hit = target === undefined ? undefined : await inputNamedBy(at(target), inputs.map(at));
  const named = hit === undefined ? undefined : (inputs.find((typed) => at(typed) === hit) ?? hit);
  if (target !== undefined && named !== undefined) {
    err(`${command.kind === "batch" ? "--summary" : "--out"}“${target}”与输入文件“${named}”是同一个文件（链接或仅大小写不同的文件名），本工具从不修改输入文件，请换一个文件名。`);
    return 2;
  }
  // The writers are loaded only by the commands that write: an evaluation without --out starts without them.
  if (command.kind === "batch") {
    const { runBatch } = await import("./batch/run");
    return runBatch({ ...command, folder }, out, err, progress ?? { write: (s) => err(String(s).replace(/\n$/, "")) });
  }
  try {
    if (command.kind === "template") {
      const { writeTemplateFile } = await import("../hosts/xlsx/templateFile");
      await writeTemplateFile(at(command.file));
      out(`已生成空白标准工作簿：${writtenAt(command.file, folder)}`);
      return 0;
    }
    const bytes = await readInput(command.file, folder);
    const options = { rules: command.rules, reverseRule: command.reverseRule, unitScore: command.unitScore };
    const evaluation = evaluateGrids(await readWorkbookBuffer(bytes, basename(command.file)), options);
    const written = command.out ? await writeReport(bytes, evaluation, at(command.out)) : null;
    const document = command.docx ? await writeDocument(evaluation, at(command.docx)) : null;
    if (command.json) out(JSON.stringify({ ...toJson(evaluation), ...(written ? { report: written } : {}), ...(document ? { document } : {}) }, null, 2));
    else {
      out(formatSummary(evaluation));
      if (written) out(`\n${reportLine(evaluation, written)}`);
      if (document) out(`${written ? "" : "\n"}Word 绩效自评工作报告已写入 ${document.path}`);
    }
    if (written?.kept) err(`注意：${written.kept.note}`);
    if (written?.standalone) err(`注意：${written.reasons.join("；")}（${written.path}）；原文件未作改动。`);
    return 0;
  } catch (e) {
    if (e instanceof WorkbookInputError || e instanceof WorkbookReadError || e instanceof WorkbookWriteError || e instanceof InputNotFound) {
      err(e.message);
      return 1;
    }
    // Anything else is our fault, but the accountant still gets one line, not a stack trace.
    err(`处理“${"file" in command ? command.file : ""}”时出现内部错误：${e instanceof Error ? e.message : String(e)}。请将该文件和此信息反馈给开发者。`);
    return 1;
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** The input's bytes; a path that names nothing says where it was looked for, which a relative path makes the question. */
async function readInput(typed: string, folder: string): Promise<Uint8Array> {
  try {
    return await readWorkbookBytes(located(folder, typed));
  } catch (e) {
    if (e instanceof WorkbookReadError && e.problem === "not-found") throw new InputNotFound(notFoundMessage(typed, folder));
    throw e;
  }
}

/** A missing input, said with where it was looked for (src/cli/paths.ts). */
class InputNotFound extends Error {}

interface Written {
  path: string;
  sheet: string;
  standalone: boolean;
  reasons: string[];
  kept?: { sheet: string; note: string };
}

async function writeReport(input: Uint8Array, ev: Evaluation, path: string): Promise<Written> {
  const [{ buildReportWorkbook }, { nativeDeflater }] = await Promise.all([import("../hosts/xlsx/writeReport"), import("../hosts/xlsx/nativeDeflate")]);
  const report = await buildReportWorkbook(input, ev, nativeDeflater);
  if (extname(path).toLowerCase() !== report.extension) throw new WrongExtensionError(path, report.extension);
  await saveFile(path, report.data);
  return { path, sheet: report.sheetName, standalone: report.standalone, reasons: report.reasons, ...(report.kept ? { kept: report.kept } : {}) };
}

/** The Word report beside (or instead of) the workbook: the same figures, texts and findings. Loaded only when asked. */
async function writeDocument(ev: Evaluation, path: string): Promise<{ path: string }> {
  const [{ buildDocumentPlan }, { renderDocx }] = await Promise.all([import("../core/report/document/buildDocument"), import("../hosts/docx/renderDocx")]);
  await saveFile(path, await renderDocx(buildDocumentPlan(ev)));
  return { path };
}

/** Excel refuses a file whose extension does not match its content: an .xlsm's copy must be called .xlsm. */
class WrongExtensionError extends WorkbookWriteError {
  constructor(path: string, extension: string) {
    super(path);
    this.message = `无法写入“${path}”：输入工作簿${extension === ".xlsm" || extension === ".xltm" ? "含宏" : "是模板"}，带报告的副本须以 ${extension} 为扩展名（Excel 不打开扩展名与内容不符的文件），请改为“${path.replace(/\.[^./\\]*$/, "")}${extension}”。`;
  }
}

function reportLine(ev: Evaluation, w: Written): string {
  const scores = ev.units.map((u) => `${ev.units.length > 1 ? `${u.name} ` : ""}${fixed(u.score)}分（${u.grade}）`).join("，");
  return `自评报告已写入 ${w.path}（工作表“${w.sheet}”）：自评总分 ${scores}`;
}

/** The process's way in: scripts/cli/run.js calls it on the compiled bundle, tsx on this file. */
export function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  return run(
    argv,
    (s) => process.stdout.write(s + "\n"),
    (s) => process.stderr.write(s + "\n"),
    process.stderr,
  ).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) void main();
