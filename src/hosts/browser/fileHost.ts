import { evaluateGrids } from "../../core/evaluate";
import { overallOf } from "../../core/overall";
import { WorkbookInputError } from "../../core/read/inputError";
import { WorkbookReadError } from "../xlsx/errors";
import { HostError, type EvaluateRequest, type EvaluationOutcome, type FileHost, type PaneChoices } from "../host";
import { loadStoredChoices, saveStoredChoices } from "./choicesStore";
import { resultFileName, TEMPLATE_FILE_NAME } from "./fileNames";

type XlsxModule = typeof import("./xlsxModule");
type ReadModule = typeof import("./readModule");

export interface FileHostDeps {
  /** Loads the file reader; a dynamic import by default so it is fetched only in file mode. */
  loadReader?: () => Promise<ReadModule>;
  /** Loads ExcelJS and the writers; a dynamic import by default so it is fetched only when something is written. */
  loadXlsx?: () => Promise<XlsxModule>;
  storage?: Pick<Storage, "getItem" | "setItem">;
  /** The year the template is made for; the current year by default. */
  year?: () => number;
}

/**
 * The pane outside Excel: the user's .xlsx is read, evaluated and given back with its 自评报告 sheet, all inside the
 * page. The chosen bytes are only read, so the original file on disk is never changed.
 */
export function createFileHost(deps: FileHostDeps = {}): FileHost {
  const loadReader = deps.loadReader ?? (() => import(/* webpackChunkName: "read" */ "./readModule"));
  const loadXlsx = deps.loadXlsx ?? (() => import(/* webpackChunkName: "xlsx" */ "./xlsxModule"));
  const storage = deps.storage ?? (typeof localStorage === "undefined" ? undefined : localStorage);
  let file: { name: string; bytes: Uint8Array } | null = null;
  let result: { name: string; bytes: Uint8Array } | null = null;

  return {
    kind: "file",
    async loadChoices(): Promise<PaneChoices> {
      return loadStoredChoices(storage);
    },
    async saveChoices(choices: PaneChoices): Promise<void> {
      saveStoredChoices(storage, choices);
    },
    async openFile(chosen) {
      // Told apart by its bytes, not its name: an .xls, .ods, .csv, web page, zip or lock file each gets its own line.
      const reader = await loadModule(loadReader);
      await asHostError(async () => reader.checkWorkbookBytes(chosen.bytes, chosen.name));
      // A copy: the page keeps what was chosen even if the caller reuses its buffer.
      file = { name: chosen.name, bytes: new Uint8Array(chosen.bytes.slice(0)) };
      result = null;
    },
    fileName: () => file?.name ?? null,
    async evaluate(request: EvaluateRequest): Promise<EvaluationOutcome> {
      if (!file) throw new HostError("请先选择要评分的 .xlsx 文件。", "no-file");
      const chosen = file;
      const progress = request.onProgress ?? (() => undefined);
      progress({ step: "read", fraction: 0 });
      const reader = await loadModule(loadReader);
      const grids = await asHostError(() => reader.readWorkbookBuffer(chosen.bytes, chosen.name));
      progress({ step: "evaluate", fraction: 0.4 });
      const evaluation = await asHostError(async () => evaluateGrids(grids, { rules: request.rules }));
      progress({ step: "write", fraction: 0.7 });
      const xlsx = await loadModule(loadXlsx);
      const report = await asHostError(() => xlsx.buildReportWorkbook(chosen.bytes, evaluation));
      result = { name: resultFileName(chosen.name), bytes: report.data };
      progress({ step: "write", fraction: 1 });
      const notes = report.standalone
        ? [`自评报告另存为单独的工作簿（${report.reasons.join("；")}），原工作簿的内容不会丢失。`]
        : [];
      return { evaluation, overall: overallOf(evaluation), reportSheet: report.sheetName, notes };
    },
    async resultFile() {
      if (!result) throw new HostError("还没有评分结果：请先点“一键评分”。", "no-result");
      return result;
    },
    async templateFile() {
      const xlsx = await loadModule(loadXlsx);
      const year = (deps.year ?? (() => new Date().getFullYear()))();
      const wb = xlsx.buildTemplateWorkbook(year);
      const bytes = await asHostError(async () => new Uint8Array(await wb.xlsx.writeBuffer()));
      return { name: TEMPLATE_FILE_NAME, bytes };
    },
  };
}

async function loadModule<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (cause) {
    // The chunk lives next to the page; failing to fetch it means the page was served incompletely or went offline.
    throw new HostError("读取 Excel 文件所需的组件未能加载，请刷新页面后再试；如在内网使用，请联系管理员确认本页面的全部文件都已部署。", "chunk-load", cause);
  }
}

/** The gateway's and the core's errors already speak to the user; anything else is a fault of ours, said as such. */
async function asHostError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (cause) {
    if (cause instanceof HostError) throw cause;
    if (cause instanceof WorkbookInputError) throw new HostError(cause.message, "input", cause);
    if (cause instanceof WorkbookReadError) throw new HostError(cause.message, cause.problem, cause);
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new HostError(`处理文件时出错：${detail}。请把该文件和这条信息发给维护人员。`, "internal", cause);
  }
}
