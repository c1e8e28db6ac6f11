/**
 * Large standard workbooks for benchmarks: many projects (by default one per 50 indicators), each with a 合计 fund row and
 * indicators whose weights add up to 90, varied the way real tables vary (≥ ≤ ＝ and 定性 rows, percents, 万元 costs,
 * dated deadlines, "2000余人次", targets missed with and without a reason).
 *
 * Everything is drawn from a pseudo-random generator seeded per project, so the same arguments always give the same
 * workbook, and the in-memory and the streaming writer produce identical cells.
 *
 * Usage: npx tsx scripts/examples/generateLarge.ts <indicatorCount> <out.xlsx> [projects]
 */
import * as ExcelJS from "exceljs";
import { STANDARD_FUND_HEADERS, STANDARD_INDICATOR_HEADERS } from "./fengdu2024";
import { between, pick, rng, type Random } from "./random";

type Cell = string | number | null;
type Row = Cell[];

const INDICATORS_PER_PROJECT = 50;
const LEVEL_POINTS = { 产出指标: 50, 效益指标: 30, 满意度指标: 10 } as const;
type Level1 = keyof typeof LEVEL_POINTS;



/** Half-up rounding of num/den for non-negative integers, exact while num stays below 2^52. */
function divRound(num: number, den: number): number {
  return Math.floor((2 * num + den) / (2 * den));
}

const yuan = (cents: number): number => cents / 100;

const PROJECT_NAMES = [
  "困难职工帮扶项目", "职工文化体育活动项目", "职工技能提升培训项目", "劳动和技能竞赛项目", "职工服务中心运行项目",
  "农民工及新业态劳动者服务项目", "劳模服务管理项目", "职工法律援助项目", "工会阵地建设项目", "职工疗休养项目",
];

interface ProjectPlan {
  name: string;
  initialCents: number;
  budgetCents: number;
  spentCents: number;
  carryCents: number;
  carrySpentCents: number;
  reason: string | null;
  indicatorCount: number;
  seed: number;
}

function planProject(p: number, indicatorCount: number, seed: number): ProjectPlan {
  const r = rng(seed * 7919 + p);
  const budgetCents = between(r, 3000, 80000) * 100 + between(r, 0, 99);
  const adjusted = r() < 0.15;
  const initialCents = adjusted ? Math.round(budgetCents * (0.85 + r() * 0.1)) : budgetCents;
  const roll = r();
  // Mostly spent in full or nearly; a few under 90%, as in real county tables.
  const rate = roll < 0.4 ? 1 : roll < 0.9 ? 0.9 + r() * 0.1 : 0.6 + r() * 0.3;
  const spentCents = Math.round(budgetCents * rate);
  const carryCents = r() < 0.5 ? Math.round(budgetCents * r() * 0.2) : 0;
  const carrySpentCents = Math.min(carryCents, spentCents);
  let reason: string | null = null;
  if (adjusted || rate < 0.9) {
    // One in five leaves the reason out: the defect the checks exist for.
    if (r() >= 0.2) reason = adjusted ? "年中追加预算，用于新增帮扶对象。" : "部分采购合同跨年支付，资金未支付完毕。";
  }
  const name = `${PROJECT_NAMES[p % PROJECT_NAMES.length]}（${String(p + 1).padStart(4, "0")}）`;
  return { name, initialCents, budgetCents, spentCents, carryCents, carrySpentCents, reason, indicatorCount, seed: seed + p };
}

function fundRows(plan: ProjectPlan): Row[] {
  const { name, initialCents, budgetCents, spentCents, carryCents, carrySpentCents } = plan;
  const rateScoreCents = Math.min(1000, divRound(spentCents * 1000, budgetCents));
  const rate = Math.round((spentCents / budgetCents) * 10000) / 10000;
  const rows: Row[] = [
    [name, "合计", yuan(initialCents), yuan(budgetCents), yuan(spentCents), 10, rate, rateScoreCents / 100, plan.reason],
    [
      name, "本年财政拨款", yuan(initialCents - Math.min(carryCents, initialCents)), yuan(budgetCents - carryCents),
      yuan(spentCents - carrySpentCents), null, null, null, null,
    ],
    [name, "上年结转资金", yuan(Math.min(carryCents, initialCents)), yuan(carryCents), yuan(carrySpentCents), null, null, null, null],
  ];
  return rows;
}

