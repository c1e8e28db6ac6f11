/**
 * The pane's choices, kept in the workbook's own settings (Office.context.document.settings) so they travel with the
 * file. saveAsync is callback-based; its failure is turned into a HostError, never ignored.
 */
import { parseChoices } from "../choices";
import { HostError, type PaneChoices } from "../host";

export const CHOICES_KEY = "jixiao.choices";

/** The part of Office.Settings used here. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: { status: string; error?: { message: string; code?: number | string } }) => void): void;
}

export function loadChoicesFrom(settings: SettingsLike): PaneChoices {
  return parseChoices(settings.get(CHOICES_KEY));
}

export function saveChoicesTo(settings: SettingsLike, choices: PaneChoices): Promise<void> {
  settings.set(CHOICES_KEY, { rules: choices.rules });
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === "succeeded") resolve();
      else {
        const detail = result.error?.message ?? "未知原因";
        const code = result.error?.code === undefined ? undefined : String(result.error.code);
        reject(new HostError(`保存设置失败：${detail}。工作簿可能是只读的，请另存为可编辑的副本后再试。`, code, result.error));
      }
    });
  });
}
