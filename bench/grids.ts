/**
 * Standard workbooks built directly as grids (src/core/grid.ts), with no ExcelJS in between, so the core benchmark
 * measures reading + scoring only. Sheets and headers follow /work/shared/docs/template.md: 基本信息, 资金情况 and
 * 绩效指标. One project per 50 indicators; every project's indicator weights add up to 90 (产出 50 / 效益 30 /
 * 满意度 10) and its fund table has a 合计 row weighted 10. Rows are varied the way real tables vary: ≥ ≤ ＝ and blank
 * operators (the sign written into the target), percents as numbers and as "95%" text, "2000余" actuals, dated
 * deadlines, 万元 costs, qualitative rows with a 完成等级, missed targets with and without a reason.
 *
 * Deterministic: the same count always gives the same grids.
 */
import type { SheetGrid, WorkbookGrids } from "../src/core/grid";
import { between, pick, rng, type Random } from "../scripts/examples/random";

export const INDICATORS_PER_PROJECT = 50;

const FUND_HEADERS = ["项目名称", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "偏差原因"];
const INDICATOR_HEADERS = [
  "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "计量单位", "实际完成值", "分值", "完成等级",
  "自评得分", "偏差原因分析及改进措施",
];

/** 50 rows per project: 25 产出 × 2 points, 15 效益 × 2 points, 10 满意度 × 1 point = 90. */
const LEVELS: Array<{ level1: string; rows: number; weight: number }> = [
  { level1: "产出指标", rows: 25, weight: 2 },
  { level1: "效益指标", rows: 15, weight: 2 },
  { level1: "满意度指标", rows: 10, weight: 1 },
];

type Cell = string | number | null;
type Row = Cell[];

const round2 = (n: number) => Math.round(n * 100) / 100;

const PROJECTS = ["困难职工帮扶项目", "职工技能提升培训项目", "劳动和技能竞赛项目", "职工法律援助项目", "工会阵地建设项目"];
const COUNTS = [
  ["慰问困难职工人次", "人次"], ["开展工会业务培训人次", "人次"], ["举办劳动和技能竞赛场次", "场次"], ["调解劳动争议案件数", "起"],
  ["发放金秋助学金人数", "人"], ["建设户外劳动者服务站点数", "个"],
] as const;
const REASONS = ["受天气影响部分活动延期。", "服务对象数量少于预期。", "采购进度滞后，已督促整改。"];

interface Made {
  level2: string;
  name: string;
  op: string | null;
  target: Cell;
  unit: string | null;
  actual: Cell;
  tier: string | null;
  /** Share of the weight earned (0..1), used for 自评得分. */
  share: number;
}

/** Positive ratio, capped at 1. */
const ratio = (actual: number, target: number) => (target <= 0 ? 1 : Math.min(1, actual / target));

function output(r: Random, slot: number, budget: number): Made {
  switch (slot % 6) {
    case 0: {
      // ≥ with a number, met or missed.
      const [name, unit] = pick(r, COUNTS);
      const target = between(r, 20, 3000);
      const actual = r() < 0.2 ? Math.round(target * (0.7 + r() * 0.29)) : Math.round(target * (1 + r() * 0.15));
      return { level2: "数量指标", name, op: "≥", target, unit, actual, tier: null, share: ratio(actual, target) };
    }
    case 1: {
      // Blank operator, the sign and unit written into the target; actual written with "余".
      const [name, unit] = pick(r, COUNTS);
      const target = between(r, 20, 3000);
      return { level2: "数量指标", name, op: null, target: `≥${target}${unit}`, unit, actual: `${target}余${unit}`, tier: null, share: 1 };
    }
    case 2: {
      // Percent as text, or ＝100 as a number.
      if (r() < 0.5) {
        const target = pick(r, [90, 95, 98]);
        const actual = r() < 0.85 ? between(r, target, 100) : target - between(r, 1, 8);
        return { level2: "质量指标", name: "培训考核合格率", op: "≥", target: `${target}%`, unit: "%", actual: `${actual}%`, tier: null, share: ratio(actual, target) };
      }
      return { level2: "质量指标", name: "帮扶资金发放准确率", op: "＝", target: 100, unit: "%", actual: 100, tier: null, share: 1 };
    }
    case 3: {
      // Dated deadline.
      return { level2: "时效指标", name: "项目完成时间", op: "≤", target: "2024年12月31日前", unit: null, actual: `2024年12月${between(r, 10, 31)}日`, tier: null, share: 1 };
    }
    case 4: {
      // Reverse (≤) days.
      const target = pick(r, [10, 15, 20, 30]);
      const actual = between(r, Math.floor(target * 0.5), Math.ceil(target * 1.3));
      return { level2: "时效指标", name: "资金发放平均周期", op: "≤", target, unit: "天", actual, tier: null, share: actual <= target ? 1 : target / actual };
    }
    default: {
      // Cost in 万元, kept within the budget.
      const target = round2(Math.max(1, (budget * 0.8) / 5) * (0.5 + r() * 0.5));
      const actual = round2(target * (r() < 0.8 ? 0.85 + r() * 0.15 : 1 + r() * 0.2));
      return { level2: "成本指标", name: "单场活动平均成本", op: "≤", target, unit: "万元", actual, tier: null, share: actual <= target ? 1 : target / actual };
    }
  }
}

