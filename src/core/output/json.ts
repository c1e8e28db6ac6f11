import type { Evaluation, ScoredIndicator, UnitResult } from "../model/evaluation";

/**
 * The JSON of template.md: other programs read these keys, so they are kept exactly; what is added beside them
 * (level1, operator, explanation …) is for people and the report.
 */
export function toJson(ev: Evaluation) {
  return {
    file: ev.fileName,
    profile: ev.profile,
    reverseRule: ev.settings.reverseRule,
    unit: ev.basic["单位名称"] ?? null,
    year: ev.basic["评价年度"] ?? null,
    units: ev.units.map(unitJson),
    findings: ev.findings.map((f) => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message, ...(f.unit !== undefined ? { unit: f.unit } : {}), ...(f.row !== undefined ? { row: f.row } : {}) })),
  };
}

function unitJson(u: UnitResult) {
  return {
    name: u.name,
    initialBudget: u.fund.initial,
    budget: u.budget,
    spent: u.spent,
    executionRate: u.executionRate,
    executionScore: u.executionScore,
    executionWeight: u.executionWeight,
    indicatorScore: u.indicatorScore,
    indicatorWeight: u.indicatorWeight,
    total: u.total,
    maxTotal: u.maxTotal,
    score: u.score,
    grade: u.grade,
    // domain-rules (p): 依据不足的分值, the weight scored on the filled 得分 alone.
    unsupportedWeight: u.unsupportedWeight,
    indicators: u.indicators.map(indicatorJson),
  };
}

function indicatorJson(i: ScoredIndicator) {
  return {
    row: i.source.row,
    name: i.source.name,
    level1: i.source.level1,
    level2: i.source.level2,
    kind: i.kind,
    operator: i.operator,
    target: i.target.text,
    actual: i.actual.text,
    unit: i.unit,
    targetValue: i.targetValue,
    actualValue: i.actualValue,
    tier: i.tier,
    weight: i.weight,
    score: i.score,
    scoreFrom: i.scoreFrom,
    explanation: i.explanation,
  };
}
