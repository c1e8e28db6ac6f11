import { trimSheetXml } from "../../../src/hosts/xlsx/blankRows";

describe("trimSheetXml", () => {
  it("drops rows and cells that hold only formatting and keeps every cell with a value or formula", () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"/></row>' +
      '<row r="2" s="1" customFormat="1"/><row r="3"><c r="A3" s="1"/><c r="B3" s="1"></c></row>' +
      '<row r="4"><c r="A4"><f>1+1</f></c></row><row r="5"><c r="A5" t="inlineStr"><is><t>x</t></is></c></row></sheetData>';
    const { xml: out, rows } = trimSheetXml(xml);
    expect(rows).toBe(2);
    expect(out).toBe('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="4"><c r="A4"><f>1+1</f></c></row><row r="5"><c r="A5" t="inlineStr"><is><t>x</t></is></c></row></sheetData>');
  });

  it("leaves a sheet without blank rows as it was", () => {
    const xml = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';
    expect(trimSheetXml(xml)).toEqual({ xml, rows: 0 });
  });
});
