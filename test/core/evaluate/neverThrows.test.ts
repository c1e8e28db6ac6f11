import fc from "fast-check";
import { evaluateGrids, type EvaluateOptions } from "../../../src/core/evaluate";
import type { MergeArea, SheetGrid, WorkbookGrids } from "../../../src/core/grid";
import type { Evaluation } from "../../../src/core/model/evaluation";
import { FINDING_CODES, SEVERITY_ORDER } from "../../../src/core/model/finding";
import { WorkbookInputError } from "../../../src/core/read/inputError";
import { FUND_HEADER, INDICATOR_HEADER, balancedRows, basicSheet, sheet } from "../../helpers/grids";
import { fundLine } from "../../helpers/findingCases";

/**
 * Whatever a workbook holds, evaluation either returns sound numbers and known findings, or stops with a
 * WorkbookInputError that names what is missing. Never any other exception: a crash is the one thing an accountant
 * cannot act on.
 */

// ---------------------------------------------------------------------------------------------------------------
// Cells

/** Any number at all: NaN, ±Infinity, -0, huge, tiny, and weights with three decimals. */
const anyNumber = fc.oneof(
  fc.double(), // NaN, ±Infinity and -0 included
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, 1e22, 1e21, Number.MIN_VALUE, 1e-300, 1e-306, 0.005, 2.345, 10.005, 0.96, 10, 30, 89.974, 95, 100, 104, 2000),
  fc.integer({ min: -100, max: 3000 }),
  fc.integer({ min: 0, max: 100000 }).map((n) => n / 1000), // three decimals, as in a weight of 2.345
);

/**
 * Numbers as money and points are written (at most two decimals, up to 10^15), with NaN, ±Infinity and -0 kept in.
 * It leaves out only the triggers of the defects pinned down by the it.failing cases at the end of this file.
 */
const moneyNumber = fc.oneof(
  fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e15, -1e15, 0.01, 0.96, 10, 30, 89.97, 95, 100, 104, 2000),
  fc.integer({ min: -100, max: 3000 }),
);

/** What accountants type, and what the rules react to. */
const wordCell = fc.constantFrom(
  "≥2000人次", "2000余人次", "９５％", "95%", "0.96", "100%完成", "有效提升", "进一步提升职工满意度", "显著提升", "≥266米",
  '=HYPERLINK("x")', "1,200.00", "１２３", "-5", "约一百万", "*", "XX", "待定", "—", "/", "#N/A", "#DIV/0!",
  "达成", "部分达成", "未达成", "已完成", "优良中差", "优", "良", "定性", "≥", "≤", "＞", "=", "正向", "反向",
  "人次", "%", "万元", "元", "场次", "2024年12月31日前", "12月底前", "及时", "不适用", "是", "否",
  "产出指标", "效益指标", "满意度指标", "成本指标", "数量指标", "时效指标", "服务对象满意度", "合计", "小计", "总分",
  "年度资金总额", "本年财政拨款", "上年结转资金", "注：本表金额单位为万元", "重庆部门整体", "四川", "R2",
  "项目名称", "三级指标", "实际完成值", "分值", "全年预算数", "全年执行数",
);

const TEN_THOUSAND = [ "有效提升".repeat(2500), "9".repeat(10000), "≥".repeat(10000), "1,".repeat(5000), "优/".repeat(5000) ];

const stringCell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.constantFrom(...TEN_THOUSAND),
  fc.constantFrom("　", " \n ", "\u200b", "ＸＸ", "≥ ２０００ 人次"),
);

const blankCell = fc.constantFrom(null, undefined, "");
const dateCell = fc.oneof(fc.date(), fc.constant(new Date(NaN)), fc.constant(new Date(8.64e15)));
const errorCell = fc.constantFrom<unknown>({ error: "#DIV/0!" }, { error: "#N/A" }, { error: "#REF!" }, { error: "#VALUE!" }, "#N/A", "#DIV/0!");

function cellOf(numberCell: fc.Arbitrary<number>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: numberCell },
    { weight: 5, arbitrary: wordCell },
    { weight: 2, arbitrary: stringCell },
    { weight: 3, arbitrary: blankCell },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: dateCell },
    { weight: 1, arbitrary: errorCell },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Sheets

/** The standard header, shuffled, or with columns missing (then a WorkbookInputError is a fair answer). */
function headerOf(standard: string[]): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(standard) },
    { weight: 2, arbitrary: fc.shuffledSubarray(standard, { minLength: standard.length }) },
    { weight: 1, arbitrary: fc.shuffledSubarray(standard, { minLength: 0, maxLength: standard.length - 1 }) },
  );
}

