import { spawnSync } from "child_process";

/**
 * npm start / npm stop: sideload the add-in into desktop Excel and remove it again. office-addin-debugging can do
 * this only on Windows and macOS, and it pulls a native keychain module, so it is fetched with npx on those two
 * systems when asked for and is never a dependency of `npm ci`. Elsewhere this prints how to sideload on the web.
 */

const action = process.argv[2];
if (action !== "start" && action !== "stop") {
  console.error("usage: sideload start|stop");
  process.exit(2);
}

const WEB_STEPS = `
桌面版 Excel 的旁加载只能在 Windows 或 macOS 上进行（当前系统：${process.platform}）。
Sideloading into desktop Excel works only on Windows or macOS (this is ${process.platform}).

在 Excel 网页版中旁加载 / To sideload into Excel on the web:
  1. npm run dev-server        在 https://localhost:3000 提供加载项（按提示信任开发证书）
                               serves the add-in at https://localhost:3000 (trust its certificate as it says)
  2. 在浏览器中打开 Excel 网页版（Microsoft 365）中的一个工作簿。
     Open a workbook in Excel on the web (Microsoft 365) in a browser on the same machine.
  3. 开始 → 加载项 → 更多设置/高级 → 我的加载项 → 上传我的加载项 → 选择本项目的 manifest.xml。
     Home → Add-ins → More Add-ins (Advanced) → My Add-ins → Upload My Add-in → choose this project's manifest.xml.
  4. 「开始」选项卡上出现「绩效自评」组。The 绩效自评 group appears on the Home tab.
`;

if (process.platform !== "win32" && process.platform !== "darwin") {
  if (action === "start") {
    console.error(WEB_STEPS);
    process.exit(1);
  }
  console.log("没有可移除的桌面旁加载；在网页版中，从「我的加载项」里移除即可。开发服务器用 Ctrl+C 停止。");
  console.log("Nothing was sideloaded on this system; on the web remove it under My Add-ins. Stop the dev server with Ctrl+C.");
  process.exit(0);
}

const args = ["--yes", "office-addin-debugging@6", action, "manifest.xml", ...(action === "start" ? ["desktop"] : [])];
// npx is npx.cmd on Windows, which only a shell can run.
const result = spawnSync("npx", args, { stdio: "inherit", shell: process.platform === "win32" });
if (result.error) console.error(`npx office-addin-debugging failed to run: ${result.error.message}`);
process.exit(result.status ?? 1);
