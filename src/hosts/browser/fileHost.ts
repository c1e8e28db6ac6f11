import { evaluateGrids } from "../../core/evaluate";
import { overallOf } from "../../core/overall";
import { WorkbookInputError } from "../../core/read/inputError";
import { WorkbookReadError } from "../xlsx/errors";
import { HostError, type EvaluateRequest, type EvaluationOutcome, type FileHost, type PaneChoices } from "../host";
import { loadStoredChoices, saveStoredChoices } from "./choicesStore";
import { resultFileName, TEMPLATE_FILE_NAME } from "./fileNames";

type XlsxModule = typeof import("./xlsxModule");

export interface FileHostDeps {
  /** Loads ExcelJS and the xlsx gateway; a dynamic import by default so it is fetched only in file mode. */
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
      if (!/\.xlsx$/i.test(chosen.name)) {
        throw new HostError(
          /\.xls$/i.test(chosen.name)
            ? `文件“${chosen.name}”是旧版 Excel 97-2003 格式（.xls），本工具只读 .xlsx，请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。`
            : `文件“${chosen.name}”不是 Excel 工作簿（.xlsx），请选择 .xlsx 文件。`,
          "not-xlsx",
        );
      }
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
      const xlsx = await loadModule(loadXlsx);
      const grids = await asHostError(() => xlsx.readWorkbookBuffer(chosen.bytes, chosen.name));
      progress({ step: "evaluate", fraction: 0.4 });
      const evaluation = await asHostError(async () => evaluateGrids(grids, { rules: request.rules }));
      progress({ step: "write", fraction: 0.7 });
      const report = await asHostError(() => xlsx.buildReportWorkbook(chosen.bytes, evaluation));
      result = { name: resultFileName(chosen.name), bytes: report.data };
      progress({ step: "write", fraction: 1 });
      const notes = report.standalone
        ? [`自评报告另存为单独的工作簿（${report.reasons.join("；")}），原工作簿的内容不会丢失。`]
        : [];
      if (report.kept) notes.push(report.kept.note);
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

async function loadModule(load: () => Promise<XlsxModule>): Promise<XlsxModule> {
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
