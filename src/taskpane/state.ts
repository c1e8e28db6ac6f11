import type { EvaluationOutcome, EvaluationProgress, PaneChoices } from "../hosts/host";

/**
 * The pane's state as one pure reducer, so every screen (empty, running, result, error) is a value a test can build
 * without rendering, and components only render it and dispatch.
 */

/** "open" reads a chosen file and "download" builds a file for the browser to save: the file mode's own tasks. */
export type Task = "evaluate" | "template" | "mark" | "clear" | "open" | "download";

export interface PaneError {
  message: string;
  code?: string;
}

/** A one-line confirmation of what the last action did; kept in the strings' terms, rendered by the component. */
export type Notice =
  | { kind: "template"; created: string[]; skipped: string[] }
  | { kind: "marked"; count: number }
  | { kind: "cleared"; count: number }
  | { kind: "downloaded"; name: string }
  | { kind: "copied" };

export interface PaneState {
  choices: PaneChoices;
  /** False until the workbook's remembered choices have been read; the dropdown waits so it does not flicker. */
  choicesLoaded: boolean;
  busy: { task: Task; progress: EvaluationProgress | null } | null;
  outcome: EvaluationOutcome | null;
  error: PaneError | null;
  notice: Notice | null;
  /** The file mode's chosen workbook (its name); always null inside Excel, where the workbook is the open one. */
  file: string | null;
}

export type PaneAction =
  | { type: "choicesLoaded"; choices: PaneChoices }
  | { type: "rulesChanged"; rules: PaneChoices["rules"] }
  | { type: "started"; task: Task }
  | { type: "progress"; progress: EvaluationProgress }
  | { type: "evaluated"; outcome: EvaluationOutcome }
  | { type: "templateInserted"; created: string[]; skipped: string[] }
  | { type: "marked"; count: number }
  | { type: "cleared"; count: number }
  | { type: "fileOpened"; name: string }
  | { type: "downloaded"; name: string }
  | { type: "copied" }
  | { type: "failed"; error: PaneError }
  | { type: "dismissError" }
  | { type: "dismissNotice" };

export const initialState: PaneState = {
  choices: { rules: null },
  choicesLoaded: false,
  busy: null,
  outcome: null,
  error: null,
  notice: null,
  file: null,
};

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "choicesLoaded":
      return { ...state, choices: action.choices, choicesLoaded: true };
    case "rulesChanged":
      return { ...state, choices: { ...state.choices, rules: action.rules } };
    case "started":
      // A new run clears the last error and notice: they described the previous action, not this one.
      return { ...state, busy: { task: action.task, progress: null }, error: null, notice: null };
    case "progress":
      return state.busy ? { ...state, busy: { ...state.busy, progress: action.progress } } : state;
    case "evaluated":
      return { ...state, busy: null, outcome: action.outcome };
    case "templateInserted":
      return { ...state, busy: null, notice: { kind: "template", created: action.created, skipped: action.skipped } };
    case "marked":
      return { ...state, busy: null, notice: { kind: "marked", count: action.count } };
    case "cleared":
      return { ...state, busy: null, notice: { kind: "cleared", count: action.count } };
    case "fileOpened":
      // The last result described the previous file: it goes, so 下载评分结果 can never hand out another file's report.
      return { ...state, busy: null, file: action.name, outcome: null };
    case "downloaded":
      return { ...state, busy: null, notice: { kind: "downloaded", name: action.name } };
    case "copied":
      return { ...state, busy: null, notice: { kind: "copied" } };
    case "failed":
      // The previous result stays on screen: it is still true of the workbook unless the user changed it.
      return { ...state, busy: null, error: action.error };
    case "dismissError":
      return { ...state, error: null };
    case "dismissNotice":
      return { ...state, notice: null };
  }
}

/** Which screen the pane shows; the error bar and notices sit on top of whichever it is. */
export type Screen = "empty" | "running" | "result";

export function screenOf(state: PaneState): Screen {
  if (state.busy?.task === "evaluate") return "running";
  return state.outcome ? "result" : "empty";
}
