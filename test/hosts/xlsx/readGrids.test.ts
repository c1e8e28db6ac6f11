import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbookBuffer } from "../../../src/hosts/xlsx/readGrids";
import { oneSheetBytes, toBytes } from "./helpers";

async function readOne(fill: (sheet: ExcelJS.Worksheet) => void) {
  const grids = await readWorkbookBuffer(await oneSheetBytes(fill), "测试.xlsx");
  expect(grids.fileName).toBe("测试.xlsx");
  expect(grids.sheets).toHaveLength(1);
  return grids.sheets[0];
}

describe("cell values", () => {
  it("keeps numbers, text and booleans as they are", async () => {
    const sheet = await readOne((s) => {
      s.getCell("A1").value = 324.88;
      s.getCell("B1").value = "丰都县总工会";
      s.getCell("C1").value = true;
      s.getCell("D1").value = false;
      s.getCell("E1").value = 0;
    });
    expect(sheet.name).toBe("表");
    expect(sheet.values).toEqual([[324.88, "丰都县总工会", true, false, 0]]);
  });

  it("gives a date as Excel stores it: its serial number, with its date format", async () => {
    const sheet = await readOne((s) => {
      s.getCell("A1").value = new Date(Date.UTC(2024, 11, 31));
      s.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    // 2024-12-31 is day 45657 of the 1900 date system.
    expect(sheet.values).toEqual([[45657]]);
    expect(sheet.formats).toEqual([["yyyy-mm-dd"]]);
  });

  it("gives a formula's cached result, and blank where there is none", async () => {
    const sheet = await readOne((s) => {
      s.getCell("A1").value = 2;
      s.getCell("B1").value = { formula: "A1*2", result: 4 };
      s.getCell("C1").value = { formula: "A1*3" };
      s.getCell("D1").value = { formula: 'IF(A1>1,"是","否")', result: "是" };
      s.getCell("E1").value = { formula: "A1>1", result: true };
      s.getCell("F1").value = 1;
    });
    expect(sheet.values).toEqual([[2, 4, null, "是", true, 1]]);
    // C1 was never calculated: blank, and said to be untrusted so the core never reads it as empty in silence.
    expect(sheet.untrustedFormulas).toEqual([{ row: 0, col: 2, reason: "no-result" }]);
  });

  it("gives shared formulas their cached results", async () => {
    const sheet = await readOne((s) => {
      s.getCell("A1").value = 1;
      s.getCell("A2").value = 2;
      s.getCell("A3").value = 3;
      s.fillFormula("B1:B3", "A1*2", [2, 4, 6]);
    });
    expect(sheet.values).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
  });

  it("flattens rich text and hyperlinks to their text", async () => {
    const sheet = await readOne((s) => {
      s.getCell("A1").value = { richText: [{ text: "慰问" }, { font: { bold: true }, text: "困难职工" }, { text: "人次" }] };
      s.getCell("B1").value = { text: "丰都县人民政府网站", hyperlink: "http://www.cqfd.gov.cn" };
    });
    expect(sheet.values).toEqual([["慰问困难职工人次", "丰都县人民政府网站"]]);
  });

  it("keeps error values apart from text", async () => {
    const sheet = await readOne((s) => {
      s.getCell("A1").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
      s.getCell("B1").value = { formula: "1/0", result: { error: "#DIV/0!" } as ExcelJS.CellErrorValue };
      s.getCell("C1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    });
    expect(sheet.values).toEqual([[{ error: "#DIV/0!" }, { error: "#DIV/0!" }, { error: "#N/A" }]]);
  });
});

describe("merged cells", () => {
  it("holds a vertical merge's value in its top cell only and lists the area", async () => {
    const sheet = await readOne((s) => {
      s.getCell("A1").value = "项目名称";
      s.getCell("B1").value = "三级指标";
      s.getCell("A2").value = "职工帮扶";
      s.mergeCells("A2:A4");
      s.getCell("B2").value = "慰问人次";
      s.getCell("B3").value = "慰问户数";
      s.getCell("B4").value = "满意度";
    });
    expect(sheet.values).toEqual([
      ["项目名称", "三级指标"],
      ["职工帮扶", "慰问人次"],
      [null, "慰问户数"],
      [null, "满意度"],
    ]);
    expect(sheet.merges).toEqual([{ top: 1, left: 0, bottom: 3, right: 0 }]);
  });

  it("holds a horizontal merge's value in its left cell only and lists the area", async () => {
    const sheet = await readOne((s) => {
      s.getCell("A1").value = "2024年度项目支出绩效自评表";
      s.mergeCells("A1:D1");
      s.getCell("A2").value = 1;
      s.getCell("D2").value = 4;
    });
    expect(sheet.values).toEqual([
      ["2024年度项目支出绩效自评表", null, null, null],
      [1, null, null, 4],
    ]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
  });

  it("clips an area that runs into the trimmed blank margin", async () => {
    const sheet = await readOne((s) => {
      s.getCell("A1").value = "合计";
      s.getCell("B1").value = 10;
      s.mergeCells("A1:A5");
      s.mergeCells("D8:E9");
    });
    expect(sheet.values).toEqual([["合计", 10]]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 0 }]);
  });

  it("lists no merges for a sheet without any", async () => {
    const sheet = await readOne((s) => {
      s.getCell("A1").value = 1;
    });
    expect(sheet.merges).toEqual([]);
  });
});

describe("extent of the grid", () => {
  it("starts at A1 and ends at the last non-blank row and column", async () => {
    const sheet = await readOne((s) => {
      s.getCell("B2").value = "x";
      s.getCell("C3").value = 3;
    });
    expect(sheet.values).toEqual([
      [null, null, null],
      [null, "x", null],
      [null, null, 3],
    ]);
  });

  it("trims thousands of formatted but empty rows and columns", async () => {
    const sheet = await readOne((s) => {
      s.getCell("A1").value = "单位名称";
      s.getCell("B1").value = "丰都县总工会";
      s.getCell("A2").value = "评价年度";
      s.getCell("B2").value = 2024;
      for (let r = 3; r <= 5002; r++) {
        const row = s.getRow(r);
        row.height = 18;
        row.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
        row.getCell(6).border = { top: { style: "thin" } };
      }
      s.getCell("H1").numFmt = "0.00";
      s.getCell("G2").value = "   ";
      s.getCell("A7").value = "";
    });
    expect(sheet.values).toHaveLength(2);
    expect(sheet.values).toEqual([
      ["单位名称", "丰都县总工会"],
      ["评价年度", 2024],
    ]);
  });

  it("gives an empty sheet an empty grid", async () => {
    const sheet = await readOne((s) => {
      s.getCell("C5").border = { top: { style: "thin" } };
    });
    expect(sheet.values).toEqual([]);
    expect(sheet.merges).toEqual([]);
  });

  it("keeps blank strings inside the grid as they are", async () => {
    const sheet = await readOne((s) => {
      s.getCell("A1").value = "";
      s.getCell("B1").value = "x";
    });
    expect(sheet.values).toEqual([["", "x"]]);
  });
});

describe("sheets", () => {
  it("reads every worksheet in order and marks hidden ones", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("基本信息").getCell("A1").value = "单位名称";
    workbook.addWorksheet("资金情况", { state: "hidden" }).getCell("A1").value = "项目名称";
    workbook.addWorksheet("旧表", { state: "veryHidden" }).getCell("A1").value = 1;
    const grids = await readWorkbookBuffer(await toBytes(workbook), "a.xlsx");
    expect(grids.sheets.map((s) => s.name)).toEqual(["基本信息", "资金情况", "旧表"]);
    expect(grids.sheets.map((s) => s.hidden ?? false)).toEqual([false, true, true]);
  });

  it("skips a chartsheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("绩效指标").getCell("A1").value = "三级指标";
    const zip = await JSZip.loadAsync(await toBytes(workbook));
    await addChartsheet(zip);
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const grids = await readWorkbookBuffer(bytes, "chart.xlsx");
    expect(grids.sheets.map((s) => s.name)).toEqual(["绩效指标"]);
  });

  it("accepts an ArrayBuffer as well as a Uint8Array view into a larger buffer", async () => {
    const bytes = await oneSheetBytes((s) => {
      s.getCell("A1").value = 7;
    });
    const copy = bytes.slice().buffer;
    expect((await readWorkbookBuffer(copy, "a.xlsx")).sheets[0].values).toEqual([[7]]);

    const padded = new Uint8Array(bytes.length + 16);
    padded.set(bytes, 8);
    const view = padded.subarray(8, 8 + bytes.length);
    expect((await readWorkbookBuffer(view, "a.xlsx")).sheets[0].values).toEqual([[7]]);
  });
});

/** A chartsheet as Excel stores it: its own part, a sheet entry in workbook.xml and a relationship to it. */
async function addChartsheet(zip: JSZip): Promise<void> {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file("xl/chartsheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?><chartsheet ${ns}><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`);

  const book = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", book.replace("</sheets>", '<sheet name="图表1" sheetId="99" r:id="rIdChart"/></sheets>'));

  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace("</Relationships>", `<Relationship Id="rIdChart" Type="${rel}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`),
  );

  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>',
    ),
  );
}
