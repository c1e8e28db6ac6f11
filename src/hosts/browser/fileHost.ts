import { evaluateGrids } from "../../core/evaluate";
import { overallOf } from "../../core/overall";
import { WorkbookInputError } from "../../core/read/inputError";
import { WorkbookReadError } from "../xlsx/errors";
import { HostError, type ChosenFile, type EvaluateRequest, type EvaluationOutcome, type FileHost, type PaneChoices } from "../host";
import { loadStoredChoices, saveStoredChoices } from "./choicesStore";
import { resultFileName, TEMPLATE_FILE_NAME } from "./fileNames";

type XlsxModule = typeof import("./xlsxModule");
type ReadModule = typeof import("./readModule");

export interface FileHostDeps {
  /** Loads the file reader; a dynamic import by default so it is fetched only in file mode. */
  loadReader?: () => Promise<ReadModule>;
  /** Loads the writers; a dynamic import by default so it is fetched only when something is written. */
  loadXlsx?: () => Promise<XlsxModule>;
  storage?: Pick<Storage, "getItem" | "setItem">;
  /** The year the template is made for; the current year by default. */
  year?: () => number;
  /** The clock, for saying when a copy was read. */
  now?: () => Date;
}

/** The chosen workbook as the host keeps it: its bytes as last read, and how to read it again. */
interface HeldFile {
  name: string;
  bytes: Uint8Array;
  reread?: () => Promise<ArrayBuffer>;
  /** Read again through a File System Access handle: the file as it is on disk now. */
  live: boolean;
  /** When the bytes held were read. */
  readAt: Date;
}

/** "14:05", the time a copy of the file was read. */
function clock(d: Date): string {
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

/** Said under a result that is of the copy read when the file was chosen, with the way to a fresh one. */
export function copyNote(name: string, readAt: Date): string {
  return `本次评分依据的是 ${clock(readAt)} 读取的“${name}”。这个浏览器不能保证每次评分时重新读取文件：如果之后在 Excel 或 WPS 中修改并保存过它，请点「选择 .xlsx 文件」重新选择，再点「一键评分」。`;
}

/**
 * The pane outside Excel: the user's .xlsx is read, evaluated and given back with its 自评报告 sheet, all inside the
 * page. The chosen bytes are only read, so the original file on disk is never changed.
 */
export function createFileHost(deps: FileHostDeps = {}): FileHost {
  const loadReader = deps.loadReader ?? (() => import(/* webpackChunkName: "read" */ "./readModule"));
  const loadXlsx = deps.loadXlsx ?? (() => import(/* webpackChunkName: "xlsx" */ "./xlsxModule"));
  const storage = deps.storage ?? (typeof localStorage === "undefined" ? undefined : localStorage);
  const now = deps.now ?? (() => new Date());
  let file: HeldFile | null = null;
  let result: { name: string; bytes: Uint8Array } | null = null;

  return {
    kind: "file",
    async loadChoices(): Promise<PaneChoices> {
      return loadStoredChoices(storage);
    },
    async saveChoices(choices: PaneChoices): Promise<void> {
      saveStoredChoices(storage, choices);
    },
    async openFile(chosen: ChosenFile) {
      // Told apart by its bytes, not its name: an .xls, .ods, .csv, web page, zip or lock file each gets its own line.
      const reader = await loadModule(loadReader);
      await asHostError(async () => reader.checkWorkbookBytes(chosen.bytes, chosen.name));
      // A copy: the page keeps what was chosen even if the caller reuses its buffer.
      file = { name: chosen.name, bytes: new Uint8Array(chosen.bytes.slice(0)), reread: chosen.reread, live: chosen.live === true, readAt: now() };
      result = null;
    },
    fileName: () => file?.name ?? null,
    async evaluate(request: EvaluateRequest): Promise<EvaluationOutcome> {
      if (!file) throw new HostError("请先选择要评分的 .xlsx 文件。", "no-file");
      // The file is read anew below; until it is scored, the last result may no longer be of it.
      result = null;
      const progress = request.onProgress ?? (() => undefined);
      progress({ step: "read", fraction: 0 });
      const chosen = await fresh(file, now);
      const reader = await loadModule(loadReader);
      const grids = await asHostError(() => reader.readWorkbookBuffer(chosen.bytes, chosen.name));
      progress({ step: "evaluate", fraction: 0.4 });
      const evaluation = await asHostError(async () => evaluateGrids(grids, { rules: request.rules }));
      progress({ step: "write", fraction: 0.7 });
      const xlsx = await loadModule(loadXlsx);
      const report = await asHostError(() => xlsx.buildReportWorkbook(chosen.bytes, evaluation));
      result = { name: resultFileName(chosen.name, report.extension), bytes: report.data };
      progress({ step: "write", fraction: 1 });
      const notes = report.standalone
        ? [`${report.reasons.join("；")}，原文件未作改动。`]
        : [];
      if (!chosen.live) notes.push(copyNote(chosen.name, chosen.readAt));
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
      const bytes = await asHostError(async () => xlsx.buildTemplateBytes(year));
      return { name: TEMPLATE_FILE_NAME, bytes };
    },
  };
}

/**
 * The file as it is now: read again through its handle where the browser gave one (the bytes then replace the old copy),
 * else the File read once more, which a browser may refuse once the file has changed on disk (Chromium's
 * NotReadableError) — better said than scoring the old copy in silence.
 */
async function fresh(file: HeldFile, now: () => Date): Promise<HeldFile> {
  if (!file.reread) return file;
  let bytes: ArrayBuffer;
  try {
    bytes = await file.reread();
  } catch (cause) {
    throw new HostError(
      file.live
        ? `无法重新读取文件“${file.name}”：它可能已被移动、删除，或正被其他程序独占。请关闭占用它的程序后再试，或点「选择 .xlsx 文件」重新选择。`
        : `文件“${file.name}”在选择之后已被修改、移动或删除，浏览器不允许本页再次读取它。请点「选择 .xlsx 文件」重新选择它，再点「一键评分」。`,
      "file-read",
      cause,
    );
  }
  const copy = new Uint8Array(bytes.slice(0));
  // Through a handle the file is as it is now; a File the browser re-read may be too, when its bytes changed.
  if (file.live || !sameBytes(copy, file.bytes)) {
    file.bytes = copy;
    file.readAt = now();
  }
  return file;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
