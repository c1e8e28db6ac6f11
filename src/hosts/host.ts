/**
 * What the task pane asks of wherever the workbook lives. The pane (src/taskpane) talks only to this interface; the
 * Office.js gateway (src/hosts/excel) implements it inside Excel, and the file host (src/hosts/browser) implements it
 * on an .xlsx chosen in a plain browser tab. Components never touch `Excel.*` or ExcelJS.
 */
import type { Evaluation } from "../core/model/evaluation";
import type { Finding } from "../core/model/finding";
import type { Overall } from "../core/overall";
import type { ProfileId } from "../core/settings";

/** The pane's remembered choices: in the workbook's settings inside Excel, in localStorage for the file host. */
export interface PaneChoices {
  /** null = follow 基本信息's 评分规则 (or the default profile when it is blank). */
  rules: ProfileId | null;
}

export type EvaluationStep = "read" | "evaluate" | "write";

export interface EvaluationProgress {
  step: EvaluationStep;
  /** 0..1 over the whole run, for a determinate ProgressBar. */
  fraction: number;
}

export interface EvaluateRequest {
  rules?: ProfileId;
  onProgress?: (p: EvaluationProgress) => void;
}

export interface EvaluationOutcome {
  evaluation: Evaluation;
  overall: Overall;
  /** The sheet the report was written to ("自评报告", or "自评报告(2)" when the user has a sheet of that name). */
  reportSheet: string;
  /** Anything the user should know about how the report was written (e.g. a feature this Excel lacks). Chinese. */
  notes: string[];
}

/**
 * A failure the pane shows as it is: `message` is one Chinese sentence naming the file, sheet and cell where known,
 * and what to do. Gateways turn every Office or ExcelJS error into one of these; none is swallowed.
 */
export class HostError extends Error {
  constructor(
    message: string,
    /** The underlying error's code, e.g. Office's "InvalidOperationInCellEditMode", for the details line. */
    readonly code?: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = "HostError";
  }
}

interface HostBase {
  loadChoices(): Promise<PaneChoices>;
  saveChoices(choices: PaneChoices): Promise<void>;
}

/** Inside Excel: the open workbook. */
export interface ExcelHost extends HostBase {
  kind: "excel";
  /** Whether this Excel lets the pane download a file (not Excel for Mac); where not, the Word report goes to the clipboard. */
  downloads: boolean;
  insertTemplate(): Promise<{ created: string[]; skipped: string[] }>;
  /** Reads every input sheet in one round trip, evaluates, writes the report in one (more only past 5 MB). */
  evaluate(request: EvaluateRequest): Promise<EvaluationOutcome>;
  /** Activates the finding's sheet and selects its cell (or row, or the sheet's A1). */
  selectFinding(finding: Finding): Promise<void>;
  /** Fills the cells that have findings; values are never touched. Returns how many cells were marked. */
  markFindings(findings: readonly Finding[]): Promise<number>;
  /** Removes exactly the fills markFindings added, in one step. Returns how many cells were cleared. */
  clearMarks(): Promise<number>;
}

export interface ChosenFile {
  name: string;
  bytes: ArrayBuffer;
  reread?: () => Promise<ArrayBuffer>;
  live?: boolean;
}

/** In a browser tab: an .xlsx the user chose; nothing leaves the page. */
export interface FileHost extends HostBase {
  kind: "file";
  /**
   * Keeps the file for evaluate(); rejects with HostError when it is not a workbook. `reread` reads it again at every
   * evaluate(): the file as it is on disk now where `live` (a File System Access handle), else the browser's File,
   * which may be the copy taken when it was chosen.
   */
  openFile(file: ChosenFile): Promise<void>;
  fileName(): string | null;
  evaluate(request: EvaluateRequest): Promise<EvaluationOutcome>;
  /** The chosen workbook with its 自评报告 sheet added, after evaluate(). */
  resultFile(): Promise<{ name: string; bytes: Uint8Array }>;
  templateFile(): Promise<{ name: string; bytes: Uint8Array }>;
}

export type PaneHost = ExcelHost | FileHost;
