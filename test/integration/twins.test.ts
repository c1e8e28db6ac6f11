import { evaluateGrids } from "../../src/core/evaluate";
import { toJson } from "../../src/core/output/json";
import { readWorkbookBuffer } from "../../src/hosts/xlsx/readGrids";
import { buildChongqingWorkbook, buildCleanTwin, buildMessyTwin, buildSichuanWorkbook, toBuffer } from "../fixtures/workbooks";
import type ExcelJS from "exceljs";

async function evaluate(wb: ExcelJS.Workbook, name: string, options = {}) {
  return evaluateGrids(await readWorkbookBuffer(await toBuffer(wb), name), options);
}

/** What must not depend on how the workbook was typed: every figure, and every finding's code and message. */
function essence(ev: Awaited<ReturnType<typeof evaluate>>) {
  const json = toJson(ev);
  return {
    units: json.units.map((u) => ({ ...u, indicators: u.indicators.map(({ row: _row, ...rest }) => ({ ...rest, target: undefined, actual: undefined })) })),
    findings: json.findings.map((f) => `${f.code}|${f.severity}|${f.unit}`).sort(),
  };
}

describe("a messy workbook gives exactly the result of its clean twin", () => {
  it("title rows, aliases, merged cells, full-width digits, numbers as text and 合计 rows change nothing", async () => {
    const clean = await evaluate(buildCleanTwin(), "clean.xlsx");
    const messy = await evaluate(buildMessyTwin(), "messy.xlsx");
    expect(essence(messy)).toEqual(essence(clean));
  });

  it("the clean twin scores as computed by hand from the rules", async () => {
    const ev = await evaluate(buildCleanTwin(), "clean.xlsx");
    expect(ev.units.map((u) => [u.name, u.executionScore, u.indicatorScore, u.total, u.score, u.grade])).toEqual([
      ["职工帮扶项目", 9.5, 81.91, 91.41, 91.41, "优"],
      ["职工文体活动项目", 9, 88.6, 97.6, 97.6, "优"],
    ]);
    const culture = ev.units[1].indicators.find((i) => i.source.name === "职工文体活动参与率");
    expect(culture?.score).toBe(9.74); // 38.94/40×10 = 9.735, half-up
  });

  it("R2 changes only the reverse rows over target: 人均帮扶成本 1000 against ≤800 → 7.50", async () => {
    const ev = await evaluate(buildCleanTwin(), "clean.xlsx", { reverseRule: "R2" });
    expect(ev.units.map((u) => u.total)).toEqual([90.91, 97.6]);
  });

  it("the messy twin's findings point at the messy sheet's own cells", async () => {
    const ev = await evaluate(buildMessyTwin(), "messy.xlsx");
    for (const f of ev.findings.filter((x) => x.cell)) expect(["绩效指标表", "预算执行情况", "基本情况"]).toContain(f.sheet);
  });
});

describe("profiles", () => {
  it("四川: 45.6 / 48 → 9.50 and indicators 88.18, total 97.68", async () => {
    const ev = await evaluate(buildSichuanWorkbook(), "sichuan.xlsx");
    expect(ev.profile).toBe("四川");
    expect([ev.units[0].executionScore, ev.units[0].indicatorScore, ev.units[0].total]).toEqual([9.5, 88.18, 97.68]);
  });

  it("重庆部门整体: 395.2 / 520 = 76% → 7.60, 得分系数 read, 调整指标值 replaces 年初指标值, too few core indicators", async () => {
    const ev = await evaluate(buildChongqingWorkbook(), "chongqing.xlsx");
    expect(ev.profile).toBe("重庆部门整体");
    expect([ev.units[0].executionScore, ev.units[0].indicatorScore, ev.units[0].total]).toEqual([7.6, 89.17, 96.77]);
    expect(ev.findings.map((f) => f.code)).toEqual(expect.arrayContaining(["too-few-core-indicators", "large-unspent-budget", "performance-outpaces-spending"]));
  });

  it("--rules wins over 基本信息: the Chongqing workbook under 中央通用 has no core-indicator finding", async () => {
    const ev = await evaluate(buildChongqingWorkbook(), "chongqing.xlsx", { rules: "中央通用" });
    expect(ev.findings.map((f) => f.code)).not.toContain("too-few-core-indicators");
  });
});
