import type { Severity } from "../core/model/finding";
import type { ProfileId } from "../core/settings";
import type { EvaluationStep } from "../hosts/host";

/**
 * The pane's words. zh-CN is the product's language and the default; en-US is for an English Office UI. Findings'
 * messages come from the engine and stay Chinese: they quote the workbook's Chinese cells.
 */
export interface Strings {
  lang: "zh-CN" | "en-US";
  title: string;
  subtitle: string;
  insertTemplate: string;
  insertTemplateHint: string;
  rulesLabel: string;
  rulesHint: string;
  rulesFromBasicInfo: string;
  profileName: Record<ProfileId, string>;
  evaluate: string;
  evaluating: string;
  step: Record<EvaluationStep, string>;
  markFindings: string;
  clearMarks: string;
  emptyTitle: string;
  emptyBody: string;
  score: string;
  grade: string;
  points: string;
  executionRate: string;
  notComputable: string;
  /** domain-rules (p): the weight scored on the filled 得分 alone, with no measurable basis. */
  unsupportedWeight: string;
  /** How several projects make the one score (src/core/overall.ts); shown only for more than one project. */
  scoreMethod: (method: "mean" | "weighted", projects: number, weightingUnavailable: boolean) => string;
  profileUsed: (profile: string) => string;
  reportWritten: (sheet: string) => string;
  unitsTitle: string;
  unitColumns: { name: string; rate: string; score: string; grade: string };
  findingsTitle: (count: number) => string;
  noFindings: string;
  filterLabel: string;
  severity: Record<Severity, string>;
  wholeSheet: string;
  showMore: (left: number) => string;
  findingHint: string;
  errorTitle: string;
  errorCode: (code: string) => string;
  dismiss: string;
  templateDone: (created: string[], skipped: string[]) => string;
  markedDone: (count: number) => string;
  clearedDone: (count: number) => string;
  unexpected: (detail: string) => string;
  startupFailed: (detail: string) => string;
  starting: string;
  startingBody: string;
  fileModeNote: string;
  chooseFile: string;
  xlsxDescription: string;
  dropHint: string;
  dropZoneLabel: string;
  chosenFile: (name: string) => string;
  noFileChosen: string;
  openingFile: string;
  fileUnreadable: (name: string) => string;
  emptyBodyFile: string;
  reportInDownload: (sheet: string) => string;
  downloadResult: string;
  downloadTemplate: string;
  downloaded: (name: string) => string;
  downloadDocument: string;
  copyDocument: string;
  copyDocumentHint: string;
  copiedDocument: string;
  copyRefused: string;
}

