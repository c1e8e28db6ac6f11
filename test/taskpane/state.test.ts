import { PROFILES } from "../../src/core/settings";
import { HostError } from "../../src/hosts/host";
import { findingPlace, formatRate, matchesFilter } from "../../src/taskpane/format";
import { STRINGS, stringsFor } from "../../src/taskpane/i18n";
import { evaluateGrids } from "../../src/core/evaluate";
import { forUsers, CLI_TEMPLATE_HINT } from "../../src/taskpane/userText";
import { balancedRows, simpleWorkbook } from "../helpers/grids";
import { toPaneError } from "../../src/taskpane/errors";
import { PROFILE_IDS } from "../../src/taskpane/profiles";
import { initialState, paneReducer, screenOf, type PaneAction, type PaneState } from "../../src/taskpane/state";
import { isDark } from "../../src/taskpane/theme";
import { sampleOutcome } from "./helpers";

const run = (...actions: PaneAction[]): PaneState => actions.reduce(paneReducer, initialState);

describe("paneReducer", () => {
  test("empty → running → result", () => {
    expect(screenOf(initialState)).toBe("empty");
    const running = run({ type: "started", task: "evaluate" }, { type: "progress", progress: { step: "read", fraction: 0.2 } });
    expect(screenOf(running)).toBe("running");
    expect(running.busy?.progress).toEqual({ step: "read", fraction: 0.2 });
    const outcome = sampleOutcome();
    const done = paneReducer(running, { type: "evaluated", outcome });
    expect(screenOf(done)).toBe("result");
    expect(done.busy).toBeNull();
  });

  test("a failure ends the run, keeps the previous result and is cleared by the next run", () => {
    const outcome = sampleOutcome();
    const failed = run({ type: "evaluated", outcome }, { type: "started", task: "evaluate" }, { type: "failed", error: { message: "坏了" } });
    expect(failed.busy).toBeNull();
    expect(failed.outcome).toBe(outcome);
    expect(failed.error).toEqual({ message: "坏了" });
    expect(paneReducer(failed, { type: "started", task: "mark" }).error).toBeNull();
  });

  test("progress outside a run is ignored", () => {
    expect(run({ type: "progress", progress: { step: "write", fraction: 1 } })).toBe(initialState);
  });

  test("other tasks do not leave the result screen, and report a notice", () => {
    const outcome = sampleOutcome();
    const s = run({ type: "evaluated", outcome }, { type: "started", task: "mark" });
    expect(screenOf(s)).toBe("result");
    expect(paneReducer(s, { type: "marked", count: 4 }).notice).toEqual({ kind: "marked", count: 4 });
  });

  test("choices", () => {
    const s = run({ type: "choicesLoaded", choices: { rules: "四川" } });
    expect(s.choicesLoaded).toBe(true);
    expect(paneReducer(s, { type: "rulesChanged", rules: null }).choices.rules).toBeNull();
  });
});

