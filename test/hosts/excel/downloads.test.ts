import { downloadsAllowed } from "../../../src/hosts/excel/downloads";

describe("where the task pane can download a file", () => {
  test.each([
    ["OfficeOnline", true],
    ["PC", true],
    ["Mac", false],
    ["iOS", false],
    [undefined, false],
  ])("Office.context.platform %s → %s", (platform, allowed) => {
    expect(downloadsAllowed(platform)).toBe(allowed);
  });
});