/** Weights of one level in hundredths: whole points where the rows allow it, else cents; they always add up exactly. */
function spread(points: number, rows: number): number[] {
  if (rows === 0) return [];
  const unit = rows <= points ? 100 : 1;
  const total = (points * 100) / unit;
  if (rows > total) throw new RangeError(`${rows} indicators cannot share ${points} points; use more projects`);
  const base = Math.floor(total / rows);
  const extra = total - base * rows;
  return Array.from({ length: rows }, (_, i) => (base + (i < extra ? 1 : 0)) * unit);
}

interface Quantity {
  name: string;
  unit: string;
  lo: number;
  hi: number;
}

const COUNTS: Quantity[] = [
  { name: "慰问困难职工人次", unit: "人次", lo: 200, hi: 3000 },
  { name: "组织职工健康体检人次", unit: "人次", lo: 100, hi: 1200 },
  { name: "开展工会业务培训人次", unit: "人次", lo: 50, hi: 400 },
  { name: "举办劳动和技能竞赛场次", unit: "场次", lo: 2, hi: 12 },
  { name: "调解劳动争议案件数", unit: "起", lo: 5, hi: 40 },
  { name: "开展劳模宣讲次数", unit: "次", lo: 4, hi: 20 },
  { name: "创建模范职工之家数", unit: "家", lo: 1, hi: 6 },
  { name: "发放金秋助学金人数", unit: "人", lo: 20, hi: 300 },
  { name: "建设户外劳动者服务站点数", unit: "个", lo: 2, hi: 15 },
  { name: "新就业形态劳动者入会人数", unit: "人", lo: 100, hi: 2000 },
];

const QUALITY = ["帮扶资金发放准确率", "培训考核合格率", "法律援助案件办结率", "站点建设验收合格率"];
const SOCIAL_PCT = ["困难职工帮扶覆盖率", "新就业形态劳动者入会率", "职工技能等级提升比例", "劳动争议调解成功率"];
const SATISFACTION = ["服务对象满意度", "受助职工满意度", "参训学员满意度", "参赛职工满意度"];
const QUALITATIVE: Array<[name: string, target: string, actuals: string[]]> = [
  ["困难职工帮扶长效机制建设", "优良中差", ["优", "良", "中"]],
  ["工会服务阵地作用", "持续发挥", ["达成预期指标"]],
  ["职工凝聚力", "有效提升", ["有效提升"]],
  ["职工文化品牌影响力", "好较好一般差", ["好", "较好"]],
];
const TIER_BY_ACTUAL: Record<string, [tier: string, share: number]> = {
  优: ["达成", 1], 好: ["达成", 1], 良: ["部分达成", 0.7], 较好: ["部分达成", 0.7], 中: ["未达成", 0.3],
  达成预期指标: ["达成", 1], 有效提升: ["达成", 1],
};
const REASONS = ["受天气影响部分活动延期。", "服务对象数量少于预期。", "采购进度滞后，已督促整改。", "人员调整，工作衔接不及时。"];

/** Score in hundredths for a quantitative row: positive actual/target, reverse target/actual (R1), capped at the weight. */
function scoreCents(op: string, target: number, actual: number, weightCents: number): number {
  const t = Math.round(target * 100);
  const a = Math.round(actual * 100);
  if (op === "≤") return a <= t ? weightCents : t === 0 ? 0 : divRound(t * weightCents, a);
  if (op === "＝" && t === 0) return a <= 0 ? weightCents : 0;
  return a >= t ? weightCents : divRound(a * weightCents, t);
}

interface Made {
  level2: string;
  name: string;
  op: string;
  target: number | string;
  unit: string | null;
  actual: number | string;
  tier: string | null;
  /** Share of the weight earned, or the exact score function for quantitative rows. */
  score: (weightCents: number) => number;
}

function quantitative(level2: string, name: string, op: string, target: number, unit: string, actual: number): Made {
  return { level2, name, op, target, unit, actual, tier: null, score: (w) => scoreCents(op, target, actual, w) };
}

/** The actual for a positive target: met, met and written with "余", or missed. */
function positiveActual(r: Random, target: number, decimals: number): number | string {
  const roll = r();
  const f = 10 ** decimals;
  if (roll < 0.2) return Math.round(target * (0.7 + r() * 0.29) * f) / f;
  if (roll < 0.3 && decimals === 0 && target >= 20) return `${target}余`;
  return Math.round(target * (1 + r() * 0.15) * f) / f;
}

