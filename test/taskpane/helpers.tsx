import { act, render, type RenderResult } from "@testing-library/react";
import { TextEncoder } from "node:util";
import { webLightTheme } from "@fluentui/react-components";
import { evaluateGrids } from "../../src/core/evaluate";
import { overallOf } from "../../src/core/overall";
import { HostError, type EvaluationOutcome, type ExcelHost, type FileHost, type PaneChoices } from "../../src/hosts/host";
import { App } from "../../src/taskpane/App";
import { STRINGS, type Strings } from "../../src/taskpane/i18n";
import { Shell } from "../../src/taskpane/Shell";
import { balancedRows, row, simpleWorkbook } from "../helpers/grids";

/** jsdom lacks what Fluent's components measure and animate with. */
export function stubBrowserApis(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  // Every browser has TextEncoder (the docx package writes its XML with it); jest's jsdom environment leaves it out.
  g.TextEncoder ??= TextEncoder;
  g.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener() {},
        removeListener() {},
        addEventListener() {},
        removeEventListener() {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
}

/** An outcome the real engine computed from a small workbook with one vague target and a missing deviation reason. */
export function sampleOutcome(): EvaluationOutcome {
  const rows = balancedRows();
  rows.push(row("效益指标", "社会效益指标", "职工凝聚力", "", "有效提升", "", "提升", 0));
  const evaluation = evaluateGrids(simpleWorkbook(rows, ["", "合计", 100, 100, 95, 10]));
  return { evaluation, overall: overallOf(evaluation), reportSheet: "自评报告", notes: [] };
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (r: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function fakeExcelHost(overrides: Partial<ExcelHost> = {}, choices: PaneChoices = { rules: null }): jest.Mocked<ExcelHost> {
  return {
    kind: "excel",
    downloads: true,
    loadChoices: jest.fn(async () => choices),
    saveChoices: jest.fn(async () => undefined),
    insertTemplate: jest.fn(async () => ({ created: ["基本信息", "资金情况", "绩效指标"], skipped: [] })),
    evaluate: jest.fn(async () => sampleOutcome()),
    selectFinding: jest.fn(async () => undefined),
    markFindings: jest.fn(async (f) => f.length),
    clearMarks: jest.fn(async () => 3),
    ...overrides,
  } as jest.Mocked<ExcelHost>;
}

/** A file host that keeps the chosen name, refuses what is not .xlsx as the real one does, and answers from memory. */
export function fakeFileHost(overrides: Partial<FileHost> = {}): jest.Mocked<FileHost> {
  let chosen: string | null = null;
  const host: FileHost = {
    kind: "file",
    loadChoices: jest.fn(async () => ({ rules: null })),
    saveChoices: jest.fn(async () => undefined),
    openFile: jest.fn(async (file: { name: string; bytes: ArrayBuffer }) => {
      if (!/\.xlsx$/i.test(file.name)) {
        throw new HostError(`文件“${file.name}”不是 Excel 工作簿（.xlsx），请选择 .xlsx 文件。`, "not-xlsx");
      }
      chosen = file.name;
    }),
    fileName: jest.fn(() => chosen),
    evaluate: jest.fn(async () => sampleOutcome()),
    resultFile: jest.fn(async () => ({ name: "测试-自评报告.xlsx", bytes: new Uint8Array([1, 2, 3]) })),
    templateFile: jest.fn(async () => ({ name: "绩效自评标准模板.xlsx", bytes: new Uint8Array([4, 5]) })),
    ...overrides,
  };
  return host as jest.Mocked<FileHost>;
}

/** Renders the pane and lets the host's loadChoices settle, as it does before a user can click anything. */
export async function renderPane(host: ExcelHost | FileHost, strings: Strings = STRINGS["zh-CN"]): Promise<RenderResult> {
  return act(async () =>
    render(
      <Shell theme={webLightTheme} strings={strings}>
        <App host={host} />
      </Shell>,
    ),
  );
}