/** A plausible data row with some cells replaced by anything at all, or a row of anything at all. */
function dataRow(cell: fc.Arbitrary<unknown>, plausible: unknown[][]): fc.Arbitrary<unknown[]> {
  const mutated = fc
    .tuple(fc.constantFrom(...plausible), fc.array(fc.tuple(fc.nat({ max: 13 }), cell), { maxLength: 4 }))
    .map(([base, edits]) => {
      const r = [...base];
      for (const [i, v] of edits) r[i] = v;
      return r;
    });
  return fc.oneof({ weight: 3, arbitrary: mutated }, { weight: 1, arbitrary: fc.array(cell, { maxLength: 14 }) });
}

const merge: fc.Arbitrary<MergeArea> = fc.oneof(
  // in range, possibly overlapping one another
  fc.record({ top: fc.nat({ max: 12 }), left: fc.nat({ max: 13 }), h: fc.nat({ max: 4 }), w: fc.nat({ max: 3 }) }).map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w })),
  // out of range, inverted, negative, fractional or not a number
  fc.record({
    top: fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constantFrom(1e9, NaN, 1.5)),
    left: fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constantFrom(1e9, Infinity)),
    bottom: fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constantFrom(1e9, -Infinity)),
    right: fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constantFrom(1e9, 2.5)),
  }),
);

function table(cell: fc.Arbitrary<unknown>, header: string[], plausible: unknown[][]): fc.Arbitrary<{ values: unknown[][]; merges: MergeArea[] }> {
  return fc
    .record({
      titles: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }),
      header: headerOf(header),
      rows: fc.array(dataRow(cell, plausible), { maxLength: 8 }),
      merges: fc.array(merge, { maxLength: 5 }),
    })
    .map(({ titles, header: h, rows, merges }) => ({ values: [...titles, h, ...rows], merges }));
}

const FUND_ROWS = [fundLine("合计", 100, 100, 95), fundLine("本年财政拨款", 80, 80, 75), fundLine("上年结转资金", 20, 20, 20), fundLine("合计", 100, 120, 108, { project: "困难职工帮扶项目" })];
const INDICATOR_ROWS = [
  ...balancedRows(),
  ["", "产出指标", "时效指标", "投诉处理平均时长", "≤", 10, "天", 12, 10],
  ["", "效益指标", "可持续影响指标", "帮扶机制健全性", "定性", "优良中差", "", "良", 10, "部分达成", 8],
  ["困难职工帮扶项目", "产出指标", "成本指标", "慰问品采购成本", "≥", 60, "万元", 58, 20],
];

const BASIC_LABELS = ["单位名称", "评价年度", "评分规则", "反向指标计分", "评价类型", "部门名称"];
/** A random workbook: 基本信息 or none, the two tables on their own sheets or on one, cells drawn from `cell`. */
function workbookOf(cell: fc.Arbitrary<unknown>): fc.Arbitrary<WorkbookGrids> {
  const basicSheet: fc.Arbitrary<SheetGrid> = fc
    .array(fc.tuple(fc.constantFrom(...BASIC_LABELS), cell), { maxLength: 5 })
    .map((pairs) => ({ name: "基本信息", values: [["项目", "内容"], ...pairs.map(([label, value]) => [label, value])] }));
  return fc
    .record({
      basic: fc.option(basicSheet, { nil: undefined }),
      fund: table(cell, FUND_HEADER, FUND_ROWS),
      indicators: table(cell, INDICATOR_HEADER, INDICATOR_ROWS),
      fundName: fc.constantFrom("资金情况", "预算执行情况", "项目资金", "Sheet1"),
      indicatorName: fc.constantFrom("绩效指标", "绩效指标表", "指标表", "Sheet2"),
      oneSheet: fc.boolean(),
      hidden: fc.boolean(),
    })
    .map(({ basic, fund, indicators, fundName, indicatorName, oneSheet, hidden }) => {
      const sheets: SheetGrid[] = basic ? [basic] : [];
      if (oneSheet) {
        // A one-sheet 自评表: the money block, then the indicator block under it.
        sheets.push({ name: "自评表", values: [...fund.values, [], ...indicators.values], merges: [...fund.merges, ...indicators.merges] });
      } else {
        sheets.push({ name: fundName, values: fund.values, merges: fund.merges, hidden });
        sheets.push({ name: indicatorName, values: indicators.values, merges: indicators.merges });
      }
      return { fileName: "随机.xlsx", sheets };
    });
}

