/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { overallOf } from "../../src/core/overall";
import { ResultSummary } from "../../src/taskpane/components/ResultSummary";
import { STRINGS } from "../../src/taskpane/i18n";
import { StringsContext } from "../../src/taskpane/strings";
import { sampleOutcome, stubBrowserApis } from "./helpers";

beforeAll(stubBrowserApis);

/** The sample's one project twice over, the second with a budget of its own: a department of two projects. */
function twoProjects(unitScore: "mean" | "weighted") {
  const one = sampleOutcome().evaluation;
  const evaluation = { ...one, settings: { ...one.settings, unitScore }, units: [one.units[0], { ...one.units[0], name: "第二个项目", budget: 50 }] };
  return { evaluation, overall: overallOf(evaluation), reportSheet: "自评报告", notes: [] };
}

function show(outcome: ReturnType<typeof sampleOutcome>, lang: "zh-CN" | "en-US" = "zh-CN") {
  render(
    <FluentProvider theme={webLightTheme}>
      <StringsContext.Provider value={STRINGS[lang]}>
        <ResultSummary outcome={outcome} kind="file" />
      </StringsContext.Provider>
    </FluentProvider>,
  );
}

describe("the pane says how a department of several projects is scored", () => {
  it("in one line under the score, in Chinese and in English", () => {
    show(twoProjects("mean"));
    expect(screen.getByTestId("score-method").textContent).toBe("2个项目得分的算术平均");
  });

  it("weighted by 全年预算数 when the evaluation was asked to", () => {
    show(twoProjects("weighted"), "en-US");
    expect(screen.getByTestId("score-method").textContent).toBe("Mean of the 2 projects' scores, weighted by 全年预算数");
  });

  it("not at all for one project", () => {
    show(sampleOutcome());
    expect(screen.queryByTestId("score-method")).toBeNull();
  });
});
