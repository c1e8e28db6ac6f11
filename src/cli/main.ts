import { evaluateGrids } from "../core/evaluate";
import { toJson } from "../core/output/json";
import { WorkbookInputError } from "../core/read/inputError";
import { WorkbookReadError } from "../hosts/xlsx";
import { readWorkbookFile } from "../hosts/xlsx/readFile";
import { writeTemplateFile } from "../hosts/xlsx/writeTemplate";
import { parseArgs, USAGE, UsageError } from "./args";
import { formatSummary } from "./summary";

/** Exit status of template.md: 0 evaluated, 1 the file cannot be evaluated, 2 usage. */
export async function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let command;
  try {
    command = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (command.kind === "help") {
    out(USAGE);
    return 0;
  }
  try {
    if (command.kind === "template") {
      await writeTemplateFile(command.file);
      out(`已生成空白标准工作簿：${command.file}`);
      return 0;
    }
    const grids = await readWorkbookFile(command.file);
    const evaluation = evaluateGrids(grids, { rules: command.rules, reverseRule: command.reverseRule });
    out(command.json ? JSON.stringify(toJson(evaluation), null, 2) : formatSummary(evaluation));
    return 0;
  } catch (e) {
    if (e instanceof WorkbookInputError || e instanceof WorkbookReadError) {
      err(e.message);
      return 1;
    }
    // Anything else is our fault, but the accountant still gets one line, not a stack trace.
    err(`处理“${"file" in command ? command.file : ""}”时出现内部错误：${e instanceof Error ? e.message : String(e)}。请将该文件和此信息反馈给开发者。`);
    return 1;
  }
}

if (require.main === module) {
  run(
    process.argv.slice(2),
    (s) => process.stdout.write(s + "\n"),
    (s) => process.stderr.write(s + "\n"),
  ).then((code) => {
    process.exitCode = code;
  });
}
