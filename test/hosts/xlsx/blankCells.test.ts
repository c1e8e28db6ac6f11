import { blankCellDropper, dropBlankCells } from "../../../src/hosts/xlsx/read/blankCells";

describe("blank cells and rows dropped before a large sheet is parsed", () => {
  it("drops cells that hold only formatting, and a run of empty rows becomes its last row", () => {
    const xml = '<row r="5"><c r="A5" s="1"/><c r="B5" s="2"></c><c r="C5" t="s"><v>3</v></c></row><row r="6" s="1"/><row r="7"><c r="A7" s="1"/></row>';
    expect(dropBlankCells(xml)).toBe('<row r="5"><c r="C5" t="s"><v>3</v></c></row><row r="7"/>');
  });

  it("keeps what is counted rather than named: rows and cells without r", () => {
    const xml = "<row><c/><c><v>1</v></c></row><row/>";
    expect(dropBlankCells(xml)).toBe(xml);
  });

  it("keeps a hidden row, and reads x:-prefixed parts alike", () => {
    expect(dropBlankCells('<x:row r="3" hidden="1"/>')).toBe('<x:row r="3" hidden="1"/>');
    expect(dropBlankCells('<x:row r="3"><x:c r="A3" s="1"/></x:row><x:row r="4"/>')).toBe('<x:row r="4"/>');
  });

  it("never judges an element by half of it when the text comes in pieces", () => {
    const dropper = blankCellDropper();
    const pieces = ['<row r="1"><c r="A1" s', '="1"/><c r="B1"><v>2</v></c></row><row r="2"', "/>"];
    expect(pieces.map((p) => dropper.push(p)).join("") + dropper.end()).toBe('<row r="1"><c r="B1"><v>2</v></c></row><row r="2"/>');
  });
});