const zhCN: Strings = {
  lang: "zh-CN",
  title: "绩效自评助手",
  subtitle: "按公开的评分规则为绩效自评表打分，并指出每一处问题。",
  insertTemplate: "插入标准模板",
  insertTemplateHint: "添加 基本信息、资金情况、绩效指标 三张表；已有的表不会被改动。",
  rulesLabel: "评分规则",
  rulesHint: "默认按「基本信息」表中的评分规则；未填时按中央通用。",
  rulesFromBasicInfo: "按基本信息",
  profileName: { 中央通用: "中央通用", 重庆部门整体: "重庆部门整体", 四川: "四川" },
  evaluate: "一键评分",
  evaluating: "正在评分…",
  step: { read: "读取工作表", evaluate: "计算得分与检查", write: "写入自评报告" },
  markFindings: "标记问题单元格",
  clearMarks: "清除标记",
  emptyTitle: "尚未评分",
  emptyBody: "填好三张表后点「一键评分」，结果和自评报告表会出现在这里。",
  score: "自评总分",
  grade: "评价等级",
  points: "分",
  executionRate: "资金执行率",
  notComputable: "无法计算",
  unsupportedWeight: "依据不足的分值",
  scoreMethod: (m, n, unavailable) =>
    m === "weighted"
      ? `${n}个项目得分按全年预算数加权平均`
      : `${n}个项目得分的算术平均${unavailable ? "（有项目未填全年预算数，无法按预算加权）" : ""}`,
  profileUsed: (p) => `评分规则：${p}`,
  reportWritten: (s) => `自评报告已写入「${s}」表。`,
  unitsTitle: "各项目得分",
  unitColumns: { name: "项目", rate: "执行率", score: "得分", grade: "等级" },
  findingsTitle: (n) => `发现的问题（${n}）`,
  noFindings: "没有发现问题。",
  filterLabel: "筛选问题（单元格、文字）",
  severity: { error: "错误", warning: "警告", info: "提示" },
  wholeSheet: "整表",
  showMore: (n) => `再显示 ${Math.min(n, 100)} 条（还有 ${n} 条）`,
  findingHint: "点击一条问题即可在工作簿中选中它所在的单元格。",
  errorTitle: "操作未完成",
  errorCode: (c) => `错误代码：${c}`,
  dismiss: "关闭",
  templateDone: (created, skipped) =>
    [
      created.length ? `已插入：${created.join("、")}。` : "",
      skipped.length ? `已存在，未改动：${skipped.join("、")}。` : "",
    ].join("") || "没有需要插入的表。",
  markedDone: (n) => (n ? `已标记 ${n} 个单元格。` : "没有可标记的单元格。"),
  clearedDone: (n) => (n ? `已清除 ${n} 个单元格的标记。` : "没有需要清除的标记。"),
  unexpected: (d) => `发生意外错误：${d}。请重试；若仍失败，请把这句话告诉管理员。`,
  startupFailed: (d) => `面板启动失败：${d}。请关闭面板后重新打开；若仍失败，请把这句话告诉管理员。`,
  starting: "正在启动…",
  startingBody: "正在连接 Excel，最多几秒钟；不在 Excel 中时将改为选择 .xlsx 文件评分。",
  fileModeNote: "未在 Excel 中运行：请选择 .xlsx 文件评分。文件只在本页面中处理，不会上传到任何地方。",
  chooseFile: "选择 .xlsx 文件",
  xlsxDescription: "Excel 工作簿",
  dropHint: "或把 .xlsx 文件拖到这里",
  dropZoneLabel: "选择或拖入要评分的工作簿",
  chosenFile: (n) => `已选择：${n}`,
  noFileChosen: "尚未选择文件",
  openingFile: "正在读取文件…",
  fileUnreadable: (n) => `无法读取文件“${n}”：它可能已被移动、删除或正被其他程序占用。请重新选择该文件。`,
  emptyBodyFile: "选择或拖入填好的 .xlsx 工作簿后点「一键评分」，结果会出现在这里，并可下载含自评报告的工作簿。",
  reportInDownload: (s) => `点「下载评分结果」保存含「${s}」表的工作簿；原文件不会被修改。`,
  downloadResult: "下载评分结果",
  downloadTemplate: "下载空白模板",
  downloaded: (n) => `已生成「${n}」，请在浏览器的下载中查看。`,
  downloadDocument: "下载Word报告",
  copyDocument: "复制Word报告",
  copyDocumentHint:
    "Mac 版 Excel 的任务窗格不能下载文件。点「复制Word报告」，再在 Word 或 WPS 中新建文档并粘贴，标题和表格都会保留；或在浏览器中打开本工具的网页版（不需 Excel），选择本工作簿评分后点「下载Word报告」。",
  copiedDocument: "Word 报告已复制：请在 Word 或 WPS 中新建文档后粘贴（Command+V）。",
  copyRefused: "无法写入剪贴板：请再点一次「复制Word报告」；若仍不行，请在浏览器中打开本工具的网页版下载 Word 报告。",
};

