import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { evaluateGrids } from "../../../src/core/evaluate";
import { REPORT_MARKER } from "../../../src/core/report/marker";
import { readWorkbookBuffer } from "../../../src/hosts/xlsx/readGrids";
import { buildReportWorkbook } from "../../../src/hosts/xlsx/writeReport";
import { buildCleanTwin, toBuffer } from "../../fixtures/workbooks";

async function report(input: Uint8Array) {
  const ev = evaluateGrids(await readWorkbookBuffer(input, "clean.xlsx"));
  return { ev, out: await buildReportWorkbook(input, ev) };
}

async function load(data: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

describe("writing the report into a copy of the workbook", () => {
  it("adds 自评报告 beside the user's sheets and leaves the input bytes as they were", async () => {
    const input = await toBuffer(buildCleanTwin());
    const before = Buffer.from(input).toString("base64");
    const { out } = await report(input);
    expect(Buffer.from(input).toString("base64")).toBe(before);
    const wb = await load(out.data);
    expect(out).toMatchObject({ sheetName: "自评报告", standalone: false });
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["基本信息", "资金情况", "绩效指标", "自评报告"]));
    expect(String(wb.getWorksheet("自评报告")!.getCell("A2").value)).toContain(REPORT_MARKER);
  });

  it("running again replaces only the sheet it wrote before", async () => {
    const first = (await report(await toBuffer(buildCleanTwin()))).out.data;
    const second = await report(first);
    const wb = await load(second.out.data);
    expect(wb.worksheets.filter((w) => w.name.startsWith("自评报告")).map((w) => w.name)).toEqual(["自评报告"]);
    expect(second.out.sheetName).toBe("自评报告");
  });

  it("a 自评报告 sheet the user made is kept, and the report goes to 自评报告(2)", async () => {
    const wb = buildCleanTwin();
    wb.addWorksheet("自评报告").getCell("A1").value = "我自己写的报告，请勿覆盖";
    const { out } = await report(await toBuffer(wb));
    const back = await load(out.data);
    expect(back.getWorksheet("自评报告")!.getCell("A1").value).toBe("我自己写的报告，请勿覆盖");
    expect(out.sheetName).toBe("自评报告(2)");
    expect(String(back.getWorksheet("自评报告(2)")!.getCell("A2").value)).toContain(REPORT_MARKER);
  });

  it("a name that looks like a formula is written as text in the file", async () => {
    const wb = buildCleanTwin();
    const ws = wb.getWorksheet("绩效指标")!;
    const nameCol = (ws.getRow(1).values as unknown[]).indexOf("三级指标");
    ws.getCell(2, nameCol).value = "=HYPERLINK(\"http://evil\",\"x\")";
    const { out } = await report(await toBuffer(wb));
    const rep = (await load(out.data)).getWorksheet("自评报告")!;
    let found = false;
    rep.eachRow((r) => r.eachCell((c) => {
      if (c.value === "=HYPERLINK(\"http://evil\",\"x\")") {
        found = true;
        expect(c.type).toBe(ExcelJS.ValueType.String);
      }
    }));
    expect(found).toBe(true);
  });
});

describe("an input that is not an OOXML package", () => {
  it("gets the report in a new .xlsx of its own, and says so", async () => {
    const ev = evaluateGrids(await readWorkbookBuffer(await toBuffer(buildCleanTwin()), "clean.ods"));
    // An OpenDocument spreadsheet is a zip too, but has no [Content_Types].xml or workbook part.
    const ods = zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8("<office:document-content/>") });
    const out = await buildReportWorkbook(ods, ev);
    expect(out).toMatchObject({ standalone: true, sheetName: "自评报告", extension: ".xlsx" });
    expect(out.reasons.join("")).toContain("新的 .xlsx");
    const wb = await load(out.data);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["自评报告"]);
  });
});

describe("an edited report is never lost on re-scoring", () => {
  it("keeps the edited 自评报告 as 自评报告（修改前）, writes the new one as 自评报告, and says so", async () => {
    const first = (await report(await toBuffer(buildCleanTwin()))).out.data;
    const edited = await load(first);
    const sheet = edited.getWorksheet("自评报告")!;
    let paragraph: ExcelJS.Cell | undefined;
    sheet.eachRow((r) => r.eachCell((c) => {
      if (!paragraph && typeof c.value === "string" && c.value.startsWith("　　")) paragraph = c;
    }));
    paragraph!.value = "　　本单位补充说明：年中追加的经费已于12月全部拨付。";
    const second = await report(await toBuffer(edited));
    const back = await load(second.out.data);
    expect(second.out.kept).toEqual({ sheet: "自评报告（修改前）", note: "“自评报告”表在上次生成后被修改过，已保留为“自评报告（修改前）”，新的自评报告写入“自评报告”。" });
    expect(second.out.sheetName).toBe("自评报告");
    const kept = back.getWorksheet("自评报告（修改前）")!;
    let found = false;
    kept.eachRow((r) => r.eachCell((c) => (found ||= c.value === "　　本单位补充说明：年中追加的经费已于12月全部拨付。")));
    expect(found).toBe(true);
    expect(String(back.getWorksheet("自评报告")!.getCell("A2").value)).toContain(REPORT_MARKER);
  });

  it("an unedited report is simply replaced, with nothing said", async () => {
    const first = (await report(await toBuffer(buildCleanTwin()))).out.data;
    const second = await report(first);
    expect(second.out.kept).toBeUndefined();
  });
});
