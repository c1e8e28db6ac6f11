import { parseRangeRef } from "../../../src/hosts/xlsx/rangeRef";
import { parseCellRef } from "../../../src/hosts/xlsx/read/cellRef";

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

describe("parseCellRef", () => {
  it("reads a cell's r attribute as 0-based row and column, either case", () => {
    expect(parseCellRef("A1")).toEqual({ row: 0, col: 0 });
    expect(parseCellRef("L20")).toEqual({ row: 19, col: 11 });
    expect(parseCellRef("xfd1048576")).toEqual({ row: 1048575, col: 16383 });
  });

  it("rejects what is no cell reference, so the reader counts the cell instead", () => {
    for (const bad of ["", "1", "A", "A0", "AAAA1", "A1B", "$A$1", "A-1"]) expect(parseCellRef(bad)).toBeNull();
  });
});
