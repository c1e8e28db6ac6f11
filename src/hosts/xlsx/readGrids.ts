import { strFromU8 } from "fflate";
import type { WorkbookGrids } from "../../core/grid";
import { WorkbookReadError } from "./errors";
import { PackageProblem, readPackage } from "./read/readPackage";
import { ZipParts } from "./read/zipParts";
import { sniffContainer, sniffOle2, sniffText, zipKindOf } from "./sniff";

/**
 * Every worksheet of an .xlsx / .xlsm as a grid, read from the package itself (./read). Any other kind of file is told
 * apart by its bytes and answered with its own one-line message. Uses no Node API, so the browser page calls it on the
 * bytes of a file the user picked.
 */
export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, fileName: string): Promise<WorkbookGrids> {
  return readWorkbookBytesSync(asBytes(data), fileName);
}

function readWorkbookBytesSync(bytes: Uint8Array, fileName: string): WorkbookGrids {
  return readPackageOf(workbookPackage(bytes, fileName), fileName);
}

/**
 * Whether the bytes are a workbook package this reader takes, without reading its sheets: throws the one-line
 * WorkbookReadError that says what the file is otherwise. The page calls it as soon as a file is chosen.
 */
export function checkWorkbookBytes(data: ArrayBuffer | Uint8Array, fileName: string): void {
  workbookPackage(asBytes(data), fileName);
}

function workbookPackage(bytes: Uint8Array, fileName: string): ZipParts {
  switch (sniffContainer(bytes)) {
    case "empty":
      throw new WorkbookReadError("empty", fileName);
    case "ole2":
      throw new WorkbookReadError(ole2Problem(bytes, fileName), fileName);
    case "other":
      throw notAContainer(bytes, fileName);
    case "zip":
      return openZip(bytes, fileName);
  }
}

function ole2Problem(bytes: Uint8Array, fileName: string) {
  switch (sniffOle2(bytes)) {
    case "encrypted-ooxml":
      return "encrypted" as const;
    case "encrypted-xls":
      return "encrypted-xls" as const;
    // WPS's .et is the same compound file as an .xls; only its name tells which program the user should open it in.
    case "xls":
      return /\.et$/i.test(fileName) ? ("wps-et" as const) : ("old-xls" as const);
    case "other":
      return "not-xlsx" as const;
  }
}

function notAContainer(bytes: Uint8Array, fileName: string): WorkbookReadError {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  // Excel keeps "~$丰都.xlsx" beside "丰都.xlsx" while that is open: a few bytes with the user's name, no workbook.
  if (base.startsWith("~$")) return new WorkbookReadError("lock-file", fileName, undefined, { realFile: base.slice(2) });
  switch (sniffText(bytes)) {
    case "html":
      return new WorkbookReadError("html-table", fileName);
    case "csv":
      return new WorkbookReadError("csv", fileName);
    case "other":
      return new WorkbookReadError("not-xlsx", fileName);
  }
}

function openZip(bytes: Uint8Array, fileName: string): ZipParts {
  let parts: ZipParts;
  try {
    parts = new ZipParts(bytes);
  } catch (cause) {
    // "PK" and no readable central directory: cut off in a download or a copy.
    throw new WorkbookReadError("damaged", fileName, cause);
  }
  const mimetype = parts.has("mimetype") ? safeText(parts, "mimetype") : null;
  switch (zipKindOf(parts.names, mimetype)) {
    case "ods":
      throw new WorkbookReadError("ods", fileName);
    case "xlsb":
      throw new WorkbookReadError("xlsb", fileName);
    case "docx":
      throw new WorkbookReadError("docx", fileName);
    case "other": {
      const workbooksInside = parts.names.filter((n) => /\.xls[xm]$/i.test(n) && !/(^|\/)~\$/.test(n)).map((n) => n.split("/").pop() ?? n);
      throw new WorkbookReadError("zip-archive", fileName, undefined, { workbooksInside });
    }
    case "xlsx":
      return parts;
  }
}

function readPackageOf(parts: ZipParts, fileName: string): WorkbookGrids {
  try {
    return readPackage(parts, fileName);
  } catch (cause) {
    if (cause instanceof PackageProblem && cause.problem === "no-workbook" && !parts.names.some((n) => /^xl\/worksheets\//i.test(n))) {
      throw new WorkbookReadError("not-xlsx", fileName, cause);
    }
    throw new WorkbookReadError("damaged", fileName, cause);
  }
}

function safeText(parts: ZipParts, name: string): string | null {
  try {
    const bytes = parts.read(name);
    return bytes ? strFromU8(bytes).trim() : null;
  } catch {
    return null;
  }
}

// ArrayBuffer.isView works across realms, where instanceof ArrayBuffer does not (jest, iframes, workers).
function asBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
}
