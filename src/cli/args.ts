import { parseProfile, parseReverseRule, parseUnitScoreMethod, type ProfileId, type ReverseRule, type UnitScoreMethod } from "../core/settings";

export type Command =
  | { kind: "evaluate"; file: string; json: boolean; out?: string; docx?: string; rules?: ProfileId; reverseRule?: ReverseRule; unitScore?: UnitScoreMethod }
  | { kind: "batch"; inputs: string[]; summary: string; rules?: ProfileId; reverseRule?: ReverseRule; unitScore?: UnitScoreMethod; workers?: number }
  | { kind: "template"; file: string }
  | { kind: "help" };

export class UsageError extends Error {}

export const USAGE = `用法：
  npm run --silent evaluate -- <工作簿.xlsx> [--out <报告.xlsx>] [--docx <报告.docx>] [--json] [--rules 中央通用|重庆部门整体|四川] [--reverse R1|R2] [--unit-score mean|weighted]
  npm run --silent evaluate -- <文件或文件夹...> --summary <汇总.xlsx> [--rules …] [--reverse …] [--unit-score …] [--workers <n>]
  npm run --silent evaluate -- template <文件.xlsx>     生成空白标准工作簿

  --out        另存一份带“自评报告”工作表的工作簿（从不修改输入文件）
  --docx       另存一份 Word 绩效自评工作报告（.docx，可与 --out 同用或单独使用）
  --json       以 JSON 输出结果（键名见 README）
  --rules      评分规则，优先于“基本信息”中的“评分规则”
  --reverse    反向指标计分：R1 指标值/实际值×分值（默认），R2 超出部分线性扣减至2倍时为0
  --unit-score 多个项目的单位得分：mean 各项目得分的算术平均（默认），weighted 按全年预算数加权平均
  --summary    批量评分：逐个评分所给的文件和文件夹中的每个文件，汇总表写入该文件，各自评报告写在汇总表旁
  --workers    批量评分使用的线程数（默认按文件数和 CPU 核数自动决定）
相对路径从输入命令时所在的文件夹算起（经 npm --prefix 运行时也是如此）。
退出码：0 已评分；1 文件无法评分（错误信息在 stderr；批量时为有任一文件无法评分）；2 用法错误`;

/** Arguments only: no files are touched here. */
export function parseArgs(argv: readonly string[]): Command {
  const positional: string[] = [];
  let json = false;
  let out: string | undefined;
  let docx: string | undefined;
  let rules: ProfileId | undefined;
  let reverseRule: ReverseRule | undefined;
  let unitScore: UnitScoreMethod | undefined;
  let summary: string | undefined;
  let workers: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${arg} 后面需要一个值。`);
      return v;
    };
    if (arg === "--help" || arg === "-h") return { kind: "help" };
    else if (arg === "--json") json = true;
    else if (arg === "--out") out = value();
    else if (arg === "--docx") {
      docx = value();
      if (!/\.docx$/i.test(docx)) throw new UsageError(`--docx 的文件名应以 .docx 结尾，收到“${docx}”。`);
    }
    else if (arg === "--rules") {
      const v = value();
      const p = parseProfile(v);
      if (!p) throw new UsageError(`无法识别的评分规则“${v}”，可选：中央通用、重庆部门整体、四川。`);
      rules = p;
    } else if (arg === "--reverse") {
      const v = value();
      const r = parseReverseRule(v);
      if (!r) throw new UsageError(`无法识别的反向指标计分方法“${v}”，可选：R1、R2。`);
      reverseRule = r;
    } else if (arg === "--unit-score") {
      const v = value();
      const m = parseUnitScoreMethod(v);
      if (!m) throw new UsageError(`无法识别的单位得分方法“${v}”，可选：mean（各项目得分的算术平均）、weighted（按全年预算数加权）。`);
      unitScore = m;
    } else if (arg === "--summary") summary = value();
    else if (arg === "--workers") {
      const v = value();
      if (!/^[1-9]\d{0,2}$/.test(v)) throw new UsageError(`--workers 需要一个正整数（线程数），收到“${v}”。`);
      workers = Number(v);
    } else if (arg.startsWith("--")) throw new UsageError(`未知选项 ${arg}。`);
    else positional.push(arg);
  }
  if (positional[0] === "template") {
    if (positional.length !== 2) throw new UsageError("template 需要且只需要一个输出文件名，如：evaluate -- template 空白模板.xlsx");
    return { kind: "template", file: positional[1] };
  }
  if (positional.length === 0) throw new UsageError("请给出要评分的工作簿文件。");
  if (summary !== undefined) {
    // The batch writes one report per file beside the summary, so a single --out or one JSON object has no meaning there.
    if (out !== undefined) throw new UsageError("--summary 与 --out 不能同时使用：批量评分时各自评报告写在汇总表所在的文件夹。");
    if (json) throw new UsageError("--summary 与 --json 不能同时使用：批量评分的结果在汇总表中。");
    if (docx !== undefined) throw new UsageError("--summary 与 --docx 不能同时使用：批量评分只写各自的自评报告工作簿。");
    return { kind: "batch", inputs: positional, summary, rules, reverseRule, unitScore, workers };
  }
  if (workers !== undefined) throw new UsageError("--workers 只用于批量评分（与 --summary 一起使用）。");
  if (positional.length > 1) throw new UsageError(`一次只能评一个工作簿，收到了 ${positional.length} 个：${positional.join("、")}。要批量评分，请加 --summary <汇总.xlsx>。`);
  return { kind: "evaluate", file: positional[0], json, out, docx, rules, reverseRule, unitScore };
}
