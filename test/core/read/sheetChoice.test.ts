import { evaluateGrids } from "../../../src/core/evaluate";
import type { SheetGrid, WorkbookGrids } from "../../../src/core/grid";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { INDICATOR_HEADER, balancedRows, basicSheet, row, sheet } from "../../helpers/grids";
import { FUND_HEADER } from "../../helpers/grids";

/**
 * Issue 10 item 3, which sheet holds a table: an exact name beats an alias, which beats a name matched after stripping
 * brackets; a visible sheet beats a hidden one; a name marked as a copy — 绩效指标 (2), 旧, 备份, 原, 副本 — never
 * beats the plain one; and when two sheets could be the same table, a warning names both and says which was used.
 * Each candidate sheet holds the balanced indicators, so only the sheet's name and state decide.
 */

const indicators = (name: string, hidden = false): SheetGrid => ({ ...sheet(name, [INDICATOR_HEADER, ...balancedRows()]), hidden });
const workbook = (...sheets: SheetGrid[]): WorkbookGrids => ({
  fileName: "测试.xlsx",
  sheets: [basicSheet(), sheet("资金情况", [FUND_HEADER, ["", "合计", 100, 100, 100, 10]]), ...sheets],
});
const used = (wb: WorkbookGrids) => readWorkbook(wb).indicators.sheet;
const ambiguity = (wb: WorkbookGrids) => evaluateGrids(wb).findings.filter((f) => f.code === "sheet-ambiguous");

describe("an exact name beats an alias, which beats a name matched after stripping brackets", () => {
  it("绩效指标 (exact) over 指标表 (alias), whichever comes first", () => {
    expect(used(workbook(indicators("指标表"), indicators("绩效指标")))).toBe("绩效指标");
  });
  it("指标表 (alias) over 绩效指标（2024年）(brackets stripped)", () => {
    expect(used(workbook(indicators("绩效指标（2024年）"), indicators("指标表")))).toBe("指标表");
  });
  it("绩效指标（2024年）(brackets stripped) over 2024年绩效指标汇总 (contains the name)", () => {
    expect(used(workbook(indicators("2024年绩效指标汇总"), indicators("绩效指标（2024年）")))).toBe("绩效指标（2024年）");
  });
});

describe("a visible sheet beats a hidden one", () => {
  it("a visible 指标表 over a hidden 绩效指标", () => {
    expect(used(workbook(indicators("绩效指标", true), indicators("指标表")))).toBe("指标表");
  });
  it("a hidden sheet alone is still read", () => {
    expect(used(workbook(indicators("绩效指标", true)))).toBe("绩效指标");
  });
});

describe("a name marked as a copy never beats the plain one", () => {
  it.each(["绩效指标 (2)", "绩效指标（旧）", "旧绩效指标", "绩效指标备份", "绩效指标（原）", "绩效指标 - 副本"])("%s, placed first, loses to 绩效指标", (copy) => {
    expect(used(workbook(indicators(copy), indicators("绩效指标")))).toBe("绩效指标");
  });
  it("a copy loses even to an alias: 绩效指标 (2) against 指标表", () => {
    expect(used(workbook(indicators("绩效指标 (2)"), indicators("指标表")))).toBe("指标表");
  });
  it("a copy alone is read, with no warning", () => {
    const wb = workbook(indicators("绩效指标 (2)"));
    expect(used(wb)).toBe("绩效指标 (2)");
    expect(ambiguity(wb)).toEqual([]);
  });
});

describe("two sheets that could be the same table: one warning naming both and the one used", () => {
  it("绩效指标 (2) and 绩效指标: used 绩效指标, because the other is marked a copy", () => {
    const [hit] = ambiguity(workbook(indicators("绩效指标 (2)"), indicators("绩效指标")));
    expect(hit).toMatchObject({ severity: "warning", sheet: "绩效指标", cell: "" });
    expect(hit.message).toContain("工作表“绩效指标”和“绩效指标 (2)”都可能是绩效指标表，已使用“绩效指标”");
    expect(hit.message).toContain("“绩效指标 (2)”的名称标明是副本或旧表");
    expect(hit.message).toMatch(/请删除不用的那张或给它改名/);
  });
  it("the hidden one is said to be hidden", () => {
    const [hit] = ambiguity(workbook(indicators("绩效指标", true), indicators("指标表")));
    expect(hit.message).toContain("“绩效指标”是隐藏的工作表");
  });
  it("the exact name is said to be exact", () => {
    const [hit] = ambiguity(workbook(indicators("指标表"), indicators("绩效指标")));
    expect(hit.message).toContain("“绩效指标”与标准名称“绩效指标”完全一致");
  });
  it("one indicator sheet raises no warning", () => {
    expect(ambiguity(workbook(indicators("绩效指标")))).toEqual([]);
  });
  it("two unnamed sheets that both hold the indicator header: Sheet1 used over Sheet1 (2), with the warning", () => {
    const wb = workbook(indicators("Sheet1 (2)"), indicators("Sheet1"));
    expect(used(wb)).toBe("Sheet1");
    expect(ambiguity(wb)[0].message).toContain("已使用“Sheet1”");
  });
});

it("a named sheet without the table's header gives way to another named sheet that has it", () => {
  const empty = sheet("绩效指标", [["填表说明：请在“绩效指标 (2)”中填写"]]);
  const wb = workbook(empty, indicators("绩效指标 (2)"));
  expect(used(wb)).toBe("绩效指标 (2)");
  expect(evaluateGrids(wb).units[0].indicators.map((i) => i.source.name)).toEqual(balancedRows().map((r) => r[3]));
});

it("the scores follow the sheet chosen: the copy's different actual value is not read", () => {
  const copyRows = balancedRows();
  copyRows[0] = row("产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 1000, 30);
  const wb = workbook({ ...sheet("绩效指标（旧）", [INDICATOR_HEADER, ...copyRows]) }, indicators("绩效指标"));
  expect(evaluateGrids(wb).units[0].indicators[0].score).toBe(30);
});
