/** @jest-environment jsdom */
import { command } from "../../src/commands/commands";
import { createMessenger, type DialogUi } from "../../src/commands/dialog";
import { COMMAND_IDS } from "../../src/commands/ids";
import { decodeMessage, encodeMessage } from "../../src/commands/message";
import { renderMessage } from "../../src/commands/notify";
import { evaluateCommand, insertTemplateCommand, RULES_UNREAD } from "../../src/commands/summaries";
import { HostError } from "../../src/hosts/host";
import { FakeOfficeUi, installOfficeEnums } from "./fakeOfficeUi";
import { fakeExcelHost, sampleOutcome } from "./helpers";

describe("ribbon commands", () => {
  test("一键评分 tells the score, grade, problems and the sheet written, with the remembered rules", async () => {
    const outcome = sampleOutcome();
    const host = fakeExcelHost({ evaluate: jest.fn(async () => outcome) }, { rules: "四川" });
    const m = await evaluateCommand(host);
    expect(host.evaluate).toHaveBeenCalledWith({ rules: "四川" });
    expect(m.kind).toBe("ok");
    expect(m.lines).toContain(`自评总分：${outcome.overall.score.toFixed(2)} 分`);
    expect(m.lines).toContain(`评价等级：${outcome.overall.grade}`);
    expect(m.lines.some((l) => l.startsWith(`发现问题：错误 ${outcome.overall.errors} 个，警告 ${outcome.overall.warnings} 个`))).toBe(true);
    expect(m.lines.some((l) => l.includes("「自评报告」"))).toBe(true);
  });

  test("一键评分 turns a failure into a message, never a rejection", async () => {
    const host = fakeExcelHost({
      evaluate: jest.fn(async () => {
        throw new HostError("找不到「资金情况」表。", "ItemNotFound");
      }),
      loadChoices: jest.fn(async () => Promise.reject(new Error("settings unreadable"))),
    });
    const m = await evaluateCommand(host);
    expect(m).toEqual({ kind: "error", title: "评分未完成", lines: ["找不到「资金情况」表。", "错误代码：ItemNotFound"] });
    expect(host.evaluate).toHaveBeenCalledWith({ rules: undefined });
  });

  test("一键评分 says so when the pane's 评分规则 could not be read, and scores by 基本信息's", async () => {
    const host = fakeExcelHost({ loadChoices: jest.fn(async () => Promise.reject(new HostError("读取工作簿中保存的设置失败"))) });
    const m = await evaluateCommand(host);
    expect(host.evaluate).toHaveBeenCalledWith({ rules: undefined });
    expect(m.kind).toBe("ok");
    expect(m.lines).toContain(RULES_UNREAD);
  });

  test("插入模板 says what it inserted", async () => {
    const m = await insertTemplateCommand(fakeExcelHost());
    expect(m.lines).toEqual(["已插入：基本信息、资金情况、绩效指标。"]);
    const failed = await insertTemplateCommand(fakeExcelHost({ insertTemplate: jest.fn(async () => Promise.reject(new Error("x"))) }));
    expect(failed.kind).toBe("error");
  });

  test("function names are stable identifiers", () => {
    expect(Object.values(COMMAND_IDS)).toEqual(["evaluateWorkbook", "insertTemplate"]);
  });
});

describe("the result dialog", () => {
  test("a message survives the query string, Chinese included", () => {
    const m = { kind: "error" as const, title: "评分未完成", lines: ["找不到「绩效指标」表&？", "a=b"] };
    expect(decodeMessage(`?${encodeMessage(m)}`)).toEqual(m);
    expect(decodeMessage("")).toEqual({ kind: "ok", title: "", lines: [] });
  });

  test("renders as plain DOM, focuses its button, and closes on click or Esc", () => {
    const close = jest.fn();
    renderMessage(document, { kind: "ok", title: "评分完成", lines: ["自评总分：92.35 分", "评价等级：优"] }, close);
    expect(document.querySelector("h1")?.textContent).toBe("评分完成");
    expect(Array.from(document.querySelectorAll("p")).map((p) => p.textContent)).toEqual(["自评总分：92.35 分", "评价等级：优"]);
    const button = document.querySelector("button") as HTMLButtonElement;
    expect(document.activeElement).toBe(button);
    button.click();
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(close).toHaveBeenCalledTimes(2);
  });
});

