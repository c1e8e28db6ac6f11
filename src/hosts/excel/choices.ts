/**
 * The pane's choices, kept in the workbook's own settings (Office.context.document.settings) so they travel with the
 * file. saveAsync and refreshAsync are callback-based; their failures are turned into HostErrors, never ignored.
 *
 * Each runtime has its own in-memory copy of the settings, loaded with it: the reference's Settings.refreshAsync
 * "reads all settings persisted in the document and refreshes the content add-in's copy of those settings held in
 * memory". The ribbon's function file loads once and stays loaded, so without a refresh 一键评分 from the ribbon would
 * score with the 评分规则 that was saved when it started, not the one the pane saved since.
 */
import { parseChoices } from "../choices";
import { HostError, type PaneChoices } from "../host";

export const CHOICES_KEY = "jixiao.choices";

/** The part of Office.Settings used here. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: AsyncResultLike) => void): void;
  refreshAsync(callback: (result: AsyncResultLike) => void): void;
}

interface AsyncResultLike {
  status: string;
  error?: { message: string; code?: number | string };
}

function codeOf(result: AsyncResultLike): string | undefined {
  return result.error?.code === undefined ? undefined : String(result.error.code);
}

/** Refreshes this runtime's copy from the document, then reads the choices from it. */
export function loadChoicesFrom(settings: SettingsLike): Promise<PaneChoices> {
  return new Promise((resolve, reject) => {
    settings.refreshAsync((result) => {
      if (result.status === "succeeded") resolve(parseChoices(settings.get(CHOICES_KEY)));
      else reject(new HostError(`读取工作簿中保存的设置失败：${result.error?.message ?? "未知原因"}。`, codeOf(result), result.error));
    });
  });
}

export function saveChoicesTo(settings: SettingsLike, choices: PaneChoices): Promise<void> {
  settings.set(CHOICES_KEY, { rules: choices.rules });
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === "succeeded") resolve();
      else {
        const detail = result.error?.message ?? "未知原因";
        reject(new HostError(`保存设置失败：${detail}。工作簿可能是只读的，请另存为可编辑的副本后再试。`, codeOf(result), result.error));
      }
    });
  });
}
