import { createExcelHost } from "../hosts/excel";
import { showMessage } from "./dialog";
import { COMMAND_IDS } from "./ids";
import type { CommandMessage } from "./message";
import { evaluateCommand, insertTemplateCommand } from "./summaries";

/**
 * The ribbon's function file: 一键评分 and 插入模板 without the pane. Each runs, tells the result in a dialog, and
 * always completes its event, so Excel never leaves the button waiting.
 */

// A safety net: if Office never reports the dialog closed, the command still completes.
const DIALOG_WAIT_MS = 10 * 60 * 1000;

function command(work: () => Promise<CommandMessage>) {
  return async (event: Office.AddinCommands.Event) => {
    try {
      const message = await work();
      await Promise.race([showMessage(message), new Promise((r) => setTimeout(r, DIALOG_WAIT_MS))]);
    } catch (e) {
      console.error("绩效自评助手: command failed", e);
    } finally {
      event.completed();
    }
  };
}

Office.onReady(() => {
  Office.actions.associate(
    COMMAND_IDS.evaluate,
    command(() => evaluateCommand(createExcelHost())),
  );
  Office.actions.associate(
    COMMAND_IDS.insertTemplate,
    command(() => insertTemplateCommand(createExcelHost())),
  );
});
