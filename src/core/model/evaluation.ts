import type { Finding } from "./finding";
import type { Grade, Tier } from "../score/rules";
import type { Operator, Quantity } from "../text";
import type { BasicLabel, FundRow, IndicatorRow } from "./workbook";
import type { ProfileId, Settings } from "../settings";

export type IndicatorKind = "quantitative" | "qualitative" | "not-applicable";

/** How a line's score was arrived at: by the rule, taken from the accountant's cell, proposed by default, or none. */
export type ScoreSource = "rule" | "filled" | "default" | "none";

export interface ScoredIndicator {
  source: IndicatorRow;
  kind: IndicatorKind;
  operator: Operator | null;
  /** Where the operator came from: its column, the target's text, the default ≥, or nowhere (qualitative rows). */
  operatorFrom: "column" | "target" | "default" | "none";
  target: Quantity;
  actual: Quantity;
  /** The unit from 计量单位, else from the target or actual text. */
  unit: string;
  /** Numbers compared, after reconciling 0.95 with 95% (d.1 step 2). */
  targetValue: number | null;
  actualValue: number | null;
  tier: Tier | null;
  weight: number | null;
  /** The accountant's own score for the line (or 得分系数 × weight), null where blank. */
  filledScore: number | null;
  /** 扣减分数 taken off the line's score (0 where none). */
  deduction: number;
  score: number;
  scoreFrom: ScoreSource;
  /** 计分说明, e.g. "752/800×15=14.10". */
  explanation: string;
  /** The row has no weight of its own: the form implies it (the 20 + 80 form, a weight in the first-level cell). */
  weightImplied: boolean;
  /**
   * The score rests on the filled 得分 alone, with no measurable basis: a target that cannot be measured and no 完成等级,
   * or figures that could not be read (domain-rules (p)).
   */
  unsupported: boolean;
}

export interface FundFigures {
  initial: number | null;
  budget: number | null;
  spent: number | null;
  /** Which figures were summed from detail rows because the total row was missing, blank or 0. */
  derived: ("initial" | "budget" | "spent")[];
  totalRow: FundRow | null;
  details: FundRow[];
  /** The detail rows' usable amounts in 万元 (blank, negative or unreadable cells as null), for the form's 其中 rows. */
  lines: { source: string; initial: number | null; budget: number | null; spent: number | null }[];
}

export interface UnitResult {
  name: string;
  fund: FundFigures;
  budget: number | null;
  spent: number | null;
  /** B ÷ A as a ratio (1 = 100%), rounded to 4 places; null where it cannot be computed. */
  executionRate: number | null;
  executionScore: number;
  executionWeight: number;
  executionExplanation: string;
  indicatorScore: number;
  indicatorWeight: number;
  /** Raw sum of execution and indicator scores. */
  total: number;
  /** Sum of weights, execution included. */
  maxTotal: number;
  /** total ÷ maxTotal × 100, rounded to 2 places. */
  score: number;
  /**
   * 依据不足的分值 (domain-rules (p)): the weight of the rows whose score rests on the filled 得分 with no measurable
   * basis (their filled score where the form prints no weight), so that a reviewer can tell a 100 earned from a 100
   * asserted.
   */
  unsupportedWeight: number;
  /** How the indicators' weight was known: their 分值 cells, or implied by the form (see implicitWeightNote). */
  weightsImplied: boolean;
  grade: Grade;
  indicators: ScoredIndicator[];
}

export interface Evaluation {
  fileName: string;
  profile: ProfileId;
  settings: Settings;
  basic: Partial<Record<BasicLabel, string>>;
  units: UnitResult[];
  findings: Finding[];
}
