import { isBlank, toCellValue } from "../../../src/hosts/xlsx/cellValue";
import { parseRangeRef } from "../../../src/hosts/xlsx/rangeRef";

describe("toCellValue", () => {
  it("reduces every ExcelJS shape to a core cell value", () => {
    const date = new Date(Date.UTC(2024, 0, 1));
    expect(toCellValue(undefined)).toBeNull();
    expect(toCellValue(null)).toBeNull();
    expect(toCellValue(1.5)).toBe(1.5);
    expect(toCellValue("文本")).toBe("文本");
    expect(toCellValue(false)).toBe(false);
    expect(toCellValue(date)).toBe(date);
    expect(toCellValue({ error: "#REF!" })).toEqual({ error: "#REF!" });
    expect(toCellValue({ formula: "A1", result: { error: "#N/A" } })).toEqual({ error: "#N/A" });
    expect(toCellValue({ formula: "A1", result: date })).toBe(date);
    expect(toCellValue({ sharedFormula: "B1", result: 3 })).toBe(3);
    expect(toCellValue({ sharedFormula: "B1" })).toBeNull();
    expect(toCellValue({ text: { richText: [{ text: "丰都" }, { text: "县" }] }, hyperlink: "#Sheet1!A1" })).toBe("丰都县");
  });

  it("turns anything unknown into blank instead of throwing", () => {
    expect(toCellValue({})).toBeNull();
    expect(toCellValue({ richText: [null, { text: 5 }, { text: "a" }] })).toBe("a");
    expect(toCellValue(new Date(Number.NaN))).toBeNull();
    expect(toCellValue(Number.NaN)).toBeNull();
    expect(toCellValue(Symbol("x"))).toBeNull();
    expect(toCellValue(() => 1)).toBeNull();
    const loop: Record<string, unknown> = { formula: "A1" };
    loop.result = loop;
    expect(toCellValue(loop)).toBeNull();
  });

  it("counts spaces, including the full-width one, as blank", () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(" \u3000 ")).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank({ error: "#N/A" })).toBe(false);
  });
});

describe("parseRangeRef", () => {
  it("reads A1 ranges as 0-based inclusive areas", () => {
    expect(parseRangeRef("A1:B3")).toEqual({ top: 0, left: 0, bottom: 2, right: 1 });
    expect(parseRangeRef("$AA$10:$AB$11")).toEqual({ top: 9, left: 26, bottom: 10, right: 27 });
    expect(parseRangeRef("C5")).toEqual({ top: 4, left: 2, bottom: 4, right: 2 });
    expect(parseRangeRef("B3:A1")).toEqual({ top: 0, left: 0, bottom: 2, right: 1 });
  });

  it("rejects anything else", () => {
    expect(parseRangeRef("")).toBeNull();
    expect(parseRangeRef("A0")).toBeNull();
    expect(parseRangeRef("Sheet1!A1")).toBeNull();
  });
});
