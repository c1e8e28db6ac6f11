import { join } from "node:path";
import { commandFolder, displayName, displayRoot, notFoundMessage } from "../../src/cli/paths";

describe("the folder the command was typed in", () => {
  const tool = "/opt/绩效自评助手";
  it("is INIT_CWD when npm moved the process to the tool's folder (npm --prefix <tool> run evaluate)", () => {
    expect(commandFolder({ INIT_CWD: "/home/审核员", npm_package_json: join(tool, "package.json") }, tool)).toBe("/home/审核员");
  });
  it("is the process's own folder without npm, or when something else chose where this process runs", () => {
    expect(commandFolder({}, "/home/审核员")).toBe("/home/审核员");
    expect(commandFolder({ INIT_CWD: tool, npm_package_json: join(tool, "package.json") }, "/tmp/别处")).toBe("/tmp/别处");
  });
  it("says where a relative path was looked for", () => {
    expect(notFoundMessage("收件箱", "/home/审核员")).toBe("找不到文件“收件箱”：在“/home/审核员/收件箱”没有找到（相对路径从输入命令时所在的文件夹“/home/审核员”算起），请检查路径。");
  });
});

describe("文件 in the summary", () => {
  it("is relative to the folder given, or to the deepest folder holding all the inputs", () => {
    expect(displayName(displayRoot([{ path: "/r/收件箱", isFolder: true }]), "/r/收件箱/补交/水利局.xlsx")).toBe("补交/水利局.xlsx");
    const root = displayRoot([{ path: "/r/收件箱", isFolder: true }, { path: "/r/补交/水利局.xlsx", isFolder: false }]);
    expect([displayName(root, "/r/收件箱/财政局.xlsx"), displayName(root, "/r/补交/水利局.xlsx")]).toEqual(["收件箱/财政局.xlsx", "补交/水利局.xlsx"]);
  });
});
