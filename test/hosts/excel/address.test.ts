import { parseAreas, parseRect, rectAddress } from "../../../src/hosts/excel/address";
import { gridOf, mergesOf } from "../../../src/hosts/excel/sheetGrid";

describe("Office.js addresses", () => {
  it("parses a used range's address into 0-based worksheet coordinates", () => {
    expect(parseRect("绩效指标!B3:L20")).toEqual({ top: 2, left: 1, bottom: 19, right: 11 });
    expect(parseRect("Sheet1!$A$1")).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
    expect(parseRect("'It''s here!'!AA10:AB11")).toEqual({ top: 9, left: 26, bottom: 10, right: 27 });
    expect(parseRect("'a, b'!5:7")).toMatchObject({ top: 4, bottom: 6, left: 0 });
    expect(parseRect("S!C:D")).toMatchObject({ left: 2, right: 3, top: 0 });
    expect(parseRect("not an address")).toBeNull();
  });

  it("splits a RangeAreas address at commas outside quoted sheet names", () => {
    expect(parseAreas("'a, b'!A1:B2, 'a, b'!D4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    expect(parseAreas("S!A1:A3;S!C1")).toHaveLength(2);
    expect(parseAreas(null)).toEqual([]);
  });

  it("round-trips rectangles", () => {
    expect(rectAddress({ top: 0, left: 0, bottom: 0, right: 0 })).toBe("A1");
    expect(rectAddress({ top: 4, left: 2, bottom: 9, right: 27 })).toBe("C5:AB10");
  });

  it("places a used range that starts at B3 at grid row 2, column 1", () => {
    const grid = gridOf("绩效指标", [{ rect: { top: 2, left: 1, bottom: 3, right: 2 }, values: [["项目名称", "一级指标"], ["x", ""]] }], false, "绩效指标!B4:B6");
    expect(grid.values[0]).toEqual([]);
    expect(grid.values[2]).toEqual([null, "项目名称", "一级指标"]);
    expect(grid.values[3]).toEqual([null, "x", ""]);
    expect(grid.merges).toEqual([{ top: 3, left: 1, bottom: 5, right: 1 }]);
    expect(grid.hidden).toBeUndefined();
    expect(mergesOf("S!C1:D1, S!A1:A2")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 2, bottom: 0, right: 3 },
    ]);
  });
});