const QUALITATIVE: Array<[name: string, target: string, actual: string, tier: string, share: number]> = [
  ["困难职工帮扶长效机制建设", "优良中差", "良", "部分达成", 0.7],
  ["工会服务阵地作用", "持续发挥", "达成预期指标", "达成", 1],
  ["职工凝聚力", "有效提升", "有效提升", "达成", 1],
  ["职工文化品牌影响力", "好较好一般差", "中", "未达成", 0.3],
];

function benefit(r: Random): Made {
  if (r() < 0.3) {
    const [name, target, actual, tier, share] = pick(r, QUALITATIVE);
    return { level2: "可持续影响指标", name, op: "定性", target, unit: null, actual, tier, share };
  }
  const target = pick(r, [80, 85, 90, 95]);
  const actual = r() < 0.2 ? round2(target * (0.8 + r() * 0.19)) : between(r, target, 100);
  return { level2: "社会效益指标", name: "困难职工帮扶覆盖率", op: "≥", target, unit: "%", actual, tier: null, share: ratio(actual, target) };
}

function satisfaction(r: Random): Made {
  const target = pick(r, [85, 90, 95]);
  const actual = Math.min(100, between(r, target - 6, 99));
  return { level2: "服务对象满意度指标", name: "服务对象满意度", op: "≥", target: `≥${target}%`, unit: "%", actual: `${actual}%`, tier: null, share: ratio(actual, target) };
}

interface Project {
  name: string;
  budget: number;
  indicators: number;
  seed: number;
}

function fundRows(p: Project, r: Random): Row[] {
  const adjusted = r() < 0.15;
  const initial = adjusted ? round2(p.budget * 0.9) : p.budget;
  const rate = r() < 0.4 ? 1 : r() < 0.85 ? 0.9 + r() * 0.1 : 0.6 + r() * 0.3;
  const spent = round2(p.budget * rate);
  const carry = round2(p.budget * 0.1);
  const reason = (adjusted || rate < 0.9) && r() < 0.8 ? "部分采购合同跨年支付，资金未支付完毕。" : null;
  return [
    [p.name, "合计", initial, p.budget, spent, 10, Math.round(rate * 10000) / 10000, round2(10 * rate), reason],
    [p.name, "本年财政拨款", round2(initial - carry), round2(p.budget - carry), round2(spent - Math.min(carry, spent)), null, null, null, null],
    [p.name, "上年结转资金", carry, carry, Math.min(carry, spent), null, null, null, null],
  ];
}

function indicatorRows(p: Project): Row[] {
  const r = rng(p.seed * 104729 + 17);
  const rows: Row[] = [];
  let left = p.indicators;
  for (const { level1, rows: n, weight } of LEVELS) {
    let previousLevel2 = "";
    for (let slot = 0; slot < n && left > 0; slot++, left--) {
      const m = level1 === "产出指标" ? output(r, slot, p.budget) : level1 === "效益指标" ? benefit(r) : satisfaction(r);
      const score = round2(weight * m.share);
      const reason = score < weight && r() < 0.85 ? pick(r, REASONS) : null;
      // 一级/二级指标 are written once per group and left blank below, as merged cells read.
      const level1Cell = slot === 0 ? level1 : null;
      const level2Cell = m.level2 !== previousLevel2 || slot === 0 ? m.level2 : null;
      previousLevel2 = m.level2;
      rows.push([p.name, level1Cell, level2Cell, m.name, m.op, m.target, m.unit, m.actual, weight, m.tier, score, reason]);
    }
  }
  return rows;
}

function projects(indicatorCount: number): Project[] {
  const n = Math.max(1, Math.ceil(indicatorCount / INDICATORS_PER_PROJECT));
  const list: Project[] = [];
  for (let p = 0; p < n; p++) {
    const r = rng(7919 + p);
    list.push({
      name: `${PROJECTS[p % PROJECTS.length]}第${String(p + 1).padStart(5, "0")}期`,
      budget: round2(between(r, 30, 800) + r()),
      indicators: Math.min(INDICATORS_PER_PROJECT, indicatorCount - p * INDICATORS_PER_PROJECT),
      seed: 20240 + p,
    });
  }
  return list;
}

/** A standard workbook of `indicatorCount` indicator rows, as grids. */
export function buildStandardGrids(indicatorCount: number): WorkbookGrids {
  const list = projects(indicatorCount);
  const basic: SheetGrid = {
    name: "基本信息",
    values: [
      ["信息项", "内容"],
      ["单位名称", "基准测试县总工会"],
      ["评价年度", 2024],
      ["评价类型", "项目支出"],
      ["主管部门", "基准测试县总工会"],
      ["评分规则", "中央通用"],
    ],
  };
  const fundValues: Row[] = [["2024年度项目支出绩效自评表（资金）"], ["单位：万元"], FUND_HEADERS];
  const indicatorValues: Row[] = [["2024年度项目支出绩效自评表"], INDICATOR_HEADERS];
  for (const p of list) {
    fundValues.push(...fundRows(p, rng(p.seed)));
    for (const row of indicatorRows(p)) indicatorValues.push(row);
  }
  return {
    fileName: `bench-${indicatorCount}.xlsx`,
    sheets: [basic, { name: "资金情况", values: fundValues }, { name: "绩效指标", values: indicatorValues }],
  };
}
