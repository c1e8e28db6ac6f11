import { checkUnit } from "./checks";
import type { WorkbookGrids } from "./grid";
import type { Evaluation, UnitResult } from "./model/evaluation";
import { makeFinding, SEVERITY_ORDER, type Finding } from "./model/finding";
import type { BasicLabel, WorkbookModel } from "./model/workbook";
import { readWorkbook } from "./read/readWorkbook";
import { scoreUnit } from "./score/unit";
import { groupUnits } from "./score/units";
import { DEFAULT_SETTINGS, PROFILES, parseProfile, parseReverseRule, type ProfileId, type ReverseRule, type Settings, type UnitScoreMethod } from "./settings";
import { parseAmount } from "./text";

export interface EvaluateOptions {
  /** A profile chosen outside the workbook (`--rules`, the pane's dropdown); it wins over 基本信息's 评分规则. */
  rules?: ProfileId;
  reverseRule?: ReverseRule;
  /** How several projects make the workbook's score (`--unit-score`); the mean unless asked. */
  unitScore?: UnitScoreMethod;
}

/** Reads and evaluates a workbook's grids. Throws WorkbookInputError only where nothing can be evaluated. */
export function evaluateGrids(grids: WorkbookGrids, options: EvaluateOptions = {}): Evaluation {
  return evaluateModel(readWorkbook(grids), options);
}

export function evaluateModel(model: WorkbookModel, options: EvaluateOptions = {}): Evaluation {
  const findings: Finding[] = [...model.findings];
  const basicCell = (label: BasicLabel) => model.basic.values[label];
  const basicSheet = model.basic.sheet ?? model.indicators.sheet;

  const writtenRules = basicCell("评分规则");
  const fromWorkbook = writtenRules ? parseProfile(writtenRules.text) : null;
  if (writtenRules && !fromWorkbook && !options.rules) {
    findings.push(makeFinding("unreadable-cell", "warning", { sheet: basicSheet, row: writtenRules.row, col: writtenRules.col }, `评分规则“${writtenRules.text}”无法识别，已按“中央通用”评分；请填写 中央通用、重庆部门整体 或 四川。`));
  }
  const writtenReverse = basicCell("反向指标计分");
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    profile: options.rules ?? fromWorkbook ?? DEFAULT_SETTINGS.profile,
    unitScore: options.unitScore ?? DEFAULT_SETTINGS.unitScore,
    reverseRule: options.reverseRule ?? (writtenReverse ? parseReverseRule(writtenReverse.text) : null) ?? DEFAULT_SETTINGS.reverseRule,
  };
  const profile = PROFILES[settings.profile];
  const yearValue = parseAmount(basicCell("评价年度")?.raw).value;
  const year = yearValue !== null && yearValue > 1900 && yearValue < 3000 ? Math.trunc(yearValue) : null;

  const units: UnitResult[] = [];
  for (const unitRows of groupUnits(model)) {
    const { result, findings: scoring } = scoreUnit(unitRows, {
      fundSheet: model.fund.sheet,
      indicatorSheet: model.indicators.sheet,
      settings,
      profile,
      year,
      fundForm: model.fund.form,
      indicatorForm: model.indicators.form,
      hasTierColumn: model.indicators.columns.tier !== undefined,
    });
    units.push(result);
    findings.push(...scoring, ...checkUnit({ model, unit: result, settings, profile, scoringFindings: scoring }));
  }

  const basic: Partial<Record<BasicLabel, string>> = {};
  for (const [label, cell] of Object.entries(model.basic.values)) if (cell) basic[label as BasicLabel] = cell.text;
  return { fileName: model.fileName, profile: settings.profile, settings, basic, units, findings: sortFindings(findings) };
}

/** Errors first, then warnings, then notes; within each, in the order of the sheets' rows. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.f.severity) - SEVERITY_ORDER.indexOf(b.f.severity) || a.i - b.i)
    .map(({ f }) => f);
}
