/**
 * The one line a user sees when a workbook cannot be read or written. Users are accountants, so each message names the
 * file and says what to do in Chinese; the library's own error stays available as `cause` for whoever debugs it.
 */

/** Why a workbook could not be read; lets the command line and the task pane react without parsing the message. */
export type WorkbookReadProblem = "not-found" | "unreadable" | "empty" | "not-xlsx" | "old-xls" | "encrypted" | "damaged";

const RESAVE = "请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。";

function readMessage(problem: WorkbookReadProblem, file: string): string {
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
    case "encrypted":
      return `文件“${file}”设置了打开密码（已加密），无法读取，请在 Excel 或 WPS 中打开后取消密码，再另存为 .xlsx 再试。`;
    case "damaged":
      return `文件“${file}”已损坏或不完整，无法读取，请在 Excel 或 WPS 中打开（必要时用“打开并修复”）后重新另存为 .xlsx 再试。`;
  }
}

export class WorkbookReadError extends Error {
  /** The file as the message names it: the path given for a missing file, otherwise the file name. */
  readonly file: string;
  readonly problem: WorkbookReadProblem;

  constructor(problem: WorkbookReadProblem, file: string, cause?: unknown) {
    super(readMessage(problem, file), cause === undefined ? undefined : { cause });
    this.name = "WorkbookReadError";
    this.file = file;
    this.problem = problem;
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
