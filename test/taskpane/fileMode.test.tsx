/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { EvaluationOutcome, EvaluationProgress } from "../../src/hosts/host";
import { HostError } from "../../src/hosts/host";
import { STRINGS } from "../../src/taskpane/i18n";
import { deferred, fakeFileHost, renderPane, sampleOutcome, stubBrowserApis } from "./helpers";

// Rendering Fluent under jsdom takes seconds on a busy 2-core machine; the tests check behaviour, never time.
jest.setTimeout(30_000);

/** The pane outside Excel, on a file the user chooses: every state with a fake FileHost (the real one: test/hosts/browser). */

beforeAll(stubBrowserApis);

// The browser's download: an object URL for a Blob, clicked through an <a download>. jsdom has neither half.
let saved: { name: string; type: string; size: number }[];
let clickSpy: jest.SpyInstance;
beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = jest.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = jest.fn();
  clickSpy = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    saved.push({ name: this.download, type: blob.type, size: blob.size });
  });
});
afterEach(() => clickSpy.mockRestore());

const evaluateButton = () => screen.getByRole("button", { name: "一键评分" }) as HTMLButtonElement;
const chooser = () => screen.getByRole("button", { name: "选择 .xlsx 文件" }) as HTMLButtonElement;
const input = () => screen.getByTestId("file-input") as HTMLInputElement;
const xlsx = (name = "丰都县总工会2024.xlsx") => new File(["PK"], name);

async function choose(file: File) {
  // The real input's change event, as the browser fires it after its dialog; userEvent's upload would drop a file
  // its accept attribute rejects, which is exactly the case the error test needs.
  await act(async () => {
    fireEvent.change(input(), { target: { files: [file] } });
  });
  // Reading a File takes a turn of the event loop (FileReader): wait until the pane is no longer busy with it.
  await waitFor(() => expect(screen.getByRole("main").getAttribute("aria-busy")).toBe("false"));
}

