/* eslint-disable no-console */
/**
 * HTTPS for `npm run dev-server`. Office loads add-ins only over https, so the dev server uses office-addin-dev-certs,
 * which also trusts its CA on this machine. Where that trust step cannot run (Linux without sudo, a locked-down PC),
 * the server still starts with the generated certificate and says how to trust it by hand; where no certificate can
 * be made at all, it stops with a message saying why and what to do.
 */
const fs = require("fs");

async function httpsOptions() {
  const certs = require("office-addin-dev-certs");
  const d = require("office-addin-dev-certs/lib/defaults");
  try {
    return await certs.getHttpsServerOptions();
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
    if (![d.caCertificatePath, d.localhostCertificatePath, d.localhostKeyPath].every((p) => fs.existsSync(p))) {
      try {
        await certs.generateCertificates();
      } catch (g) {
        console.error(
          [
            "",
            "无法生成开发用 HTTPS 证书 / Could not create the development HTTPS certificate:",
            `  ${g instanceof Error ? g.message : String(g)}`,
            "Office 只从 https 加载加载项。请检查主目录是否可写（证书放在 ~/.office-addin-dev-certs），然后重试。",
            "",
          ].join("\n"),
        );
        process.exit(1);
      }
    }
    console.warn(
      [
        "",
        "开发证书已生成，但未能安装为受信任的根证书 / The dev certificate exists but its CA could not be trusted:",
        `  ${reason}`,
        "服务器照常以 https 启动；Office/浏览器会拒绝它，直到你手动信任这张 CA：",
        `  ${d.caCertificatePath}`,
        "  Windows:  以管理员运行  npx office-addin-dev-certs install",
        "  macOS:    npx office-addin-dev-certs install （会请求钥匙串密码）",
        "  Linux:    sudo cp <上面的 ca.crt> /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates",
        "",
      ].join("\n"),
    );
    return {
      ca: fs.readFileSync(d.caCertificatePath),
      cert: fs.readFileSync(d.localhostCertificatePath),
      key: fs.readFileSync(d.localhostKeyPath),
    };
  }
}

module.exports = { httpsOptions };
