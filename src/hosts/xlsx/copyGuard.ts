import JSZip from "jszip";

/**
 * Parts of an .xlsx that ExcelJS does not carry over when it loads and saves a workbook. Where the input has any, a
 * copy would silently lose them, so the report is written as a workbook of its own instead.
 */
const PARTS: [RegExp, string][] = [
  [/^xl\/charts\//, "图表"],
  [/^xl\/chartsheets\//, "图表工作表"],
  [/^xl\/pivot(Tables|Cache)\//, "数据透视表"],
  [/^xl\/vbaProject\.bin$/i, "宏（VBA）"],
  [/^xl\/drawings\/drawing\d+\.xml$/, "图片、形状或文本框"],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//, "切片器或日程表"],
  [/^xl\/externalLinks\//, "外部链接"],
  [/^xl\/threadedComments\//, "新式批注（对话）"],
  [/^xl\/persons\//, "新式批注（对话）"],
  [/^xl\/(queryTables\/|connections\.xml$)/, "数据连接或查询"],
  [/^xl\/(ctrlProps|activeX)\//, "表单控件"],
  [/^customXml\//, "自定义 XML 数据"],
  [/^xl\/model\//, "数据模型"],
];

/** What in the workbook a copy made with ExcelJS would drop; empty when a copy keeps everything. */
export async function partsACopyWouldLose(data: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(data);
  const found = new Set<string>();
  const names = Object.keys(zip.files);
  for (const name of names) for (const [pattern, what] of PARTS) if (pattern.test(name)) found.add(what);
  for (const name of names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.files[name].async("string");
    if (xml.includes("sparklineGroup")) found.add("迷你图");
  }
  return [...found];
}
