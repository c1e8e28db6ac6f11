import { readSheetPart, type SheetContext } from "../../../src/hosts/xlsx/read/sheetPart";

const ctx = (over: Partial<SheetContext> = {}): SheetContext => ({ sharedStrings: ["合计"], cellFormats: [null, "0.00%"], date1904: false, fullCalcOnLoad: false, ...over });
const sheet = (rows: string, extra = "") => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${extra}<sheetData>${rows}</sheetData></worksheet>`;
const read = (xml: string, c = ctx()) => readSheetPart(new TextEncoder().encode(xml), "表", false, c);

describe("one sheet part", () => {
  it("under fullCalcOnLoad, every formula is untrusted, shared ones included; one without a result says so", () => {
    const grid = read(
      sheet('<row r="2"><c r="G2" s="1"><f t="shared" ref="G2:G3" si="0">E2/D2</f><v>0</v></c><c r="H2"><f>G2*10</f></c></row><row r="3"><c r="G3" s="1"><f t="shared" si="0"/><v>0</v></c></row>'),
      ctx({ fullCalcOnLoad: true }),
    );
    expect(grid.untrustedFormulas).toEqual([
      { row: 1, col: 6, reason: "full-calc-on-load" },
      { row: 1, col: 7, reason: "no-result" },
      { row: 2, col: 6, reason: "full-calc-on-load" },
    ]);
    expect(grid.formats?.[1][6]).toBe("0.00%");
  });

  it("a text formula whose result is \"\" is a result; openpyxl's empty <v> on a number formula is none", () => {
    const grid = read(sheet('<row r="1"><c r="A1" t="str"><f>IF(1,"","x")</f><v></v></c><c r="B1"><f>1+1</f><v></v></c><c r="C1"><v>1</v></c></row>'));
    expect(grid.values).toEqual([["", null, 1]]);
    expect(grid.untrustedFormulas).toEqual([{ row: 0, col: 1, reason: "no-result" }]);
  });

  it("counts rows and cells that carry no r, and takes r where it is given", () => {
    const grid = read(sheet('<row><c t="s"><v>0</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>'));
    expect(grid.values).toEqual([
      ["合计", 2, null, null],
      [null, null, 3, 4],
    ]);
  });

  it("lists hidden columns only inside the grid, and ISO times become day fractions", () => {
    const grid = read(sheet('<row r="1"><c r="A1" t="d"><v>12:00:00</v></c><c r="B1"><v>1</v></c></row>', '<cols><col min="2" max="16384" hidden="1"/></cols>'));
    expect(grid.values).toEqual([[0.5, 1]]);
    expect(grid.formats).toEqual([["hh:mm:ss", null]]);
    expect(grid.hiddenCols).toEqual([1]);
  });

  it("reads a part written in UTF-16 with its byte-order mark", () => {
    const xml = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>资金情况</t></is></c></row>');
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + 2 * i] = xml.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = xml.charCodeAt(i) >> 8;
    }
    expect(readSheetPart(utf16, "表", false, ctx()).values).toEqual([["资金情况"]]);
  });

  it("XML of another kind in a sheet's place is an error, not an empty sheet", () => {
    expect(() => read("<foo/>")).toThrow();
    expect(() => read('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>')).toThrow();
  });
});
