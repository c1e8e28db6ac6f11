/**
 * Every failure inside Excel becomes one HostError with a Chinese sentence the pane shows as it is: what went wrong,
 * where (sheet and cell when known) and what to do. The original error stays as `cause` and its code as `code`;
 * nothing is swallowed, and an error we do not know keeps its own message after ours.
 */
import { WorkbookInputError } from "../../core/read/inputError";
import { HostError } from "../host";

/** What the gateway was doing when it failed, so the sentence can name it. */
export interface ErrorPlace {
  /** e.g. "读取工作簿", "写入评价报告" */
  action: string;
  sheet?: string;
  cell?: string;
}

/** The parts of OfficeExtension.Error the mapping needs; matched by shape so it also works where the global is absent. */
export interface OfficeErrorLike {
  code: string;
  message: string;
  debugInfo?: { errorLocation?: string; message?: string; code?: string };
}

export function isOfficeError(e: unknown): e is OfficeErrorLike {
  if (typeof e !== "object" || e === null) return false;
  const o = e as Record<string, unknown>;
  return typeof o.code === "string" && typeof o.message === "string" && ("debugInfo" in o || o.name === "RichApi.Error" || o.name === "OfficeExtension.Error");
}

export function officeCode(e: unknown): string | undefined {
  return isOfficeError(e) ? e.code : undefined;
}

function where(place: ErrorPlace): string {
  if (place.sheet && place.cell) return `工作表“${place.sheet}”的 ${place.cell} 处`;
  if (place.sheet) return `工作表“${place.sheet}”`;
  return "";
}

function officeMessage(e: OfficeErrorLike, place: ErrorPlace): string {
  const at = where(place);
  const during = `${place.action}${at ? `（${at}）` : ""}`;
  switch (e.code) {
    case "InvalidOperationInCellEditMode":
      return `${place.action}失败：Excel 正处于单元格编辑状态，请按 Enter 或 Esc 结束编辑后再试。`;
    case "RequestPayloadSizeLimitExceeded":
      return `${during}失败：一次提交给 Excel 的数据超过了网页版 Excel 的 5 MB 上限，请在桌面版 Excel 中运行，或减少工作表中的内容后再试。`;
    case "ResponsePayloadSizeLimitExceeded":
      return `${during}失败：Excel 一次返回的数据超过了网页版 Excel 的 5 MB 上限，请删除与自评无关的大工作表，或在桌面版 Excel 中运行。`;
    case "AccessDenied":
      return `${place.action}失败：${at || "工作簿"}受保护或为只读，请在“审阅”选项卡中撤销工作表保护和工作簿保护（或另存一份可编辑的副本）后再试。`;
    case "ItemNotFound":
      return `${place.action}失败：找不到${at || "所需的工作表或单元格"}，它可能已被重命名或删除，请重新评分后再试。`;
    case "InvalidArgument":
      return `${during}失败：Excel 拒绝了本工具提交的参数（${e.message}），请将此提示反馈给开发者。`;
    case "RangeExceedsLimit":
      return `${during}失败：区域超过了 Excel 一次可处理的单元格数，请删除与自评无关的大量数据后再试。`;
    case "MergedRangeConflict":
      return `${place.action}失败：与已有的合并单元格冲突，请取消${at || "相关区域"}的合并后再试。`;
    case "ActivityLimitReached":
      return `${during}失败：Excel 暂时繁忙（操作次数达到上限），请稍候再试。`;
    case "InvalidReference":
      return `${place.action}失败：引用无效，${at || "所涉及的工作表"}可能已被删除或重命名，请重试。`;
    case "ApiNotFound":
      return `${during}失败：当前 Excel 版本不支持所需功能，请升级到 Excel 2019 或更新版本（或使用 Microsoft 365）。`;
    case "GeneralException":
      return `${during}失败：Excel 内部出错（${e.message}），请保存工作簿后重试；若反复出现，请关闭再打开工作簿。`;
    default:
      return `${during}失败：${e.message}（${e.code}）。`;
  }
}

/** Turns anything thrown inside Excel.run into a HostError; a HostError passes through untouched. */
export function toHostError(e: unknown, place: ErrorPlace): HostError {
  if (e instanceof HostError) return e;
  if (e instanceof WorkbookInputError) return new HostError(e.message, "WorkbookInputError", e);
  if (isOfficeError(e)) return new HostError(officeMessage(e, place), e.code, e);
  const message = e instanceof Error ? e.message : String(e);
  const code = typeof (e as { code?: unknown } | null)?.code === "string" ? (e as { code: string }).code : undefined;
  return new HostError(`${place.action}失败：${message}`, code, e);
}
