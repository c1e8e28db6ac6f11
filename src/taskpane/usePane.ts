import { useCallback, useEffect, useReducer, useRef } from "react";
import type { Finding } from "../core/model/finding";
import { HostError, type PaneChoices, type PaneHost } from "../hosts/host";
import { loadWordReport, type WordReportModule } from "../hosts/docx/load";
import { copyRich, type CopyRich } from "./clipboard";
import { readBytes, saveFile, type SaveFile } from "./download";
import type { FileHandleLike } from "./fileAccess";
import type { Strings } from "./i18n";
import { toPaneError } from "./errors";
import { initialState, paneReducer, type PaneState, type Task } from "./state";

export interface PaneActions {
  setRules(rules: PaneChoices["rules"]): void;
  evaluate(): void;
  insertTemplate(): void;
  selectFinding(finding: Finding): void;
  markFindings(): void;
  clearMarks(): void;
  /** File mode: a file the user chose or dropped, with its File System Access handle where the browser gave one. */
  openFile(file: File, handle?: Promise<FileHandleLike | null> | FileHandleLike | null): void;
  /** File mode: the evaluated workbook with its 自评报告, saved by the browser. */
  downloadResult(): void;
  /** File mode: the blank standard workbook, saved by the browser. */
  downloadTemplate(): void;
  /** The Word 绩效自评工作报告 of the last result, saved by the browser (the page, Excel on the web and on Windows). */
  downloadDocument(): void;
  /** The same document on the clipboard as rich text, where the pane cannot download (Excel for Mac). */
  copyDocument(): void;
  dismissError(): void;
  dismissNotice(): void;
}

/**
 * The one place the pane calls its host: components get the state and these actions, nothing else. Every host call
 * ends in a dispatch, success or failure, so the pane never stays busy after an error.
 */
export interface PaneDeps {
  save?: SaveFile;
  copy?: CopyRich;
  /** The Word report's chunk, fetched only when asked for. */
  loadWord?: () => Promise<WordReportModule>;
}