describe("the ribbon's dialog, on a fake that fails as Office does", () => {
  beforeAll(installOfficeEnums);
  afterAll(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  const PAGE = "https://addin.example/jixiao/commands.html";
  const ok = (title: string) => ({ kind: "ok" as const, title, lines: ["自评总分：92.35 分"] });
  const event = () => ({ completed: jest.fn() }) as unknown as Office.AddinCommands.Event & { completed: jest.Mock };

  test("the fake refuses a second dialog while one is open (12007)", async () => {
    const ui = new FakeOfficeUi();
    const first = await new Promise<Office.AsyncResult<Office.Dialog>>((r) => ui.displayDialogAsync(`${PAGE}?a`, {}, r));
    const second = await new Promise<Office.AsyncResult<Office.Dialog>>((r) => ui.displayDialogAsync(`${PAGE}?b`, {}, r));
    expect(first.status).toBe("succeeded");
    expect(second.error.code).toBe(12007);
  });

  test("一键评分 twice with the first dialog still open: the first is closed and the second result shown", async () => {
    const ui = new FakeOfficeUi();
    const messenger = createMessenger(ui, { pageUrl: PAGE, settleMs: 10 });
    const e1 = event();
    const e2 = event();
    await command(messenger, async () => ok("评分完成"))(e1);
    await command(messenger, async () => ok("评分完成（第二次）"))(e2);
    expect(ui.shown).toHaveLength(2);
    expect(ui.shown[0].closing).toBe(true);
    expect(ui.open).toBe(ui.shown[1]);
    expect(decodeMessage(new URL(ui.shown[1].url).search).title).toBe("评分完成（第二次）");
    // The settle time was shorter than the close: a 12007 came and the messenger tried again.
    expect(ui.failures).toContain(12007);
    expect(e1.completed).toHaveBeenCalledTimes(1);
    expect(e2.completed).toHaveBeenCalledTimes(1);
  });

  test("the command completes as soon as the dialog is shown, not when the user closes it", async () => {
    const ui = new FakeOfficeUi();
    const e = event();
    await command(createMessenger(ui, { pageUrl: PAGE }), async () => ok("评分完成"))(e);
    expect(ui.open).not.toBeNull();
    expect(e.completed).toHaveBeenCalledTimes(1);
    // Closing by 确定 or by the window's X both let the next message open at once.
    ui.shown[0].userConfirms();
    await new Promise((r) => setTimeout(r, ui.closeDelayMs + 5));
    expect(ui.open).toBeNull();
  });

  test("after the user closed a dialog with its X, the next opens without closing anything", async () => {
    const ui = new FakeOfficeUi();
    const messenger = createMessenger(ui, { pageUrl: PAGE, settleMs: 10 });
    await messenger.show(ok("一"));
    ui.shown[0].userClosesWindow();
    expect(await messenger.show(ok("二"))).toBe(true);
    expect(ui.failures).toEqual([]);
  });

  test("a line break inside a message never reaches the dialog's URL (office-js#2762, Excel on the web)", async () => {
    const ui = new FakeOfficeUi(true);
    const messenger = createMessenger(ui, { pageUrl: PAGE });
    const shown = await messenger.show({ kind: "error", title: "评分未完成\n", lines: ["写入评价报告失败：Excel 内部出错（第一行\r\n第二行）"] });
    expect(shown).toBe(true);
    expect(ui.failures).toEqual([]);
    expect(ui.shown[0].url).not.toMatch(/%0A|%0D/i);
    expect(decodeMessage(new URL(ui.shown[0].url).search).lines).toEqual(["写入评价报告失败：Excel 内部出错（第一行", "第二行）"]);
  });

  test("a dialog that cannot open still completes the command", async () => {
    const ui: DialogUi = { displayDialogAsync: (_u, _o, cb) => setTimeout(() => cb({ status: "failed", error: { code: 12009, message: "blocked" } } as unknown as Office.AsyncResult<Office.Dialog>), 0) };
    const e = event();
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await command(createMessenger(ui, { pageUrl: PAGE }), async () => ok("评分完成"))(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