const anyWorkbook = workbookOf(cellOf(anyNumber));
const moneyWorkbook = workbookOf(cellOf(moneyNumber));

const options: fc.Arbitrary<EvaluateOptions> = fc.record(
  { rules: fc.constantFrom("中央通用" as const, "重庆部门整体" as const, "四川" as const), reverseRule: fc.constantFrom("R1" as const, "R2" as const) },
  { requiredKeys: [] },
);

// ---------------------------------------------------------------------------------------------------------------
// What must hold

function between(value: number, low: number, high: number, what: string): void {
  if (!(Number.isFinite(value) && value >= low && value <= high)) throw new Error(`${what} = ${value}, not a finite number in [${low}, ${high}]`);
}

const SEVERITIES: readonly string[] = SEVERITY_ORDER;
const CODES: readonly string[] = FINDING_CODES;

function checkEvaluation(ev: Evaluation): void {
  for (const u of ev.units) {
    between(u.executionWeight, Number.MIN_VALUE, Number.MAX_VALUE, `${u.name}: executionWeight`);
    between(u.executionScore, 0, u.executionWeight, `${u.name}: executionScore`);
    between(u.indicatorScore, 0, u.indicatorWeight, `${u.name}: indicatorScore`);
    between(u.total, 0, u.maxTotal, `${u.name}: total`);
    between(u.score, 0, 100, `${u.name}: score`);
    if (u.executionRate !== null) between(u.executionRate, 0, Number.MAX_VALUE, `${u.name}: executionRate`);
    // A row whose weight the form implies (the 20 + 80 form) is bounded by the indicators' implied weight.
    for (const i of u.indicators) between(i.score, 0, i.weightImplied ? u.indicatorWeight : (i.weight ?? 0), `${u.name} row ${i.source.row}: score (weight ${i.weight})`);
    between(u.unsupportedWeight, 0, u.indicatorWeight, `${u.name}: unsupportedWeight`);
  }
  for (const f of ev.findings) {
    if (!CODES.includes(f.code)) throw new Error(`unknown finding code ${f.code}`);
    if (!SEVERITIES.includes(f.severity)) throw new Error(`unknown severity ${f.severity}`);
    if (typeof f.message !== "string" || f.message === "") throw new Error(`finding ${f.code} without a message`);
    if (!/^([A-Z]{1,3}[1-9]\d*)?$/.test(f.cell)) throw new Error(`finding ${f.code} at a malformed cell “${f.cell}”`);
  }
}

/** Evaluates; a WorkbookInputError is an answer, any other exception fails the property. */
function evaluatesOrRefuses(grids: WorkbookGrids, opts: EvaluateOptions): void {
  let ev: Evaluation;
  try {
    ev = evaluateGrids(grids, opts);
  } catch (e) {
    if (e instanceof WorkbookInputError) return;
    throw e;
  }
  checkEvaluation(ev);
}

// ---------------------------------------------------------------------------------------------------------------
// Defects the random workbooks found, as minimal workbooks

const balanced = (): WorkbookGrids => ({
  fileName: "测试.xlsx",
  sheets: [basicSheet(), sheet("资金情况", [FUND_HEADER, fundLine("合计", 100, 100, 100)]), sheet("绩效指标", [INDICATOR_HEADER, ...balancedRows()])],
});

/** 全年预算数 1e-306, 全年执行数 100: B/A × 100 overflows to Infinity. */
function overflowingRate(): WorkbookGrids {
  const grids = balanced();
  grids.sheets[1] = sheet("资金情况", [FUND_HEADER, fundLine("合计", 100, 1e-306, 100)]);
  return grids;
}

