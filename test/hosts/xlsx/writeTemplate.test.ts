import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  WorkbookWriteError,
  buildTemplateBytes,
  readWorkbookBuffer,
  readWorkbookFile,
  writeTemplateFile,
} from "../../../src/hosts/xlsx";
import type { SheetGrid } from "../../../src/core/grid";
import { strFromU8, unzipSync } from "fflate";
import { hasOpenpyxl, readWithOpenpyxl } from "../../helpers/openpyxl";
import { outOfOrder } from "./write/schemaOrder";

const BASIC_LABELS = [
  "单位名称",
  "评价年度",
  "评价类型",
  "主管部门",
  "评分规则",
  "公开方式",
  "部门职能职责",
  "年度绩效目标",
  "实际完成情况",
  "其他需要说明的问题",
];
const FUND_HEADERS = ["项目名称", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "偏差原因"];
const INDICATOR_HEADERS = [
  "项目名称",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "年度指标值",
  "计量单位",
  "实际完成值",
  "分值",
  "完成等级",
  "自评得分",
  "偏差原因分析及改进措施",
];

/** The template as a user's file: written to bytes and loaded again, so only what survives the file is tested. */
async function reloaded(year?: number): Promise<{ bytes: Uint8Array; workbook: ExcelJS.Workbook }> {
  const bytes = buildTemplateBytes(year);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { bytes, workbook };
}

function sheetOf(sheets: SheetGrid[], name: string): SheetGrid {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe("the blank standard workbook, read back by the reader", () => {
  let sheets: SheetGrid[];
  beforeAll(async () => {
    sheets = (await readWorkbookBuffer((await reloaded()).bytes, "模板.xlsx")).sheets;
  });

  it("has the three sheets in order, all visible", () => {
    expect(sheets.map((s) => s.name)).toEqual(["基本信息", "资金情况", "绩效指标"]);
    expect(sheets.every((s) => !s.hidden)).toBe(true);
  });

  it("基本信息: header 项目 | 内容, then every label of template.md in order with its default", () => {
    const basic = sheetOf(sheets, "基本信息");
    expect(basic.values[0]).toEqual(["项目", "内容"]);
    const rows = basic.values.slice(1, 1 + BASIC_LABELS.length);
    expect(rows.map((r) => r[0])).toEqual(BASIC_LABELS);
    const valueOf = (label: string) => rows.find((r) => r[0] === label)![1];
    expect(valueOf("单位名称")).toBeNull();
    expect(valueOf("评价年度")).toBeNull();
    expect(valueOf("评价类型")).toBe("部门整体");
    expect(valueOf("评分规则")).toBe("中央通用");
    expect(valueOf("其他需要说明的问题")).toBe("无");
    // Nothing to the right of a blank value that a label reader could take for the answer.
    expect(basic.values.every((r) => r.length <= 2)).toBe(true);
  });

  it("基本信息: a 填表说明 block of 5–8 lines below the labels", () => {
    const basic = sheetOf(sheets, "基本信息");
    const titleAt = basic.values.findIndex((r) => r[0] === "填表说明");
    expect(titleAt).toBeGreaterThan(BASIC_LABELS.length);
    const notes = basic.values.slice(titleAt + 1).map((r) => r[0]);
    expect(notes.length).toBeGreaterThanOrEqual(5);
    expect(notes.length).toBeLessThanOrEqual(8);
    const text = notes.join("\n");
    for (const phrase of ["万元", "全年预算数", "合计", "定性", "≥2000", "人次", "部分达成", "偏差原因分析及改进措施"]) {
      expect(text).toContain(phrase);
    }
    expect(basic.merges).toEqual(notes.map((_, i) => ({ top: titleAt + 1 + i, left: 0, bottom: titleAt + 1 + i, right: 1 })));
  });

  it("资金情况: exact header, the four source rows and 分值 10 on 合计", () => {
    const funds = sheetOf(sheets, "资金情况");
    expect(funds.values[0]).toEqual(FUND_HEADERS);
    expect(funds.values.slice(1).map((r) => r[1])).toEqual(["合计", "其中：本年财政拨款", "上年结转资金", "其他资金"]);
    expect(funds.values[1][5]).toBe(10);
    // The helper formulas yield "" on a blank row, which reads as blank.
    expect([null, ""]).toContain(funds.values[1][6]);
    expect([null, ""]).toContain(funds.values[1][7]);
  });

  it("绩效指标: exact header and no rows yet", () => {
    const indicators = sheetOf(sheets, "绩效指标");
    expect(indicators.values).toEqual([INDICATOR_HEADERS]);
  });

  it("fills in 评价年度 when a year is given", async () => {
    const grids = await readWorkbookBuffer((await reloaded(2024)).bytes, "模板.xlsx");
    const basic = sheetOf(grids.sheets, "基本信息");
    expect(basic.values.find((r) => r[0] === "评价年度")![1]).toBe(2024);
  });
});

describe("the blank standard workbook, as Excel sees it", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = (await reloaded()).workbook;
  });

  const listOf = (cell: ExcelJS.Cell): string[] => {
    const validation = cell.dataValidation;
    expect(validation?.type).toBe("list");
    return String(validation.formulae[0]).replace(/^"|"$/g, "").split(",");
  };

  it("freezes the header row of every sheet", () => {
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
  });

  it("styles the header: bold CJK font, a fill and thin borders", () => {
    for (const sheet of workbook.worksheets) {
      const cell = sheet.getCell("A1");
      expect(cell.font).toMatchObject({ name: "宋体", size: 11, bold: true });
      expect(cell.fill).toMatchObject({ type: "pattern", pattern: "solid" });
      expect(cell.border.bottom?.style).toBe("thin");
      expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(12);
    }
  });

  it("基本信息: dropdowns for 评价类型 and 评分规则, required labels stand out", () => {
    const sheet = workbook.getWorksheet("基本信息")!;
    const rowOf = (label: string) => BASIC_LABELS.indexOf(label) + 2;
    expect(listOf(sheet.getCell(rowOf("评价类型"), 2))).toEqual(["部门整体", "项目支出"]);
    expect(listOf(sheet.getCell(rowOf("评分规则"), 2))).toEqual(["中央通用", "重庆部门整体", "四川"]);
    expect(sheet.getCell(rowOf("评价年度"), 2).dataValidation).toMatchObject({ type: "whole" });
    expect(sheet.getCell(rowOf("单位名称"), 1).font.color?.argb).toBe("FFC00000");
    expect(sheet.getCell(rowOf("主管部门"), 1).font.color).toBeUndefined();
    expect(sheet.getCell(rowOf("部门职能职责"), 2).alignment).toMatchObject({ wrapText: true });
  });

  it("资金情况: number formats and the helper formulas on 合计", () => {
    const sheet = workbook.getWorksheet("资金情况")!;
    for (const col of ["C", "D", "E"]) expect(sheet.getCell(`${col}2`).numFmt).toBe("#,##0.00");
    expect(sheet.getCell("G2").numFmt).toBe("0.00%");
    expect(sheet.getCell("H2").numFmt).toBe("0.00");
    expect(sheet.getCell("G2").formula).toBe('IF(N(D2)=0,"",E2/D2)');
    expect(sheet.getCell("H2").formula).toBe('IF(G2="","",ROUND(MIN(G2,1)*F2,2))');
  });

  it("绩效指标: dropdowns on rows 2–500 of 一级指标, 二级指标, 指标性质 and 完成等级", () => {
    const sheet = workbook.getWorksheet("绩效指标")!;
    const expected: Record<string, string[]> = {
      B: ["产出指标", "效益指标", "满意度指标", "成本指标"],
      C: ["数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"],
      E: ["≥", "＞", "＝", "＜", "≤", "定性"],
      J: ["达成", "部分达成", "未达成"],
    };
    for (const [col, options] of Object.entries(expected)) {
      expect(listOf(sheet.getCell(`${col}2`))).toEqual(options);
      expect(listOf(sheet.getCell(`${col}500`))).toEqual(options);
      expect(sheet.getCell(`${col}1`).dataValidation).toBeUndefined();
      expect(sheet.getCell(`${col}501`).dataValidation).toBeUndefined();
    }
    for (const col of ["A", "D", "F", "I", "K"]) expect(sheet.getCell(`${col}2`).dataValidation).toBeUndefined();
    expect(sheet.getColumn(9).numFmt).toBe("0.00");
    expect(sheet.getColumn(11).numFmt).toBe("0.00");
  });
});

