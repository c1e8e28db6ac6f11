import type { ExcelHost, EvaluationOutcome } from "../hosts/host";
import { HostError } from "../hosts/host";
import { formatRate, formatScore } from "../taskpane/format";
import { shownCode } from "../taskpane/errors";
import { forUsers } from "../taskpane/userText";
import type { CommandMessage } from "./message";

/**
 * The ribbon commands' work, apart from Office's event plumbing: each runs on an ExcelHost and always resolves to a
 * message for the user, success or failure, so commands.ts can show it and complete the event unconditionally.
 */

export const RULES_UNREAD = "未能读取面板中选择的评分规则，本次按「基本信息」表中的评分规则评分。";

export function outcomeMessage(o: EvaluationOutcome, remarks: readonly string[] = []): CommandMessage {
  const { overall } = o;
  const rate = formatRate(overall.executionRate);
  return {
    kind: "ok",
    title: "评分完成",
    lines: [
      `自评总分：${formatScore(overall.score)} 分`,
      `评价等级：${overall.grade}`,
      `资金执行率：${rate ?? "无法计算"}`,
      `发现问题：错误 ${overall.errors} 个，警告 ${overall.warnings} 个，提示 ${overall.notes} 个`,
      `自评报告已写入「${o.reportSheet}」表。打开「绩效自评」面板可逐条查看问题。`,
      ...remarks,
      ...o.notes,
    ],
  };
}

export function failureMessage(title: string, e: unknown): CommandMessage {
  if (e instanceof HostError) {
    const message = forUsers(e.message, "ribbon");
    const code = shownCode(e.code, "excel");
    return { kind: "error", title, lines: code ? [message, `错误代码：${code}`] : [message] };
  }
  return {
    kind: "error",
    title,
    lines: [`发生意外错误：${e instanceof Error ? e.message : String(e)}。请重试；若仍失败，请把这句话告诉管理员。`],
  };
}

export async function evaluateCommand(host: ExcelHost): Promise<CommandMessage> {
  try {
    // The pane's remembered 评分规则 applies here too, so the button and the pane never score differently. Where it
    // cannot be read the workbook's own 评分规则 decides, and the message says so rather than differ in silence.
    const choices = await host.loadChoices().then(
      (c) => ({ rules: c.rules, unread: false }),
      () => ({ rules: null, unread: true }),
    );
    return outcomeMessage(
      await host.evaluate({ rules: choices.rules ?? undefined }),
      choices.unread ? [RULES_UNREAD] : [],
    );
  } catch (e) {
    return failureMessage("评分未完成", e);
  }
}

export async function insertTemplateCommand(host: ExcelHost): Promise<CommandMessage> {
  try {
    const { created, skipped } = await host.insertTemplate();
    const lines = [
      ...(created.length ? [`已插入：${created.join("、")}。`] : []),
      ...(skipped.length ? [`已存在，未改动：${skipped.join("、")}。`] : []),
    ];
    return { kind: "ok", title: "标准模板", lines: lines.length ? lines : ["没有需要插入的表。"] };
  } catch (e) {
    return failureMessage("未能插入模板", e);
  }
}