describe("file mode: the pane without Excel", () => {
  test("empty: the chooser (a real file input behind a button), the note that nothing is uploaded, 一键评分 waiting for a file", async () => {
    await renderPane(fakeFileHost());
    expect(screen.getByTestId("file-mode-note").textContent).toContain("不会上传");
    expect(chooser()).toBeTruthy();
    expect(input().type).toBe("file");
    expect(input().accept).toContain(".xlsx");
    expect(screen.getByText("或把 .xlsx 文件拖到这里")).toBeTruthy();
    expect(screen.getByTestId("file-name").textContent).toBe("尚未选择文件");
    expect(evaluateButton().disabled).toBe(true);
    expect((screen.getByRole("button", { name: "下载评分结果" }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole("button", { name: "下载空白模板" }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByText(/选择或拖入填好的 .xlsx 工作簿/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "插入标准模板" })).toBeNull();
  });

  test("the chooser button opens the file input's dialog", async () => {
    await renderPane(fakeFileHost());
    const opened = jest.fn();
    input().addEventListener("click", opened);
    await userEvent.click(chooser());
    expect(opened).toHaveBeenCalledTimes(1);
  });

  test("where the browser has the File System Access API, the chooser uses it and each 一键评分 reads the file anew", async () => {
    let onDisk = new File(["PK-1"], "丰都县总工会2024.xlsx");
    const handle = { kind: "file", getFile: jest.fn(async () => onDisk) };
    const picker = jest.fn(async () => [handle]);
    (window as unknown as { showOpenFilePicker?: unknown }).showOpenFilePicker = picker;
    try {
      const host = fakeFileHost();
      await renderPane(host);
      const opened = jest.fn();
      input().addEventListener("click", opened);
      await userEvent.click(chooser());
      expect(await screen.findByText("已选择：丰都县总工会2024.xlsx")).toBeTruthy();
      expect(opened).not.toHaveBeenCalled();
      expect(picker).toHaveBeenCalledWith(expect.objectContaining({ multiple: false }));
      const chosen = host.openFile.mock.calls[0][0];
      expect(chosen.live).toBe(true);
      onDisk = new File(["PK-2"], "丰都县总工会2024.xlsx");
      expect(String.fromCharCode(...new Uint8Array(await chosen.reread!()))).toBe("PK-2");
    } finally {
      delete (window as unknown as { showOpenFilePicker?: unknown }).showOpenFilePicker;
    }
  });

  test("a picker the page may not use here (a cross-origin frame) falls back to the file input", async () => {
    (window as unknown as { showOpenFilePicker?: unknown }).showOpenFilePicker = jest.fn(async () => {
      throw new DOMException("Cross origin sub frames aren't allowed to show a file picker.", "SecurityError");
    });
    try {
      await renderPane(fakeFileHost());
      const opened = jest.fn();
      input().addEventListener("click", opened);
      await userEvent.click(chooser());
      await waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    } finally {
      delete (window as unknown as { showOpenFilePicker?: unknown }).showOpenFilePicker;
    }
  });

  test("file chosen: its name is shown, the host has its bytes, and 一键评分 is ready", async () => {
    const host = fakeFileHost();
    await renderPane(host);
    await userEvent.upload(input(), xlsx());
    expect(await screen.findByText("已选择：丰都县总工会2024.xlsx")).toBeTruthy();
    expect(host.openFile).toHaveBeenCalledWith(expect.objectContaining({ name: "丰都县总工会2024.xlsx", bytes: expect.any(ArrayBuffer), live: false }));
    expect(new Uint8Array(host.openFile.mock.calls[0][0].bytes)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect(evaluateButton().disabled).toBe(false);
  });

  test("a dropped .xlsx is taken like a chosen one", async () => {
    const host = fakeFileHost();
    await renderPane(host);
    const zone = screen.getByTestId("drop-zone");
    const dataTransfer = { files: [xlsx("拖入的表.xlsx")], types: ["Files"], dropEffect: "none" };
    fireEvent.dragOver(zone, { dataTransfer });
    await act(async () => {
      fireEvent.drop(zone, { dataTransfer });
    });
    expect(await screen.findByText("已选择：拖入的表.xlsx")).toBeTruthy();
    expect(host.openFile).toHaveBeenCalledWith(expect.objectContaining({ name: "拖入的表.xlsx" }));
  });

  test("running: the ProgressBar follows the host, and nothing else can start", async () => {
    const run = deferred<EvaluationOutcome>();
    let report: ((p: EvaluationProgress) => void) | undefined;
    const host = fakeFileHost({
      evaluate: jest.fn((request) => {
        report = request.onProgress;
        return run.promise;
      }),
    });
    await renderPane(host);
    await choose(xlsx());
    await userEvent.click(evaluateButton());
    expect(screen.getByRole("progressbar")).toBeTruthy();
    // Waiting but focusable (aria-disabled), so a keyboard user's focus stays where it was.
    for (const name of ["正在评分…", "选择 .xlsx 文件", "下载空白模板"]) {
      expect(screen.getByRole("button", { name }).getAttribute("aria-disabled")).toBe("true");
    }
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "正在评分…" }));
    act(() => report?.({ step: "evaluate", fraction: 0.4 }));
    expect(screen.getByText("正在评分…计算得分与检查")).toBeTruthy();
    await act(async () => run.resolve(sampleOutcome()));
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("result: the same view as in Excel, findings' cells as text, and the workbook with its report to download", async () => {
    const outcome = sampleOutcome();
    const host = fakeFileHost({ evaluate: jest.fn(async () => outcome) });
    await renderPane(host);
    await choose(xlsx());
    await userEvent.click(evaluateButton());
    expect((await screen.findByTestId("score")).textContent).toBe(outcome.overall.score.toFixed(2));
    expect(screen.getByTestId("grade").textContent).toBe(outcome.overall.grade);
    expect(screen.getByTestId("execution-rate").textContent).toBe("95.00%");
    expect(within(screen.getByRole("table")).getByRole("rowheader", { name: "测试单位" })).toBeTruthy();
    expect(screen.getByText("点「下载评分结果」保存含「自评报告」表的工作簿；原文件不会被修改。")).toBeTruthy();
    // A finding names its cell, but as text: there is no workbook on screen to select it in.
    const vague = outcome.evaluation.findings.find((f) => f.code === "vague-wording")!;
    expect(screen.getAllByText(new RegExp(`^${vague.sheet}!${vague.cell}`)).length).toBeGreaterThan(0);
    expect(screen.queryAllByRole("button", { name: /^绩效指标!/ })).toHaveLength(0);
    expect(screen.queryByText("点击一条问题即可在工作簿中选中它所在的单元格。")).toBeNull();

    const download = screen.getByRole("button", { name: "下载评分结果" }) as HTMLButtonElement;
    expect(download.disabled).toBe(false);
    await userEvent.click(download);
    expect(await screen.findByText("已生成「测试-自评报告.xlsx」，请在浏览器的下载中查看。")).toBeTruthy();
    expect(saved).toEqual([
      { name: "测试-自评报告.xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", size: 3 },
    ]);
  });

  test("下载Word报告 saves the result's 绩效自评工作报告 as a .docx, made in the page", async () => {
    const outcome = sampleOutcome();
    await renderPane(fakeFileHost({ evaluate: jest.fn(async () => outcome) }));
    const word = screen.getByRole("button", { name: "下载Word报告" }) as HTMLButtonElement;
    expect(word.disabled).toBe(true);
    await choose(xlsx());
    await userEvent.click(evaluateButton());
    await screen.findByTestId("score");
    await userEvent.click(word);
    const name = "测试单位2024年度绩效自评工作报告.docx";
    expect(await screen.findByText(`已生成「${name}」，请在浏览器的下载中查看。`, {}, { timeout: 40_000 })).toBeTruthy();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ name, type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    expect(saved[0].size).toBeGreaterThan(5000);
  }, 60_000);

  test("下载空白模板 saves the template without a file chosen", async () => {
    const host = fakeFileHost();
    await renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: "下载空白模板" }));
    await waitFor(() => expect(saved.map((f) => f.name)).toEqual(["绩效自评标准模板.xlsx"]));
    expect(host.templateFile).toHaveBeenCalledTimes(1);
  });

  test("choosing another file clears the previous file's result, so its report cannot be downloaded by mistake", async () => {
    await renderPane(fakeFileHost());
    await choose(xlsx("甲.xlsx"));
    await userEvent.click(evaluateButton());
    await screen.findByTestId("score");
    await choose(xlsx("乙.xlsx"));
    expect(screen.getByText("已选择：乙.xlsx")).toBeTruthy();
    expect(screen.queryByTestId("score")).toBeNull();
    expect((screen.getByRole("button", { name: "下载评分结果" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("error: a file that is not .xlsx gets the host's Chinese sentence, and the pane stays usable", async () => {
    await renderPane(fakeFileHost());
    await choose(new File(["hello"], "说明.docx"));
    expect(await screen.findByText("操作未完成")).toBeTruthy();
    expect(screen.getByText("文件“说明.docx”不是 Excel 工作簿（.xlsx），请选择 .xlsx 文件。")).toBeTruthy();
    expect(screen.getByTestId("file-name").textContent).toBe("尚未选择文件");
    expect(evaluateButton().disabled).toBe(true);
    expect(chooser().disabled).toBe(false);
  });

  test("error: a damaged .xlsx fails at 一键评分 with the host's message, and no internal code for the accountant", async () => {
    const host = fakeFileHost({
      evaluate: jest.fn(async () => {
        throw new HostError("文件“坏.xlsx”不是有效的 Excel 工作簿：它可能已损坏。", "not-zip");
      }),
    });
    await renderPane(host);
    await choose(xlsx("坏.xlsx"));
    await userEvent.click(evaluateButton());
    expect(await screen.findByText("文件“坏.xlsx”不是有效的 Excel 工作簿：它可能已损坏。")).toBeTruthy();
    expect(screen.queryByText(/错误代码/)).toBeNull();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(evaluateButton().disabled).toBe(false);
  });

  test("keyboard only: Tab reaches the chooser, then the rules, 一键评分 and the downloads, and Enter runs them", async () => {
    const host = fakeFileHost();
    await renderPane(host);
    await waitFor(() => expect((screen.getByLabelText("评分规则") as HTMLSelectElement).disabled).toBe(false));
    const opened = jest.fn();
    input().addEventListener("click", opened);
    await userEvent.tab();
    expect(document.activeElement).toBe(chooser());
    await userEvent.keyboard("{Enter}");
    expect(opened).toHaveBeenCalledTimes(1);
    await choose(xlsx());
    chooser().focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByLabelText("评分规则"));
    await userEvent.tab();
    expect(document.activeElement).toBe(evaluateButton());
    await userEvent.keyboard("{Enter}");
    await screen.findByTestId("score");
    expect(host.evaluate).toHaveBeenCalledTimes(1);
  });

  test("en-US: the file mode in English", async () => {
    await renderPane(fakeFileHost(), STRINGS["en-US"]);
    expect(screen.getByRole("button", { name: "Choose an .xlsx file" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Download blank template" })).toBeTruthy();
    expect(screen.getByText("No file chosen")).toBeTruthy();
  });
});
