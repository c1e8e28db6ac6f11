/**
 * Messages from the core are written for every place the engine runs, the command line included. The one sentence that
 * names a command (a missing sheet: 「…或运行 evaluate template 生成标准工作簿」) is said here as the pane and the ribbon
 * offer it instead, so no accountant is told to run a command.
 */
export const CLI_TEMPLATE_HINT = "或运行 evaluate template 生成标准工作簿";

export type Place = "file" | "pane" | "ribbon";

const INSTEAD: Record<Place, string> = {
  file: "或点「下载空白模板」下载标准工作簿",
  pane: "或点「插入标准模板」添加该工作表",
  ribbon: "或点功能区「绩效自评」组的「插入模板」添加该工作表",
};

export function forUsers(message: string, place: Place): string {
  return message.split(CLI_TEMPLATE_HINT).join(INSTEAD[place]);
}
