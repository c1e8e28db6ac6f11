import { createExcelHost } from "../hosts/excel";
import { createMessenger, type Messenger } from "./dialog";
import { COMMAND_IDS } from "./ids";
import type { CommandMessage } from "./message";
import { evaluateCommand, insertTemplateCommand } from "./summaries";

/**
 * The ribbon's function file: 一键评分 and 插入模板 without the pane. Each runs, shows the result in a dialog, and
 * completes its event as soon as the dialog is shown (or cannot be), so Excel never leaves the button waiting while
 * the user reads the message.
 */

export function command(messenger: Messenger, work: () => Promise<CommandMessage>) {
  return async (event: Office.AddinCommands.Event) => {
    try {
      await messenger.show(await work());
    } catch (e) {
      console.error("绩效自评助手: command failed", e);
    } finally {
      event.completed();
    }
  };
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    const messenger = createMessenger(Office.context.ui, { pageUrl: location.href });
    Office.actions.associate(
      COMMAND_IDS.evaluate,
      command(messenger, () => evaluateCommand(createExcelHost())),
    );
    Office.actions.associate(
      COMMAND_IDS.insertTemplate,
      command(messenger, () => insertTemplateCommand(createExcelHost())),
    );
  });
}
