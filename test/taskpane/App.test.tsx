/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { EvaluationOutcome, EvaluationProgress } from "../../src/hosts/host";
import { HostError } from "../../src/hosts/host";
import { STRINGS } from "../../src/taskpane/i18n";
import { deferred, fakeExcelHost, fakeFileHost, renderPane, sampleOutcome, stubBrowserApis } from "./helpers";

// Rendering Fluent under jsdom takes seconds on a busy 2-core machine; the tests check behaviour, never time.
jest.setTimeout(30_000);

beforeAll(stubBrowserApis);

/** jsdom's Blob has no text(); its FileReader does the same. */
const readText = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

const evaluateButton = () => screen.getByRole("button", { name: "一键评分" });

describe("the pane's states", () => {
  test("empty: the actions, the rules dropdown on 按基本信息 and the not-yet-evaluated note", async () => {
    const host = fakeExcelHost();
    await renderPane(host);
    expect(screen.getByRole("heading", { level: 1, name: "绩效自评助手" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "插入标准模板" })).toBeTruthy();
    expect(evaluateButton()).toBeTruthy();
    expect(screen.getByText("尚未评分")).toBeTruthy();
    const select = screen.getByLabelText("评分规则") as HTMLSelectElement;
    await waitFor(() => expect(select.disabled).toBe(false));
    expect(select.value).toBe("");
    expect(within(select).getAllByRole("option").map((o) => o.textContent)).toEqual(["按基本信息", "中央通用", "重庆部门整体", "四川"]);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(host.loadChoices).toHaveBeenCalledTimes(1);
  });

  test("running: a ProgressBar that follows the host's steps, and the buttons wait", async () => {
    const run = deferred<EvaluationOutcome>();
    let report: ((p: EvaluationProgress) => void) | undefined;
    const host = fakeExcelHost({
      evaluate: jest.fn((request) => {
        report = request.onProgress;
        return run.promise;
      }),
    });
    await renderPane(host);
    await userEvent.click(evaluateButton());
    const bar = screen.getByRole("progressbar");
    expect(bar).toBeTruthy();
    // Waiting but focusable (aria-disabled), so a keyboard user's focus stays on the button they pressed.
    expect(screen.getByRole("button", { name: "正在评分…" }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByRole("button", { name: "插入标准模板" }).getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "正在评分…" }));
    act(() => report?.({ step: "write", fraction: 0.8 }));
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.8");
    expect(screen.getByText("正在评分…写入自评报告")).toBeTruthy();
    await act(async () => run.resolve(sampleOutcome()));
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("result: score, grade, execution rate, per-unit totals and findings by severity", async () => {
    const outcome = sampleOutcome();
    const host = fakeExcelHost({ evaluate: jest.fn(async () => outcome) });
    await renderPane(host);
    await userEvent.click(evaluateButton());
    await screen.findByTestId("score");
    expect(screen.getByTestId("score").textContent).toBe(outcome.overall.score.toFixed(2));
    expect(screen.getByTestId("grade").textContent).toBe(outcome.overall.grade);
    expect(screen.getByTestId("execution-rate").textContent).toBe("95.00%");
    expect(screen.getByText("自评报告已写入「自评报告」表。")).toBeTruthy();
    const units = screen.getByRole("table");
    expect(within(units).getByRole("rowheader", { name: "测试单位" })).toBeTruthy();
    const findings = outcome.evaluation.findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(screen.getByRole("heading", { name: `发现的问题（${findings.length}）` })).toBeTruthy();
    const warnings = findings.filter((f) => f.severity === "warning").length;
    expect(screen.getByRole("button", { name: new RegExp(`^警告\\s*${warnings}`) })).toBeTruthy();
  });

  test("result: clicking a finding, or Enter on it, selects its cell in the workbook", async () => {
    const outcome = sampleOutcome();
    const host = fakeExcelHost({ evaluate: jest.fn(async () => outcome) });
    await renderPane(host);
    await userEvent.click(evaluateButton());
    const vague = outcome.evaluation.findings.find((f) => f.code === "vague-wording");
    expect(vague).toBeDefined();
    const item = await screen.findByRole("button", { name: new RegExp(`^${vague!.sheet}!${vague!.cell}`) });
    await userEvent.click(item);
    expect(host.selectFinding).toHaveBeenCalledWith(vague);
    item.focus();
    await userEvent.keyboard("{Enter}");
    expect(host.selectFinding).toHaveBeenCalledTimes(2);
  });

  test("result: the filter box narrows the findings", async () => {
    const outcome = sampleOutcome();
    await renderPane(fakeExcelHost({ evaluate: jest.fn(async () => outcome) }));
    await userEvent.click(evaluateButton());
    const box = await screen.findByLabelText("筛选问题（单元格、文字）");
    await userEvent.type(box, "凝聚力");
    const shown = screen.getAllByRole("button", { name: /^绩效指标!/ });
    expect(shown.length).toBeGreaterThan(0);
    for (const b of shown) expect(b.textContent).toContain("凝聚力");
  });

  test("error: the host's Chinese sentence and its code, dismissible, and the pane is usable again", async () => {
    const host = fakeExcelHost({
      evaluate: jest.fn(async () => {
        throw new HostError("工作簿中找不到「绩效指标」表：请先插入标准模板。", "ItemNotFound");
      }),
    });
    await renderPane(host);
    await userEvent.click(evaluateButton());
    expect(await screen.findByText("操作未完成")).toBeTruthy();
    expect(screen.getByText("工作簿中找不到「绩效指标」表：请先插入标准模板。")).toBeTruthy();
    expect(screen.getByText("错误代码：ItemNotFound")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect((evaluateButton() as HTMLButtonElement).disabled).toBe(false);
    await userEvent.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByText("操作未完成")).toBeNull();
  });

  test("error: an unexpected exception is shown with its text, not swallowed", async () => {
    const host = fakeExcelHost({ evaluate: jest.fn(async () => Promise.reject(new TypeError("x is undefined"))) });
    await renderPane(host);
    await userEvent.click(evaluateButton());
    expect(await screen.findByText(/发生意外错误：x is undefined/)).toBeTruthy();
  });
});

describe("choices and actions", () => {
  test("the remembered rules are shown, a new choice is saved and used for the next evaluation", async () => {
    const host = fakeExcelHost({}, { rules: "重庆部门整体" });
    await renderPane(host);
    const select = screen.getByLabelText("评分规则") as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe("重庆部门整体"));
    await userEvent.selectOptions(select, "四川");
    expect(host.saveChoices).toHaveBeenCalledWith({ rules: "四川" });
    await userEvent.click(evaluateButton());
    expect(host.evaluate).toHaveBeenCalledWith(expect.objectContaining({ rules: "四川" }));
    await userEvent.selectOptions(select, "按基本信息");
    expect(host.saveChoices).toHaveBeenLastCalledWith({ rules: null });
  });

  test("按基本信息 evaluates with no rules, so the workbook's 评分规则 decides", async () => {
    const host = fakeExcelHost();
    await renderPane(host);
    await waitFor(() => expect(host.loadChoices).toHaveBeenCalled());
    await userEvent.click(evaluateButton());
    expect(host.evaluate.mock.calls[0][0].rules).toBeUndefined();
  });

  test("插入标准模板 reports what it inserted and what it left alone", async () => {
    const host = fakeExcelHost({ insertTemplate: jest.fn(async () => ({ created: ["资金情况"], skipped: ["基本信息"] })) });
    await renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: "插入标准模板" }));
    expect(await screen.findByText("已插入：资金情况。已存在，未改动：基本信息。")).toBeTruthy();
  });

  test("标记问题单元格 marks the findings of the result; 清除标记 clears them", async () => {
    const outcome = sampleOutcome();
    const host = fakeExcelHost({ evaluate: jest.fn(async () => outcome) });
    await renderPane(host);
    const mark = screen.getByRole("button", { name: "标记问题单元格" }) as HTMLButtonElement;
    expect(mark.disabled).toBe(true);
    await userEvent.click(evaluateButton());
    await screen.findByTestId("score");
    await userEvent.click(mark);
    expect(host.markFindings).toHaveBeenCalledWith(outcome.evaluation.findings);
    expect(await screen.findByText(`已标记 ${outcome.evaluation.findings.length} 个单元格。`)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText("已清除 3 个单元格的标记。")).toBeTruthy();
  });

  test("the whole pane works from the keyboard: Tab reaches the actions in order and Enter runs them", async () => {
    const host = fakeExcelHost();
    await renderPane(host);
    await waitFor(() => expect((screen.getByLabelText("评分规则") as HTMLSelectElement).disabled).toBe(false));
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "插入标准模板" }));
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByLabelText("评分规则"));
    await userEvent.tab();
    expect(document.activeElement).toBe(evaluateButton());
    await userEvent.keyboard("{Enter}");
    expect(host.evaluate).toHaveBeenCalledTimes(1);
  });

  test("a file host shows no Excel-only actions and a read-only findings list", async () => {
    const host = fakeFileHost();
    await renderPane(host);
    expect(screen.queryByRole("button", { name: "插入标准模板" })).toBeNull();
    expect(screen.queryByRole("button", { name: "标记问题单元格" })).toBeNull();
    await userEvent.upload(screen.getByTestId("file-input"), new File(["x"], "测试.xlsx"));
    await userEvent.click(evaluateButton());
    await screen.findByTestId("score");
    expect(screen.queryAllByRole("button", { name: /^绩效指标!/ })).toHaveLength(0);
  });

  test("Excel on Windows and the web: 下载Word报告 is offered once there is a result", async () => {
    await renderPane(fakeExcelHost({ downloads: true }));
    expect((screen.getByRole("button", { name: "下载Word报告" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole("button", { name: "复制Word报告" })).toBeNull();
  });

  test("Excel for Mac cannot download: 复制Word报告 puts the report on the clipboard as HTML with its headings and tables", async () => {
    const written: Record<string, string>[] = [];
    class FakeItem {
      constructor(readonly parts: Record<string, Blob>) {}
    }
    Object.assign(globalThis, { ClipboardItem: FakeItem });
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: {
        write: async (items: FakeItem[]) => {
          for (const item of items) {
            const out: Record<string, string> = {};
            for (const [type, blob] of Object.entries(item.parts)) out[type] = await readText(blob);
            written.push(out);
          }
        },
      },
    });
    await renderPane(fakeExcelHost({ downloads: false }));
    expect(screen.queryByRole("button", { name: "下载Word报告" })).toBeNull();
    expect(screen.getByText(/Mac 版 Excel 的任务窗格不能下载文件/)).toBeTruthy();
    await userEvent.click(evaluateButton());
    await screen.findByTestId("score");
    await userEvent.click(screen.getByRole("button", { name: "复制Word报告" }));
    expect(await screen.findByText(/Word 报告已复制/, {}, { timeout: 40_000 })).toBeTruthy();
    expect(written).toHaveLength(1);
    const html = written[0]["text/html"];
    expect(html).toContain("测试单位2024年度绩效自评工作报告");
    expect(html).toMatch(/<h1[^>]*>一、基本情况<\/h1>/);
    expect(html).toMatch(/<h2[^>]*>（一）/);
    expect(html.match(/<table/g)?.length).toBe(2);
    expect(written[0]["text/plain"]).toContain("五、其他需要说明的问题");
  }, 60_000);

  test("en-US: the same pane in English", async () => {
    await renderPane(fakeExcelHost(), STRINGS["en-US"]);
    expect(screen.getByRole("button", { name: "Evaluate" })).toBeTruthy();
    expect(screen.getByText("Not evaluated yet")).toBeTruthy();
    expect(screen.getByLabelText("Scoring rules")).toBeTruthy();
  });
});