describe("pane helpers", () => {
  test("the dropdown offers exactly the engine's profiles", () => {
    expect([...PROFILE_IDS].sort()).toEqual(Object.keys(PROFILES).sort());
  });

  test("language from Office's displayLanguage: English for en-*, Chinese otherwise", () => {
    expect(stringsFor("en-US").lang).toBe("en-US");
    expect(stringsFor("en-GB").lang).toBe("en-US");
    expect(stringsFor("zh-CN").lang).toBe("zh-CN");
    expect(stringsFor("zh-TW").lang).toBe("zh-CN");
    expect(stringsFor(undefined).lang).toBe("zh-CN");
  });

  test("every string table has the same keys", () => {
    expect(Object.keys(STRINGS["en-US"]).sort()).toEqual(Object.keys(STRINGS["zh-CN"]).sort());
  });

  test("theme follows how dark Office's body background is", () => {
    expect(isDark("#000000")).toBe(true);
    expect(isDark("#262626")).toBe(true);
    expect(isDark("#FFFFFF")).toBe(false);
    expect(isDark("#E6E6E6")).toBe(false);
    expect(isDark(undefined)).toBe(false);
    expect(isDark("not a colour")).toBe(false);
  });

  test("figures and places", () => {
    expect(formatRate(0.9512)).toBe("95.12%");
    expect(formatRate(null)).toBeNull();
    const f = { code: "vague-wording", severity: "warning", sheet: "绩效指标", cell: "F15", message: "含“提升”等模糊表述" } as const;
    expect(findingPlace(f)).toBe("绩效指标!F15");
    expect(findingPlace({ ...f, cell: "", row: 7 })).toBe("绩效指标!7:7");
    expect(findingPlace({ ...f, cell: "" })).toBe("绩效指标");
    expect(matchesFilter(f, "f15")).toBe(true);
    expect(matchesFilter(f, "提升")).toBe(true);
    expect(matchesFilter(f, "满意度")).toBe(false);
    expect(matchesFilter(f, "  ")).toBe(true);
  });

  test("errors: HostError as it is, anything else with its text", () => {
    const t = STRINGS["zh-CN"];
    expect(toPaneError(new HostError("请先退出单元格编辑。", "InvalidOperationInCellEditMode"), t, "excel")).toEqual({
      message: "请先退出单元格编辑。",
      code: "InvalidOperationInCellEditMode",
    });
    expect(toPaneError(new Error("boom"), t, "excel").message).toContain("boom");
    expect(toPaneError("plain", t, "file").message).toContain("plain");
  });

  test("errors: the gateways' own codes (input, not-xlsx, WorkbookInputError) are not shown to accountants", () => {
    const t = STRINGS["zh-CN"];
    for (const code of ["input", "not-xlsx", "file-read", "internal"]) expect(toPaneError(new HostError("x", code), t, "file")).toEqual({ message: "x" });
    expect(toPaneError(new HostError("x", "WorkbookInputError"), t, "excel")).toEqual({ message: "x" });
    expect(toPaneError(new HostError("x", "5001"), t, "excel")).toEqual({ message: "x", code: "5001" });
  });

  test("errors: a missing sheet is never answered with a command to run", () => {
    // The core's own sentence, from a workbook without 绩效指标: written for the command line too.
    let core = "";
    try {
      evaluateGrids({ fileName: "缺表.xlsx", sheets: [simpleWorkbook(balancedRows()).sheets[0]] });
    } catch (e) {
      core = (e as Error).message;
    }
    expect(core).toContain(CLI_TEMPLATE_HINT);
    const t = STRINGS["zh-CN"];
    const inFile = toPaneError(new HostError(core, "input"), t, "file").message;
    const inExcel = toPaneError(new HostError(core, "WorkbookInputError"), t, "excel").message;
    for (const m of [inFile, inExcel]) expect(m).not.toMatch(/evaluate|npm|运行/);
    expect(inFile).toContain("「下载空白模板」");
    expect(inExcel).toContain("「插入标准模板」");
    expect(forUsers(core, "ribbon")).toContain("「插入模板」");
  });
});

describe("paneReducer: the file mode", () => {
  test("a chosen file is remembered and replaces the previous file's result; a download leaves a notice", () => {
    const outcome = sampleOutcome();
    const s = run({ type: "evaluated", outcome }, { type: "started", task: "open" });
    expect(s.busy?.task).toBe("open");
    expect(screenOf(s)).toBe("result");
    const opened = paneReducer(s, { type: "fileOpened", name: "乙.xlsx" });
    expect(opened).toMatchObject({ file: "乙.xlsx", outcome: null, busy: null });
    expect(screenOf(opened)).toBe("empty");
    const downloaded = run({ type: "started", task: "download" }, { type: "downloaded", name: "模板.xlsx" });
    expect(downloaded).toMatchObject({ busy: null, notice: { kind: "downloaded", name: "模板.xlsx" } });
  });

  test("a refused file keeps the one chosen before", () => {
    const s = run({ type: "fileOpened", name: "甲.xlsx" }, { type: "started", task: "open" }, { type: "failed", error: { message: "不是工作簿" } });
    expect(s.file).toBe("甲.xlsx");
    expect(s.error?.message).toBe("不是工作簿");
  });
});
