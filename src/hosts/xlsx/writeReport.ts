import type { Evaluation } from "../../core/model/evaluation";
import { buildReportPlan } from "../../core/report/buildReport";
import { keepEditedReport } from "../../core/report/edits";
import { isToolReport, REPORT_SHEET, reportSheetName } from "../../core/report/marker";
import { WorkbookReadError } from "./errors";
import { readPackage } from "./read/readPackage";
import { ZipParts } from "./read/zipParts";
import { sniffContainer } from "./sniff";
import { PackageError, XlsxPackage, XmlPartError, writePlansToNewPackage, writePlansToNewPackageAsync, type PartDeflater } from "./write";

export interface ReportWorkbook {
  data: Uint8Array;
  sheetName: string;
  /** True where the report stands in a new workbook of its own: the input is not an OOXML package (.xls, .et, .ods). */
  standalone: boolean;
  /** Why (in Chinese), where standalone. */
  reasons: string[];
  /**
   * The extension the file must have: an .xlsm stays an .xlsm (and a template an .xltx), because Excel refuses to open
   * a file whose extension does not match its content type.
   */
  extension: ".xlsx" | ".xlsm" | ".xltx" | ".xltm";
  /** Where the earlier report was edited since the tool wrote it: the name it was kept under, and the sentence saying so. */
  kept?: { sheet: string; note: string };
}

function extensionOf(contentType: string | undefined): ReportWorkbook["extension"] {
  const macro = /macroEnabled/i.test(contentType ?? "");
  return /\.template\./.test(contentType ?? "") ? (macro ? ".xltm" : ".xltx") : macro ? ".xlsm" : ".xlsx";
}

/** Which sheets are called 自评报告… and whether the tool wrote them (its marker in A2). */
function existingReports(pkg: XlsxPackage): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const s of pkg.sheets()) {
    found.set(s.name, s.name.startsWith(REPORT_SHEET) && isToolReport([[], [pkg.cellText(s.name, "A2", 2)]]));
  }
  return found;
}

/**
 * The input workbook with its 自评报告 sheet, as bytes: the input package with the report as a part of its own, every
 * other part as it was. The report the tool wrote before is replaced in place (its part, its tab); a sheet of that
 * name the user made is kept and the report goes to 自评报告(2). The input bytes are only read.
 */
export async function buildReportWorkbook(input: Uint8Array, ev: Evaluation, deflater?: PartDeflater): Promise<ReportWorkbook> {
  let pkg: XlsxPackage;
  try {
    if (sniffContainer(input) !== "zip") throw new PackageError("not-ooxml", "not a zip");
    pkg = XlsxPackage.open(input);
  } catch (cause) {
    if (!(cause instanceof PackageError)) throw cause;
    if (cause.problem === "damaged") throw new WorkbookReadError("damaged", ev.fileName, cause);
    const sheetName = reportSheetName(new Map());
    return {
      data: deflater ? await writePlansToNewPackageAsync([buildReportPlan(ev, sheetName)], deflater) : writePlansToNewPackage([buildReportPlan(ev, sheetName)]),
      sheetName,
      standalone: true,
      reasons: ["原文件不是 .xlsx 格式，自评报告写入新的 .xlsx 工作簿"],
      extension: ".xlsx",
    };
  }
  const existing = existingReports(pkg);
  const sheetName = reportSheetName(existing);
  // The tool's earlier report, edited by the accountant since: kept under another name, never replaced in silence.
  const keep = existing.get(sheetName) ? keepEditedReport(sheetName, formulasOf(input, sheetName), new Set(existing.keys())) : null;
  try {
    if (keep) pkg.renameSheet(sheetName, keep.keep);
    pkg.putSheet(buildReportPlan(ev, sheetName), { replace: existing.get(sheetName) && !keep ? sheetName : undefined });
  } catch (cause) {
    // workbook.xml, its rels, [Content_Types].xml or styles.xml that no XML parser accepts: the file is damaged.
    if (cause instanceof XmlPartError) throw new WorkbookReadError("damaged", ev.fileName, cause);
    throw cause;
  }
  const kept = keep ? { kept: { sheet: keep.keep, note: keep.note } } : {};
  let data: Uint8Array;
  try {
    data = deflater ? await pkg.toBytesAsync(deflater) : pkg.toBytes();
  } catch (cause) {
    // A large part of the user's that no inflater accepts, met only when it is copied: the file is damaged.
    if (cause instanceof PackageError) throw new WorkbookReadError("damaged", ev.fileName, cause);
    throw cause;
  }
  return { data, sheetName, standalone: false, reasons: [], extension: extensionOf(pkg.workbookContentType()), ...kept };
}

/** The sheet as Office.js `Range.formulas` gives it: "=" + the formula where a cell has one, its value elsewhere. */
function formulasOf(input: Uint8Array, sheetName: string): unknown[][] {
  return readPackage(new ZipParts(input), "", { only: sheetName, formulasAsText: true }).sheets[0]?.values ?? [];
}