const enUS: Strings = {
  lang: "en-US",
  title: "Performance Self-Evaluation",
  subtitle: "Scores a 绩效自评 workbook by the published rules and points at every problem.",
  insertTemplate: "Insert standard template",
  insertTemplateHint: "Adds the 基本信息, 资金情况 and 绩效指标 sheets; existing sheets are left as they are.",
  rulesLabel: "Scoring rules",
  rulesHint: "By default the rules named on 基本信息; 中央通用 when blank.",
  rulesFromBasicInfo: "As in 基本信息",
  profileName: { 中央通用: "中央通用 (central)", 重庆部门整体: "重庆部门整体 (Chongqing)", 四川: "四川 (Sichuan)" },
  evaluate: "Evaluate",
  evaluating: "Evaluating…",
  step: { read: "Reading the sheets", evaluate: "Scoring and checking", write: "Writing the report" },
  markFindings: "Mark problem cells",
  clearMarks: "Clear marks",
  emptyTitle: "Not evaluated yet",
  emptyBody: "Fill in the three sheets and choose Evaluate; the result and the 自评报告 sheet appear here.",
  score: "Total score",
  grade: "Grade",
  points: "pts",
  executionRate: "Budget execution",
  notComputable: "cannot be computed",
  unsupportedWeight: "Points without a measurable basis",
  scoreMethod: (m, n, unavailable) =>
    m === "weighted"
      ? `Mean of the ${n} projects' scores, weighted by 全年预算数`
      : `Mean of the ${n} projects' scores${unavailable ? " (not weighted: a project has no 全年预算数)" : ""}`,
  profileUsed: (p) => `Rules: ${p}`,
  reportWritten: (s) => `The report was written to the sheet “${s}”.`,
  unitsTitle: "Projects",
  unitColumns: { name: "Project", rate: "Executed", score: "Score", grade: "Grade" },
  findingsTitle: (n) => `Findings (${n})`,
  noFindings: "No problems found.",
  filterLabel: "Filter (cell or text)",
  severity: { error: "Errors", warning: "Warnings", info: "Notes" },
  wholeSheet: "sheet",
  showMore: (n) => `Show ${Math.min(n, 100)} more (${n} left)`,
  findingHint: "Choose a finding to select its cell in the workbook.",
  errorTitle: "That did not work",
  errorCode: (c) => `Error code: ${c}`,
  dismiss: "Dismiss",
  templateDone: (created, skipped) =>
    [
      created.length ? `Inserted: ${created.join(", ")}. ` : "",
      skipped.length ? `Already there, left as is: ${skipped.join(", ")}.` : "",
    ]
      .join("")
      .trim() || "Nothing to insert.",
  markedDone: (n) => (n ? `Marked ${n} cells.` : "No cells to mark."),
  clearedDone: (n) => (n ? `Cleared the marks of ${n} cells.` : "No marks to clear."),
  unexpected: (d) => `Unexpected error: ${d}. Try again; if it persists, tell your administrator this sentence.`,
  starting: "Starting…",
  startingBody: "Connecting to Excel, a few seconds at most; outside Excel the pane scores an .xlsx file you choose.",
  startupFailed: (d) =>
    `The pane failed to start: ${d}. Close and reopen it; if it persists, tell your administrator this sentence.`,
  fileModeNote:
    "Not running in Excel: choose an .xlsx file to evaluate. The file is processed in this page only and is not uploaded anywhere.",
  chooseFile: "Choose an .xlsx file",
  xlsxDescription: "Excel workbook",
  dropHint: "or drop an .xlsx file here",
  dropZoneLabel: "Choose or drop the workbook to evaluate",
  chosenFile: (n) => `Chosen: ${n}`,
  noFileChosen: "No file chosen",
  openingFile: "Reading the file…",
  fileUnreadable: (n) =>
    `The file “${n}” could not be read: it may have been moved, deleted or locked by another program. Choose it again.`,
  emptyBodyFile:
    "Choose or drop a filled-in .xlsx workbook and choose Evaluate; the result appears here, and the workbook with its report can be downloaded.",
  reportInDownload: (s) =>
    `Choose Download result to save the workbook with the sheet “${s}”; the original file is not changed.`,
  downloadResult: "Download result",
  downloadTemplate: "Download blank template",
  downloaded: (n) => `“${n}” is ready: see your browser's downloads.`,
  downloadDocument: "Download Word report",
  copyDocument: "Copy Word report",
  copyDocumentHint:
    "Excel for Mac does not let a task pane download files. Choose Copy Word report, then paste into a new Word or WPS document: headings and tables are kept. Or open this tool's web page (no Excel needed) in a browser, choose this workbook and download the Word report there.",
  copiedDocument: "Word report copied: paste it into a new Word or WPS document (Command+V).",
  copyRefused:
    "The clipboard refused the copy: choose Copy Word report again, or download the Word report from this tool's web page.",
};

/** Office reports its UI language as e.g. "zh-CN" or "en-US"; anything not English gets the product's Chinese. */
export function stringsFor(displayLanguage: string | null | undefined): Strings {
  return /^en(-|$)/i.test(displayLanguage ?? "") ? enUS : zhCN;
}

export const STRINGS = { "zh-CN": zhCN, "en-US": enUS } as const;
