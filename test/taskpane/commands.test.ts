/** @jest-environment jsdom */
import { COMMAND_IDS } from "../../src/commands/ids";
import { decodeMessage, encodeMessage } from "../../src/commands/message";
import { renderMessage } from "../../src/commands/notify";
import { evaluateCommand, insertTemplateCommand, RULES_UNREAD } from "../../src/commands/summaries";
import { HostError } from "../../src/hosts/host";
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
