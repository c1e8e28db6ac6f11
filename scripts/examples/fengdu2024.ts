/**
 * The demonstration workbook: 丰都县总工会's 2024 department-wide self-evaluation, rebuilt from the published report
 * (docs/seed-report.txt) in the standard layout of docs/template.md.
 *
 * It reproduces the seed on purpose, defects included: 324.88 万元 received and spent, every line at full marks, a claimed
 * total of 100, achievements written as "2000余人次", and three qualitative rows whose targets ("有效提升", "持续发挥",
 * "符合相关规定") cannot be measured. Those defects are what must make the findings say "绩效指标量化不够".
 * The indicator list and the split of 324.88 into 300.00 + 24.88 are plausible reconstructions: the seed's own tables were
 * never published.
 */
import * as ExcelJS from "exceljs";

// The standard layout is the blank template's: one list of headers serves the template, the example and the tests.
export { FUND_HEADERS as STANDARD_FUND_HEADERS, INDICATOR_HEADERS as STANDARD_INDICATOR_HEADERS } from "../../src/core/template/content";
import { FUND_HEADERS, INDICATOR_HEADERS } from "../../src/core/template/content";

const UNIT = "丰都县总工会";

const DUTIES = [
  "1.坚持党的领导。坚决贯彻党的意志和主张，坚定不移走中国特色社会主义工会发展道路，切实增强工会工作的政治性和工会组织的先进性群众性。",
  "2.加强对广大职工的政治引领和思想引导，引导广大职工弘扬劳动精神、劳模精神，增强主人翁责任感。",
  "3.团结动员广大职工干事创业，指导开展社会主义劳动竞赛，把工人阶级主力军作用转化为促进经济社会发展的强大动力。",
  "4.突出代表维护职工权益的职责，充分履行维护职工合法权益的基本职责，参与劳动关系矛盾纠纷的协调处置。",
  "5.拓宽工会组织覆盖和工作覆盖，做实做强“四季帮扶”、“职工之家”、技能提升、法律援助和职工文化等品牌。",
  "6.积极参与社会治理，协调化解矛盾纠纷和利益冲突，负责市级模范职工之家的评选和全国模范职工之家的推荐及日常管理服务工作。",
  "7.发挥民主参与和社会监督作用；负责工会经费的收、管、用和工会资产的管理，依法加强工会经费的审查监督。",
].join("\n");

const GOAL =
  "积极参与社会治理，扎实做好职工权益维护、困难职工救助、技能提升、法律援助及农民工服务工作，" +
  "切实增强工会工作的政治性和工会组织的先进性群众性。";

const ACHIEVED = [
  "1.成功获评全国五一劳动奖章1名；市级五一劳动奖状1个，五一劳动奖章3个，工人先锋号3个。成功创建县级模范职工之家2家。",
  "2.持续开展劳模“三进”活动，全年组织开展“劳模服务团”暨“榜样面对面”宣传宣讲8次。",
  "3.扎实开展夏送清凉、金秋助学、冬送温暖、关爱儿童等慰问活动，慰问2000余人次；组织农民工及新业态职工体检600余人次。",
  "4.组织工会主席、工会干部、互助保障员100余人次集中开展工会业务培训。",
  "5.承办2024年川渝土地质量地质调查劳动和技能竞赛，来自川渝地区20支队伍100位选手参赛。举办县级劳动和技能竞赛5场次。" +
    "承办2024年丰都庙会鬼面“村马”赛、丰都县第五届运动会，持续举办第九届“职工杯”周末篮球联赛，" +
    "组织800余名职工到南天湖景区开展工会活动，助推南天湖创建国家旅游度假区。",
  "6.建立了“工会+法院+检察院+人社+司法”劳动争议化解五方联动机制，县总工会、县司法局等五部门联合印发" +
    "《关于共同做好群众性劳动争议化解工作的实施意见》《劳动领域政治安全突发事件应急处置工作方案》，成功调解11起劳动争议案件。",
  "7.完成职工服务中心升级改造，提升工会阵地服务职工能力。",
].join("\n");

const INFO: Array<[string, string | number]> = [
  ["单位名称", UNIT],
  ["评价年度", 2024],
  ["评价类型", "部门整体"],
  ["主管部门", UNIT],
  ["评分规则", "中央通用"],
  ["公开方式", "丰都县人民政府网站"],
  ["部门职能职责", DUTIES],
  ["年度绩效目标", GOAL],
  ["实际完成情况", ACHIEVED],
  ["其他需要说明的问题", "无"],
];

type FundRow = [source: string, initial: number, budget: number, spent: number, weight?: number, rate?: number, score?: number];

/** The seed gives only the total; the split between this year's appropriation and the carry-over is assumed. */
const FUNDS: FundRow[] = [
  ["合计", 324.88, 324.88, 324.88, 10, 1, 10],
  ["其中：本年财政拨款", 300.0, 300.0, 300.0],
  ["上年结转资金", 24.88, 24.88, 24.88],
  ["其他资金", 0, 0, 0],
];

type IndicatorRow = [
  level1: string,
  level2: string,
  name: string,
  operator: string,
  target: string | number,
  unit: string | null,
  actual: string | number,
  weight: number,
  tier: string | null,
];

/**
 * Weights 产出 50 / 效益 30 / 满意度 10. Actuals are typed as the seed words them ("2000余人次"), not as clean numbers.
 * The three 定性 rows are the defects the product exists to catch: no scale, no number, the actual repeating the target or
 * saying nothing ("达成预期指标").
 */