/** Two met rows of 10 beside a row of weight 1e22: the indicator share 20 / (10^22 + 20) is below 10^-20. */
function vanishingIndicatorShare(): WorkbookGrids {
  const grids = balanced();
  grids.sheets[2] = sheet("绩效指标", [
    INDICATOR_HEADER,
    ["", "产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", 2000, 10],
    ["", "效益指标", "社会效益指标", "困难职工帮扶覆盖率", "≥", "95%", "%", 0, 1e22, "", "", "未开展"],
    ["", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90%", "%", "96%", 10],
  ]);
  return grids;
}

/** A met indicator with weight 2.345 (row 5). */
function threeDecimalWeight(): WorkbookGrids {
  const grids = balanced();
  grids.sheets[2] = sheet("绩效指标", [INDICATOR_HEADER, ...balancedRows().slice(0, 3), ["", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90%", "%", "96%", 2.345]]);
  return grids;
}

/** Execution at 100% with 分值 10.005. */
function threeDecimalExecutionWeight(): WorkbookGrids {
  const grids = balanced();
  grids.sheets[1] = sheet("资金情况", [FUND_HEADER, fundLine("合计", 100, 100, 100, { weight: 10.005 })]);
  return grids;
}

// ---------------------------------------------------------------------------------------------------------------

describe("evaluateGrids never throws anything but a WorkbookInputError", () => {
  // The four minimal workbooks that once broke the engine (see "defects the random workbooks found" below) are given
  // as examples, because random runs meet such workbooks only about once in 250.
  it("random workbooks of any numbers: every score finite and within its weight, every finding a known code", () => {
    fc.assert(
      fc.property(anyWorkbook, options, (grids, opts) => {
        evaluatesOrRefuses(grids, opts);
      }),
      { numRuns: 300, examples: [[overflowingRate(), {}], [vanishingIndicatorShare(), {}], [threeDecimalWeight(), {}], [threeDecimalExecutionWeight(), {}]] },
    );
  });

  it("random workbooks whose amounts have at most two decimals: the same holds", () => {
    fc.assert(
      fc.property(moneyWorkbook, options, (grids, opts) => {
        evaluatesOrRefuses(grids, opts);
      }),
      { numRuns: 300 },
    );
  });

  it("the generator does reach evaluation, not only refusals", () => {
    const outcomes = fc.sample(anyWorkbook, { numRuns: 200, seed: 42 }).map((grids) => {
      try {
        evaluateGrids(grids);
        return "evaluated";
      } catch (e) {
        return e instanceof WorkbookInputError ? "refused" : "crashed";
      }
    });
    expect(outcomes.filter((o) => o === "evaluated").length).toBeGreaterThan(40);
  });
});

describe("defects the random workbooks found (minimal cases)", () => {
  // Never any exception but WorkbookInputError. new Big(Infinity) throws "[big.js] Invalid number"
  // (src/core/score/rules.ts executionScore's explanation; the same in src/core/checks/fund.ts rateText).
  it("全年预算数 1e-306 with 全年执行数 100 is evaluated, not a crash", () => {
    expect(() => evaluateGrids(overflowingRate())).not.toThrow();
  });

  // Never any exception but WorkbookInputError. (k) divides by the indicator share s/sw, which rounds to 0 at
  // big.js's 20 places: "[big.js] Division by zero" (src/core/checks/consistency.ts performanceOutpacesSpending).
  it("an indicator weight of 1e22 beside two met rows of 10 is evaluated, not a crash", () => {
    expect(() => evaluateGrids(vanishingIndicatorShare())).not.toThrow();
  });

  // d.2 "Score cap: score = MIN(score, w) always" (S2 "得分最高不能超过该指标分值上限"). Full marks are ROUND(w, 2),
  // which rounds a three-decimal weight up: w = 2.345 gives 2.35.
  it("a met indicator with weight 2.345 scores no more than 2.345", () => {
    expect(evaluateGrids(threeDecimalWeight()).units[0].indicators[3].score).toBeLessThanOrEqual(2.345);
  });

  // The same cap where the score is the filled 得分 of a qualitative row: 49.085 of 49.085 is 49.08, not 49.09
  // (a random workbook found it).
  it("a qualitative row filled with its full three-decimal weight 49.085 scores no more than 49.085", () => {
    const grids = balanced();
    grids.sheets[2] = sheet("绩效指标", [INDICATOR_HEADER, ...balancedRows().slice(0, 3), ["", "效益指标", "社会效益指标", "职工满意度明显提升", "定性", "明显提升", "", "达成", 49.085, "", 49.085]]);
    const row = evaluateGrids(grids).units[0].indicators[3];
    expect(row.weight).toBe(49.085);
    expect(row.score).toBe(49.08);
  });

  // The same cap on the execution line (b.2 exec_score = ROUND(MIN(rate, 1) × W, 2); S2): 分值 10.005 at 100%
  // gives 10.01.
  it("execution at 100% with 分值 10.005 scores no more than 10.005", () => {
    expect(evaluateGrids(threeDecimalExecutionWeight()).units[0].executionScore).toBeLessThanOrEqual(10.005);
  });
});
