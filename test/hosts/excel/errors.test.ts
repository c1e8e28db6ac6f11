import { WorkbookInputError } from "../../../src/core/read/inputError";
import { toHostError, isOfficeError } from "../../../src/hosts/excel/errors";
import { HostError } from "../../../src/hosts/host";
import { sheet, basicSheet } from "../../helpers/grids";
import { FakeExcel, FakeOfficeError } from "./fakeExcel";
import { fakeFrom, hostOn } from "./helpers";
import { balancedRows, simpleWorkbook } from "../../helpers/grids";

const CHINESE = /[\u4e00-\u9fff]/;

describe("errors become one clear Chinese sentence", () => {
  it("maps Office error codes, keeping the code and the cause", () => {
    const cases: [string, RegExp][] = [
      ["InvalidOperationInCellEditMode", /单元格编辑状态.*Enter 或 Esc/],
      ["AccessDenied", /工作表“自评报告”受保护.*撤销工作表保护/],
      ["RequestPayloadSizeLimitExceeded", /5 MB/],
      ["ResponsePayloadSizeLimitExceeded", /5 MB/],
      ["ItemNotFound", /找不到工作表“自评报告”/],
      ["GeneralException", /Excel 内部出错/],
      ["InvalidArgument", /参数/],
    ];
    for (const [code, pattern] of cases) {
      const cause = new FakeOfficeError(code, "english message");
      const e = toHostError(cause, { action: "写入评价报告", sheet: "自评报告" });
      expect(e).toBeInstanceOf(HostError);
      expect(e.message).toMatch(pattern);
      expect(e.message).toMatch(CHINESE);
      expect(e.code).toBe(code);
      expect(e.cause).toBe(cause);
    }
  });

  it("keeps an unknown error's message and code", () => {
    const e = toHostError(new FakeOfficeError("SomethingNew", "brand new failure"), { action: "评分" });
    expect(e.message).toBe("评分失败：brand new failure（SomethingNew）。");
    expect(e.code).toBe("SomethingNew");
    const plain = toHostError(new TypeError("x is undefined"), { action: "评分" });
    expect(plain.message).toBe("评分失败：x is undefined");
    expect(isOfficeError(new TypeError("x"))).toBe(false);
  });

  it("passes the core's WorkbookInputError message through", () => {
    const input = new WorkbookInputError("a.xlsx", "工作簿“a.xlsx”中找不到“绩效指标”表，请按模板添加后再试。", "绩效指标");
    const e = toHostError(input, { action: "评分" });
    expect(e.message).toBe(input.message);
    expect(e.code).toBe("WorkbookInputError");
  });

  it("evaluate rejects with a HostError when the workbook has no indicator table", async () => {
    const excel = new FakeExcel("空.xlsx", [basicSheet(), sheet("备注", [["随便写写"]])]);
    const { host, sync } = hostOn(excel);
    const error = await host.evaluate({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(CHINESE);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("evaluate names the report sheet when the write is refused (protected sheet)", async () => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()), { failAt: { 2: new FakeOfficeError("AccessDenied", "The cell is on a protected sheet.") } });
    const { host } = hostOn(excel);
    const error = (await host.evaluate({}).catch((e: unknown) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe("AccessDenied");
    expect(error.message).toContain("写入评价报告失败：工作表“自评报告”受保护");
  });

  it("evaluate surfaces cell-edit mode instead of retrying", async () => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()), { failAt: { 1: new FakeOfficeError("InvalidOperationInCellEditMode", "edit mode") } });
    const { host, sync } = hostOn(excel);
    const error = (await host.evaluate({}).catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect(error.message).toContain("单元格编辑状态");
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("evaluate reports a request Excel on the web refused as over 5 MB", async () => {
    const excel = fakeFrom(simpleWorkbook(balancedRows()), { failAt: { 2: new FakeOfficeError("RequestPayloadSizeLimitExceeded", "too big") } });
    const { host } = hostOn(excel);
    const error = (await host.evaluate({}).catch((e: unknown) => e)) as HostError;
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(error.message).toMatch(/^写入评价报告（工作表“自评报告”）失败：.*5 MB/);
  });
});
