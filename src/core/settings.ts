import { headerKey } from "./text";

/**
 * The rule profiles of domain-rules.md (j) item 7 and the settings that go with them. Each difference between
 * profiles is data here, so the rules stay one set of functions.
 */

export type ProfileId = "中央通用" | "重庆部门整体" | "四川";

export interface Profile {
  id: ProfileId;
  /** 分值 of the execution rate where the fund sheet gives none. */
  executionWeight: number;
  /** Chongqing 部门整体: at least this many 是否核心指标 = 是 [V S9]; null elsewhere. */
  coreIndicatorMin: number | null;
  /** Chongqing tables state each line's share as 得分系数 rather than a score [V S8]. */
  usesCoefficient: boolean;
  /** Sichuan and Chongqing keep the unit in its own column [V S6, S8], so a blank one there is surely missing. */
  unitColumnExpected: boolean;
}

export const PROFILES: Record<ProfileId, Profile> = {
  中央通用: { id: "中央通用", executionWeight: 10, coreIndicatorMin: null, usesCoefficient: false, unitColumnExpected: false },
  重庆部门整体: { id: "重庆部门整体", executionWeight: 10, coreIndicatorMin: 5, usesCoefficient: true, unitColumnExpected: true },
  四川: { id: "四川", executionWeight: 10, coreIndicatorMin: null, usesCoefficient: false, unitColumnExpected: true },
};

export const DEFAULT_PROFILE: ProfileId = "中央通用";

/** Reads a profile name as people write it: 中央通用, 中央, 财预〔2020〕10号, 重庆, 四川, or the English ids. */
export function parseProfile(text: unknown): ProfileId | null {
  const key = headerKey(text);
  if (key === "") return null;
  if (/^(中央|central|10号|财预)/.test(key) || key.includes("10号")) return "中央通用";
  if (/^(重庆|chongqing|cq)/.test(key)) return "重庆部门整体";
  if (/^(四川|sichuan|sc)/.test(key)) return "四川";
  return null;
}

export type ReverseRule = "R1" | "R2";

export function parseReverseRule(text: unknown): ReverseRule | null {
  const key = headerKey(text);
  if (key === "r1" || key.includes("指标值/实际值") || key.includes("比例")) return "R1";
  if (key === "r2" || key.includes("线性") || key.includes("2倍")) return "R2";
  return null;
}

/**
 * How a workbook of several projects comes to one score: the mean of the projects' 100-point scores (the published
 * forms' 部门整体 practice and the default), or weighted by each project's 全年预算数, so a 5万元 project does not count as
 * much as a 500万元 one (a bureau's choice, asked for with --unit-score weighted).
 */
export type UnitScoreMethod = "mean" | "weighted";

export function parseUnitScoreMethod(text: unknown): UnitScoreMethod | null {
  const key = headerKey(text);
  if (key === "mean" || key === "平均" || key === "算术平均") return "mean";
  if (key === "weighted" || key === "加权" || key === "按预算加权" || key === "预算加权") return "weighted";
  return null;
}

export interface Settings {
  profile: ProfileId;
  /** A workbook of several projects: its score as the mean of theirs, or weighted by 全年预算数. */
  unitScore: UnitScoreMethod;
  /** domain-rules (d.2): R1 target ÷ actual (default), R2 linear to zero at twice the target. */
  reverseRule: ReverseRule;
  /** A positive indicator at or above this share of its target draws the over-achievement warning [P, 120%]. */
  overAchievementRatio: number;
  /** Share of the weight proposed for a qualitative row whose score was left blank (d.3). */
  qualitativeDefaults: { 达成: number; 部分达成: number; 未达成: number };
}

export const DEFAULT_SETTINGS: Settings = {
  profile: DEFAULT_PROFILE,
  unitScore: "mean",
  reverseRule: "R1",
  overAchievementRatio: 1.2,
  qualitativeDefaults: { 达成: 1, 部分达成: 0.7, 未达成: 0.3 },
};
