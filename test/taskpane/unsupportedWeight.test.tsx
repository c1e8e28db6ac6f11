/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { evaluateGrids } from "../../src/core/evaluate";
import { overallOf } from "../../src/core/overall";
import { ResultSummary } from "../../src/taskpane/components/ResultSummary";
import { STRINGS } from "../../src/taskpane/i18n";
import { StringsContext } from "../../src/taskpane/strings";
import { balancedRows, row, simpleWorkbook } from "../helpers/grids";
import { stubBrowserApis } from "./helpers";

/** domain-rules (p): the pane shows 依据不足的分值 beside the score, in Chinese first and in English where Office runs in it. */

beforeAll(stubBrowserApis);

function outcome() {
  // 有效提升 / 提升 scored 20 on the filled score alone (no 完成等级): 20 points without a measurable basis.
  const rows = balancedRows();
  rows[0] = row("产出指标", "数量指标", "职工服务能力", "", "有效提升", "", "提升", 30, "", 20);
  const evaluation = evaluateGrids(simpleWorkbook(rows));
  return { evaluation, overall: overallOf(evaluation), reportSheet: "自评报告", notes: [] };
}

it.each([
  ["zh-CN", "依据不足的分值", "30.00 分"],
  ["en-US", "Points without a measurable basis", "30.00 pts"],
] as const)("%s: one line “%s” with %s", (lang, label, value) => {
  render(
    <FluentProvider theme={webLightTheme}>
      <StringsContext.Provider value={STRINGS[lang]}>
        <ResultSummary outcome={outcome()} kind="excel" />
      </StringsContext.Provider>
    </FluentProvider>,
  );
  expect(screen.getByText(label)).toBeTruthy();
  expect(screen.getByTestId("unsupported-weight").textContent).toBe(value);
});
