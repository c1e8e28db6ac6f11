import { competitionRanks } from "../../../src/core/batch/ranking";
import { mainProblems } from "../../../src/core/batch/result";
import { makeFinding } from "../../../src/core/model/finding";

describe("排名 over departments", () => {
  it("ranks as a league table: equal scores (to 0.01) share a place and the next is skipped", () => {
    expect(competitionRanks([95, 90, 90, 85])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([90.004, 90, 89.99])).toEqual([1, 1, 3]);
  });
});

describe("主要问题", () => {
  const vague = makeFinding("vague-wording", "warning", { sheet: "绩效指标", row: 5, col: 8 }, "表述模糊");
  const low = makeFinding("low-execution-no-reason", "warning", { sheet: "资金情况", row: 2, col: 9 }, "执行率65.00%，低于90%，未说明原因");
  const mismatch = makeFinding("self-score-mismatch", "warning", { sheet: "绩效指标", row: 20, col: 11 }, "总分不一致");

  it("opens with a claim above the computed score, with both figures, and folds the mismatches into that line", () => {
    const lines = mainProblems([vague, vague, mismatch, low], [{ unit: "", claimed: 100, score: 72.5 }]);
    expect(lines).toEqual([
      "【警告】填报总分100分，高于按规则计算的72.50分（高27.50分）；自评得分与计算不符共 1 处，首处 绩效指标!K20",
      "【警告】资金情况!I2 执行率65.00%，低于90%，未说明原因",
      "【警告】绩效指标!H5 表述模糊（同类共 2 处）",
    ]);
  });

  it("without an overclaim, unexplained low execution comes before more frequent vague wording", () => {
    expect(mainProblems([vague, vague, vague, low])[0]).toContain("低于90%");
  });
});