describe("writeTemplateFile", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "xlsx-template-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes a file the reader reads back", async () => {
    const path = join(dir, "标准模板.xlsx");
    await writeTemplateFile(path);
    const grids = await readWorkbookFile(path);
    expect(grids.fileName).toBe("标准模板.xlsx");
    expect(grids.sheets.map((s) => s.values[0])).toEqual([["项目", "内容"], FUND_HEADERS, INDICATOR_HEADERS]);
  });

  it("says which file it could not write", async () => {
    // A folder that cannot be made: its name is taken by a file.
    await writeFile(join(dir, "不是文件夹"), "x");
    const path = join(dir, "不是文件夹", "模板.xlsx");
    await expect(writeTemplateFile(path)).rejects.toThrow(WorkbookWriteError);
    await expect(writeTemplateFile(path)).rejects.toThrow(`无法写入文件“${path}”`);
  });
});

describe("the blank standard workbook, as a strict reader sees it", () => {
  it("every part the writer made follows the schema's order, and openpyxl loads it without a warning", async () => {
    const bytes = buildTemplateBytes(2024);
    const parts = unzipSync(bytes);
    for (const [name, data] of Object.entries(parts)) if (name.endsWith(".xml")) expect([name, outOfOrder(strFromU8(data))]).toEqual([name, []]);
    if (!hasOpenpyxl()) return;
    const dir = await mkdtemp(join(tmpdir(), "template-openpyxl-"));
    try {
      const path = join(dir, "模板.xlsx");
      await writeFile(path, bytes);
      const view = readWithOpenpyxl(path, ["绩效指标"]);
      expect(view.warnings).toEqual([]);
      expect(view.sheets).toEqual(["基本信息", "资金情况", "绩效指标"]);
      expect(view.detail["绩效指标"].freeze).toBe("A2");
      expect(view.detail["绩效指标"].validations.map((v) => v[0])).toEqual(["B2:B500", "C2:C500", "E2:E500", "J2:J500"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