function makeIndicator(r: Random, level1: Level1, slot: number, plan: ProjectPlan, costRows: number): Made {
  if (level1 === "满意度指标") {
    const target = pick(r, [85, 90, 95]);
    return quantitative("服务对象满意度指标", pick(r, SATISFACTION), "≥", target, "%", Math.min(100, between(r, target - 6, 99)));
  }
  if (level1 === "效益指标") {
    if (r() < 0.25) {
      const [name, target, actuals] = pick(r, QUALITATIVE);
      const actual = pick(r, actuals);
      const [tier, share] = TIER_BY_ACTUAL[actual];
      return {
        level2: "可持续影响指标", name, op: "定性", target, unit: null, actual, tier,
        score: (w) => divRound(w * Math.round(share * 100), 100),
      };
    }
    const target = pick(r, [80, 85, 90, 95]);
    const actual = r() < 0.2 ? Math.round(target * (0.8 + r() * 0.19) * 10) / 10 : between(r, target, 100);
    return quantitative("社会效益指标", pick(r, SOCIAL_PCT), "≥", target, "%", actual);
  }
  switch (slot % 4) {
    case 0:
    case 1: {
      const q = pick(r, COUNTS);
      const target = between(r, q.lo, q.hi);
      const actual = positiveActual(r, target, 0);
      const made = quantitative("数量指标", q.name, "≥", target, q.unit, typeof actual === "number" ? actual : target);
      return { ...made, actual };
    }
    case 2:
      if (r() < 0.5) {
        const target = pick(r, [95, 98, 100]);
        const op = target === 100 ? "＝" : "≥";
        return quantitative("质量指标", pick(r, QUALITY), op, target, "%", r() < 0.85 ? Math.max(target, between(r, target, 100)) : target - between(r, 1, 8));
      }
      if (r() < 0.5) {
        // Dated deadlines are always met here: the generator has no calendar arithmetic to score a late one.
        const actual = `2024年12月${between(r, 10, 31)}日`;
        return { level2: "时效指标", name: "项目完成时间", op: "≤", target: "2024年12月31日前", unit: null, actual, tier: null, score: (w) => w };
      }
      {
        const target = pick(r, [10, 15, 20, 30]);
        return quantitative("时效指标", "资金发放平均周期", "≤", target, "天", between(r, Math.floor(target * 0.5), Math.ceil(target * 1.3)));
      }
    default: {
      // The cost targets together stay within the budget, so they never trip the cost-vs-budget check by accident.
      const capCents = Math.max(100, Math.floor((plan.budgetCents * 0.8) / Math.max(1, costRows)));
      const targetCents = Math.max(100, Math.round(capCents * (0.5 + r() * 0.5)));
      const actualCents = Math.round(targetCents * (r() < 0.8 ? 0.85 + r() * 0.15 : 1 + r() * 0.2));
      return quantitative("成本指标", pick(r, ["项目成本控制数", "单场活动平均成本", "站点建设成本"]), "≤", yuan(targetCents), "万元", yuan(actualCents));
    }
  }
}

function levelCounts(k: number): Array<[Level1, number]> {
  if (k === 1) return [["产出指标", 1]];
  if (k === 2) return [["产出指标", 1], ["效益指标", 1]];
  const sat = Math.max(1, Math.round(k * 0.1));
  const ben = Math.max(1, Math.round(k * 0.3));
  return [["产出指标", k - sat - ben], ["效益指标", ben], ["满意度指标", sat]];
}

