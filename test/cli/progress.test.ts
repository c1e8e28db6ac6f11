import { barLine, createProgress, formatDuration, timeLeft } from "../../src/cli/batch/progress";

describe("progress", () => {
  it("estimates time left from the mean time per file so far", () => {
    expect(timeLeft(0, 10, 5000)).toBeNull();
    expect(timeLeft(2, 10, 4000)).toBe(16000);
    expect(formatDuration(65_000)).toBe("1分05秒");
    expect(formatDuration(12_400)).toBe("12秒");
  });

  it("fits the bar's line to the terminal, clipping the file name, never the counts", () => {
    const line = barLine(3, 50, "重庆市丰都县某某街道办事处2024年度部门整体支出绩效自评表（终稿）.xlsx", 65_000, 60);
    expect(line.startsWith("[#-------------------] 3/50 重庆市")).toBe(true);
    expect(line.endsWith("… 剩余约 1分05秒")).toBe(true);
    expect([...line].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)).toBeLessThanOrEqual(59);
  });

  it("keeps a failure on screen above the bar on a terminal", () => {
    let text = "";
    let now = 0;
    const p = createProgress({ isTTY: true, columns: 80, write: (t) => (text += t) }, 2, () => now);
    p.start("a/甲.xlsx");
    now = 1000;
    p.done("a/甲.xlsx", { failed: "文件“甲.xlsx”已损坏" });
    p.start("a/乙.xlsx");
    p.done("a/乙.xlsx");
    p.finish();
    expect(text).toContain("[1/2] a/甲.xlsx：无法评分：文件“甲.xlsx”已损坏\n");
    expect(text.endsWith("2/2 乙.xlsx 剩余约 0秒\n")).toBe(true);
  });
});