export function usePane(host: PaneHost, t: Strings, deps: PaneDeps = {}): [PaneState, PaneActions] {
  const save = deps.save ?? saveFile;
  const copy = deps.copy ?? copyRich;
  const loadWord = deps.loadWord ?? loadWordReport;
  const [state, dispatch] = useReducer(paneReducer, initialState);
  // Actions read the latest state through a ref, so their identities stay stable across renders.
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    let live = true;
    host.loadChoices().then(
      (choices) => live && dispatch({ type: "choicesLoaded", choices }),
      // Unreadable settings are not worth an error bar: the pane simply starts from 按基本信息.
      () => live && dispatch({ type: "choicesLoaded", choices: { rules: null } }),
    );
    return () => {
      live = false;
    };
  }, [host]);

  const run = useCallback(
    <T>(task: Task, work: () => Promise<T>, done: (value: T) => void) => {
      if (stateRef.current.busy) return;
      dispatch({ type: "started", task });
      work().then(done, (e: unknown) => dispatch({ type: "failed", error: toPaneError(e, t, host.kind) }));
    },
    [host.kind, t],
  );

  // Every download is the same task: make the file, hand it to the browser, say which file it was.
  const download = useCallback(
    (make: () => Promise<{ name: string; bytes: Uint8Array }>) =>
      run(
        "download",
        async () => {
          const file = await make();
          save(file);
          return file.name;
        },
        (name) => dispatch({ type: "downloaded", name }),
      ),
    [run, save],
  );

  const actions: PaneActions = {
    setRules: useCallback(
      (rules) => {
        dispatch({ type: "rulesChanged", rules });
        host
          .saveChoices({ ...stateRef.current.choices, rules })
          .catch((e: unknown) => dispatch({ type: "failed", error: toPaneError(e, t, host.kind) }));
      },
      [host, t],
    ),
    evaluate: useCallback(() => {
      const rules = stateRef.current.choices.rules ?? undefined;
      run(
        "evaluate",
        () => host.evaluate({ rules, onProgress: (progress) => dispatch({ type: "progress", progress }) }),
        (outcome) => dispatch({ type: "evaluated", outcome }),
      );
    }, [host, run]),
    insertTemplate: useCallback(() => {
      if (host.kind !== "excel") return;
      run(
        "template",
        () => host.insertTemplate(),
        (r) => dispatch({ type: "templateInserted", created: r.created, skipped: r.skipped }),
      );
    }, [host, run]),
    selectFinding: useCallback(
      (finding) => {
        if (host.kind !== "excel") return;
        // Not a busy task: selecting is instant and must not block the list the user is reading.
        host
          .selectFinding(finding)
          .catch((e: unknown) => dispatch({ type: "failed", error: toPaneError(e, t, host.kind) }));
      },
      [host, t],
    ),
    markFindings: useCallback(() => {
      const outcome = stateRef.current.outcome;
      if (host.kind !== "excel" || !outcome) return;
      run(
        "mark",
        () => host.markFindings(outcome.evaluation.findings),
        (count) => dispatch({ type: "marked", count }),
      );
    }, [host, run]),
    clearMarks: useCallback(() => {
      if (host.kind !== "excel") return;
      run(
        "clear",
        () => host.clearMarks(),
        (count) => dispatch({ type: "cleared", count }),
      );
    }, [host, run]),
    openFile: useCallback(
      (file, handle) => {
        if (host.kind !== "file") return;
        run(
          "open",
          async () => {
            const bytes = await readBytes(file).catch((cause: unknown) => {
              throw new HostError(t.fileUnreadable(file.name), "file-read", cause);
            });
            const live = await Promise.resolve(handle ?? null).catch(() => null);
            // With a handle the file on disk is read again at every 一键评分; without, the File handed over now is
            // re-read, which the browser may answer with this same copy or refuse once the file has changed.
            const reread = live ? async () => readBytes(await live.getFile()) : () => readBytes(file);
            await host.openFile({ name: file.name, bytes, reread, live: live !== null });
            return file.name;
          },
          (name) => dispatch({ type: "fileOpened", name }),
        );
      },
      [host, run, t],
    ),
    downloadResult: useCallback(() => {
      if (host.kind !== "file" || !stateRef.current.outcome) return;
      download(() => host.resultFile());
    }, [host, download]),
    downloadTemplate: useCallback(() => {
      if (host.kind !== "file") return;
      download(() => host.templateFile());
    }, [host, download]),
    downloadDocument: useCallback(() => {
      const outcome = stateRef.current.outcome;
      if (!outcome) return;
      download(async () => (await loadWordChunk(loadWord)).wordReportFile(outcome.evaluation));
    }, [download, loadWord]),
    copyDocument: useCallback(() => {
      const outcome = stateRef.current.outcome;
      if (!outcome) return;
      run(
        "download",
        async () => {
          const word = await loadWordChunk(loadWord);
          await copy(word.wordReportClipboard(outcome.evaluation)).catch((cause: unknown) => {
            throw new HostError(t.copyRefused, "clipboard", cause);
          });
        },
        () => dispatch({ type: "copied" }),
      );
    }, [run, copy, loadWord, t]),
    dismissError: useCallback(() => dispatch({ type: "dismissError" }), []),
    dismissNotice: useCallback(() => dispatch({ type: "dismissNotice" }), []),
  };
  return [state, actions];
}

async function loadWordChunk(load: () => Promise<WordReportModule>): Promise<WordReportModule> {
  try {
    return await load();
  } catch (cause) {
    throw new HostError(
      "生成 Word 报告所需的组件未能加载，请刷新后再试；如在内网使用，请联系管理员确认本工具的全部文件都已部署。",
      "chunk-load",
      cause,
    );
  }
}