const INDICATORS: IndicatorRow[] = [
  ["产出指标", "数量指标", "慰问困难职工人次", "≥", 2000, "人次", "2000余人次", 5, null],
  ["产出指标", "数量指标", "农民工及新业态职工体检人次", "≥", 600, "人次", "600余人次", 5, null],
  ["产出指标", "数量指标", "工会业务培训人次", "≥", 100, "人次", "100余人次", 4, null],
  ["产出指标", "数量指标", "举办县级劳动和技能竞赛场次", "≥", 5, "场次", 5, 4, null],
  ["产出指标", "数量指标", "成功调解劳动争议案件数", "≥", 10, "起", 11, 4, null],
  ["产出指标", "数量指标", "劳模“三进”宣传宣讲次数", "≥", 8, "次", 8, 4, null],
  ["产出指标", "数量指标", "创建县级模范职工之家数", "≥", 2, "家", 2, 4, null],
  ["产出指标", "数量指标", "获评全国及市级劳模荣誉（奖章、奖状、工人先锋号）数", "≥", 7, "个", 8, 4, null],
  ["产出指标", "质量指标", "慰问资金发放准确率", "＝", 100, "%", 100, 4, null],
  ["产出指标", "质量指标", "职工服务中心升级改造质量", "定性", "符合相关规定", null, "达成预期指标", 4, "达成"],
  ["产出指标", "时效指标", "项目完成时间", "≤", "2024年12月31日前", null, "2024年12月20日", 4, null],
  ["产出指标", "成本指标", "职工服务中心升级改造成本", "≤", 45, "万元", 44.6, 4, null],
  ["效益指标", "社会效益指标", "困难职工帮扶覆盖率", "≥", 95, "%", 98, 8, null],
  ["效益指标", "社会效益指标", "职工凝聚力", "定性", "有效提升", null, "有效提升", 8, "达成"],
  ["效益指标", "社会效益指标", "劳动争议调解成功率", "≥", 90, "%", 100, 7, null],
  ["效益指标", "可持续影响指标", "工会服务阵地作用", "定性", "持续发挥", null, "达成预期指标", 7, "达成"],
  ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 90, "%", 96, 10, null],
];

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

function styleHeader(row: ExcelJS.Row, columns: number): void {
  row.height = 30;
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  }
}

function frame(ws: ExcelJS.Worksheet, columns: number): void {
  ws.eachRow((row) => {
    for (let c = 1; c <= columns; c++) {
      const cell = row.getCell(c);
      cell.border = THIN;
      if (row.number > 1) cell.alignment = { vertical: "middle", wrapText: true, ...cell.alignment };
    }
  });
}

export function buildFengdu2024(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = UNIT;
  wb.created = new Date(Date.UTC(2025, 2, 15));
  wb.modified = wb.created;

  const info = wb.addWorksheet("基本信息");
  info.columns = [{ width: 20 }, { width: 100 }];
  info.addRow(["信息项", "内容"]);
  for (const [label, value] of INFO) {
    const row = info.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (typeof value === "string") {
      const lines = value.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 48)), 0);
      row.height = Math.max(20, lines * 16);
    }
  }
  styleHeader(info.getRow(1), 2);
  frame(info, 2);

  const fund = wb.addWorksheet("资金情况");
  fund.columns = [
    { width: 14 }, { width: 20 }, { width: 13 }, { width: 13 }, { width: 13 }, { width: 8 }, { width: 10 }, { width: 8 },
    { width: 30 },
  ];
  fund.addRow([...FUND_HEADERS]);
  // 项目名称 is left blank on purpose: for 部门整体 the evaluated unit is the department named in 基本信息.
  for (const [source, initial, budget, spent, weight, rate, score] of FUNDS) {
    const row = fund.addRow([null, source, initial, budget, spent, weight ?? null, rate ?? null, score ?? null, null]);
    for (const c of [3, 4, 5]) row.getCell(c).numFmt = "#,##0.00";
    row.getCell(7).numFmt = "0.00%";
    row.getCell(8).numFmt = "0.00";
    if (source === "合计") row.font = { bold: true };
  }
  styleHeader(fund.getRow(1), FUND_HEADERS.length);
  frame(fund, FUND_HEADERS.length);
  fund.views = [{ state: "frozen", ySplit: 1 }];

  const ind = wb.addWorksheet("绩效指标");
  ind.columns = [
    { width: 12 }, { width: 11 }, { width: 17 }, { width: 30 }, { width: 8 }, { width: 18 }, { width: 8 }, { width: 16 },
    { width: 6 }, { width: 9 }, { width: 8 }, { width: 30 },
  ];
  ind.addRow([...INDICATOR_HEADERS]);
  for (const [level1, level2, name, operator, target, unit, actual, weight, tier] of INDICATORS) {
    // As the accountant filled it: every line at full marks, no deviation reasons.
    const row = ind.addRow([null, level1, level2, name, operator, target, unit, actual, weight, tier, weight, null]);
    row.getCell(5).alignment = { horizontal: "center" };
    row.getCell(7).alignment = { horizontal: "center" };
    row.getCell(9).numFmt = "0";
    row.getCell(11).numFmt = "0.00";
  }
  const weightSum = INDICATORS.reduce((s, r) => s + r[7], 0);
  const fundTotal = FUNDS[0];
  const totals: Array<[string, number, number]> = [
    ["合计", weightSum, weightSum],
    ["总分", weightSum + (fundTotal[4] ?? 0), weightSum + (fundTotal[6] ?? 0)],
  ];
  for (const [label, weight, score] of totals) {
    const row = ind.addRow([null, null, null, label, null, null, null, null, weight, null, score, null]);
    row.font = { bold: true };
    row.getCell(9).numFmt = "0";
    row.getCell(11).numFmt = "0.00";
  }
  styleHeader(ind.getRow(1), INDICATOR_HEADERS.length);
  frame(ind, INDICATOR_HEADERS.length);
  ind.views = [{ state: "frozen", ySplit: 1 }];
  ind.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

  return wb;
}
