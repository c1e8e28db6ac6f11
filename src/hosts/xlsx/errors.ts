/**
 * The one line a user sees when a workbook cannot be read or written. Users are accountants, so each message names the
 * file and says what to do in Chinese; the library's own error stays available as `cause` for whoever debugs it.
 */

/**
 * Why a workbook could not be read; lets the command line, the batch's 汇总 and the task pane react without parsing
 * the message. Each kind of file a department sends instead of an .xlsx has its own value.
 */
export type WorkbookReadProblem =
  | "not-found"
  | "unreadable"
  | "empty"
  | "not-xlsx"
  | "old-xls"
  | "wps-et"
  | "encrypted"
  | "encrypted-xls"
  | "xlsb"
  | "ods"
  | "csv"
  | "html-table"
  | "zip-archive"
  | "docx"
  | "lock-file"
  | "damaged";

/** What some messages name beyond the file: the workbooks inside a zip, the file an Excel lock file stands for. */
export interface ReadProblemDetail {
  /** .xlsx / .xlsm files stored in a plain zip archive. */
  workbooksInside?: string[];
  /** The workbook an Excel `~$` lock file belongs to. */
  realFile?: string;
}

const RESAVE = "请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。";

function readMessage(problem: WorkbookReadProblem, file: string, detail: ReadProblemDetail): string {
  switch (problem) {
    case "not-found":
      return `找不到文件“${file}”，请检查路径。`;
    case "unreadable":
      return `无法读取文件“${file}”，请确认它不是文件夹、没有被其他程序占用，并且有读取权限。`;
    case "empty":
      return `文件“${file}”是空文件（0 字节），请确认选对了文件，或重新保存一份再试。`;
    case "not-xlsx":
      return `文件“${file}”不是有效的 Excel 工作簿（.xlsx），${RESAVE}`;
    case "old-xls":
      return `文件“${file}”是旧版 Excel 97-2003 格式（.xls），本工具只读 .xlsx，${RESAVE}`;
    case "wps-et":
      return `文件“${file}”是 WPS 表格格式（.et），本工具只读 .xlsx，请在 WPS 中打开后“另存为”Excel 工作簿（.xlsx）再试。`;
    case "encrypted":
      return `文件“${file}”设置了打开密码（已加密），无法读取，请在 Excel 或 WPS 中打开后取消密码，再另存为 .xlsx 再试。`;
    case "encrypted-xls":
      return `文件“${file}”是设置了打开密码的 .xls 文件，无法读取，请在 Excel 或 WPS 中输入密码打开、取消密码后另存为 .xlsx 再试。`;
    case "xlsb":
      return `文件“${file}”是 Excel 二进制工作簿（.xlsb），本工具只读 .xlsx，${RESAVE}`;
    case "ods":
      return `文件“${file}”是 OpenDocument 电子表格（.ods，LibreOffice 或 WPS 保存），本工具只读 .xlsx，请打开后另存为 .xlsx（Excel 工作簿）再试。`;
    case "csv":
      return `文件“${file}”是 CSV 文本文件，不含工作表的格式和合并单元格，无法按工作簿评分，请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。`;
    case "html-table":
      return `文件“${file}”其实是网页表格（常见于“系统导出”的 .xls），不是真正的 Excel 文件，请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。`;
    case "zip-archive": {
      const inside = detail.workbooksInside ?? [];
      const which = inside.length ? `，其中有工作簿：${inside.slice(0, 5).map((n) => `“${n}”`).join("、")}${inside.length > 5 ? ` 等 ${inside.length} 个` : ""}` : "，其中没有 .xlsx 工作簿";
      return `文件“${file}”是压缩包（.zip）${which}，请先解压，再选择解压出的 .xlsx 文件。`;
    }
    case "docx":
      return `文件“${file}”是 Word 文档（.docx），不是 Excel 工作簿，请选择绩效自评的 .xlsx 文件。`;
    case "lock-file":
      return `文件“${file}”是 Excel 打开${detail.realFile ? `“${detail.realFile}”` : "工作簿"}时留下的临时锁定文件，不是工作簿，请选择${detail.realFile ? `“${detail.realFile}”本身` : "工作簿本身"}（若它仍在 Excel 中打开，可先关闭）。`;
    case "damaged":
      return `文件“${file}”已损坏或不完整，无法读取，请在 Excel 或 WPS 中打开（必要时用“打开并修复”）后重新另存为 .xlsx 再试。`;
  }
}

export class WorkbookReadError extends Error {
  /** The file as the message names it: the path given for a missing file, otherwise the file name. */
  readonly file: string;
  readonly problem: WorkbookReadProblem;
  readonly detail: ReadProblemDetail;

  constructor(problem: WorkbookReadProblem, file: string, cause?: unknown, detail: ReadProblemDetail = {}) {
    super(readMessage(problem, file, detail), cause === undefined ? undefined : { cause });
    this.name = "WorkbookReadError";
    this.file = file;
    this.problem = problem;
    this.detail = detail;
  }
}

export class WorkbookWriteError extends Error {
  readonly file: string;

  constructor(file: string, cause?: unknown) {
    super(
      `无法写入文件“${file}”，请确认文件夹存在、有写入权限，并且该文件没有在 Excel 或 WPS 中打开。`,
      cause === undefined ? undefined : { cause },
    );
    this.name = "WorkbookWriteError";
    this.file = file;
  }
}