const LEVEL2_ORDER = ["数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "可持续影响指标", "服务对象满意度指标"];

function indicatorRows(plan: ProjectPlan): Row[] {
  const r = rng(plan.seed * 104729 + 17);
  const counts = levelCounts(plan.indicatorCount);
  // Levels missing from a tiny project hand their points to 产出, so the project still totals 90.
  const missing = (Object.keys(LEVEL_POINTS) as Level1[])
    .filter((l) => !counts.some(([c]) => c === l))
    .reduce((s, l) => s + LEVEL_POINTS[l], 0);
  const rows: Row[] = [];
  for (const [level1, n] of counts) {
    const points = LEVEL_POINTS[level1] + (level1 === "产出指标" ? missing : 0);
    const weights = spread(points, n);
    const costRows = level1 === "产出指标" ? Math.ceil(n / 4) : 0;
    const made = Array.from({ length: n }, (_, slot) => makeIndicator(r, level1, slot, plan, costRows));
    made.sort((a, b) => LEVEL2_ORDER.indexOf(a.level2) - LEVEL2_ORDER.indexOf(b.level2));
    made.forEach((m, i) => {
      const w = weights[i];
      const s = Math.min(w, m.score(w));
      const reason = s < w && r() < 0.9 ? pick(r, REASONS) : null;
      rows.push([plan.name, level1, m.level2, m.name, m.op, m.target, m.unit, m.actual, w / 100, m.tier, s / 100, reason]);
    });
  }
  return rows;
}

function projectPlans(indicatorCount: number, projects: number | undefined, seed: number): ProjectPlan[] {
  if (!Number.isInteger(indicatorCount) || indicatorCount < 1) throw new RangeError("indicatorCount must be a positive integer");
  const n = Math.min(indicatorCount, Math.max(1, projects ?? Math.ceil(indicatorCount / INDICATORS_PER_PROJECT)));
  const base = Math.floor(indicatorCount / n);
  const extra = indicatorCount - base * n;
  return Array.from({ length: n }, (_, p) => planProject(p, base + (p < extra ? 1 : 0), seed));
}

function infoRows(indicatorCount: number): Row[] {
  return [
    ["信息项", "内容"],
    ["单位名称", "基准测试县总工会"],
    ["评价年度", 2024],
    ["评价类型", "项目支出"],
    ["主管部门", "基准测试县总工会"],
    ["评分规则", "中央通用"],
    ["其他需要说明的问题", `基准测试用生成数据，共${indicatorCount}项指标。`],
  ];
}

const FUND_WIDTHS = [30, 14, 12, 12, 12, 6, 9, 7, 30];
const INDICATOR_WIDTHS = [30, 11, 17, 26, 8, 18, 8, 16, 6, 9, 8, 30];
const SEED = 20240;

/** Builds the whole workbook in memory: rows are added in bulk and unstyled so 20,000 indicators take a few seconds. */
export function buildLargeWorkbook(indicatorCount: number, projects?: number): ExcelJS.Workbook {
  const plans = projectPlans(indicatorCount, projects, SEED);
  const wb = new ExcelJS.Workbook();

  const info = wb.addWorksheet("基本信息");
  info.addRows(infoRows(indicatorCount));
  info.getColumn(1).width = 20;
  info.getColumn(2).width = 40;

  const fund = wb.addWorksheet("资金情况");
  fund.addRow([...STANDARD_FUND_HEADERS]);
  fund.addRows(plans.flatMap(fundRows));
  FUND_WIDTHS.forEach((w, i) => (fund.getColumn(i + 1).width = w));

  const ind = wb.addWorksheet("绩效指标");
  ind.addRow([...STANDARD_INDICATOR_HEADERS]);
  for (const plan of plans) ind.addRows(indicatorRows(plan));
  INDICATOR_WIDTHS.forEach((w, i) => (ind.getColumn(i + 1).width = w));

  for (const ws of [info, fund, ind]) ws.getRow(1).font = { bold: true };
  return wb;
}

/**
 * Writes the same workbook as buildLargeWorkbook straight to a file with ExcelJS's streaming writer, row by row, so
 * memory stays flat however many indicators are asked for.
 */
export async function writeLargeWorkbookFile(path: string, indicatorCount: number, projects?: number): Promise<void> {
  const plans = projectPlans(indicatorCount, projects, SEED);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });

  const write = async (name: string, widths: number[], header: Row, rows: Iterable<Row>): Promise<void> => {
    const ws = wb.addWorksheet(name);
    ws.columns = widths.map((width) => ({ width }));
    const head = ws.addRow(header);
    head.font = { bold: true };
    head.commit();
    for (const row of rows) ws.addRow(row).commit();
    await ws.commit();
  };

  const [infoHeader, ...info] = infoRows(indicatorCount);
  await write("基本信息", [20, 40], infoHeader, info);
  await write("资金情况", FUND_WIDTHS, [...STANDARD_FUND_HEADERS], (function* () {
    for (const plan of plans) yield* fundRows(plan);
  })());
  // Sheets are written one after the other; indicator rows are regenerated per project rather than held in memory.
  await write("绩效指标", INDICATOR_WIDTHS, [...STANDARD_INDICATOR_HEADERS], (function* () {
    for (const plan of plans) yield* indicatorRows(plan);
  })());
  await wb.commit();
}

if (require.main === module) {
  const [countArg, out, projectsArg] = process.argv.slice(2);
  const count = Number(countArg);
  if (!out || !Number.isInteger(count) || count < 1) {
    console.error("usage: npx tsx scripts/examples/generateLarge.ts <indicatorCount> <out.xlsx> [projects]");
    process.exit(2);
  }
  const started = Date.now();
  writeLargeWorkbookFile(out, count, projectsArg ? Number(projectsArg) : undefined)
    .then(() => console.log(`wrote ${out}: ${count} indicators in ${Date.now() - started} ms`))
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
