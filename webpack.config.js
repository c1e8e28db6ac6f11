/* eslint-disable no-console */
/**
 * Builds the add-in into dist/: taskpane.html, commands.html (the ribbon's function file), notify.html (its result
 * dialog), index.html (the same pane without Office.js: the page for use without Excel), assets/ and manifest.xml. Options, as `npm run build -- --env name=value`:
 *   url=https://host/path/   where the add-in is served in production (the manifest's https://localhost:3000/ is
 *                            rewritten to it); also ADDIN_URL. Without it the manifest keeps localhost, with a warning.
 *   officejs=local           serve Office.js from dist/officejs/ (copied from @microsoft/office-js) instead of
 *                            Microsoft's CDN, for intranets that cannot reach it (`npm run build:intranet`).
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { firstLoad } = require("./scripts/webpack/firstLoad");

const DEV_URL = "https://localhost:3000/";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_OFFICE_JS_DIR = "officejs";
// Other Office apps' runtimes and debug copies: an Excel add-in never loads them (86 MB → 14 MB).
const OFFICE_JS_UNUSED = /[\\/]dist[\\/](access|onenote|outlook|powerpoint|project|visio|word|excelios-15|excelwebapp|excel-15)[^\\/]*$|\.debug\.js$|vsdoc|\.d\.ts$|outlook_strings/;

function productionUrl(env) {
  const url = env.url || process.env.ADDIN_URL || DEV_URL;
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(url)) {
    throw new Error(`--env url must be an https URL ending in "/", e.g. https://addin.example.gov.cn/jixiao/ (got ${url})`);
  }
  return url;
}

/** Prints the first-load size after a production build, so a growing bundle is noticed when it happens. */
class FirstLoadReport {
  apply(compiler) {
    compiler.hooks.done.tap("FirstLoadReport", (stats) => {
      if (stats.hasErrors()) return;
      const out = compiler.options.output.path;
      const { gzip, files } = firstLoad(out);
      // The infrastructure logger writes to stderr, so `webpack --json` output stays JSON.
      compiler.getInfrastructureLogger("first-load").info(`taskpane.html first load: ${(gzip / 1024).toFixed(1)} KB gzip (${files.map((f) => f.file).join(", ")})`);
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const serve = Boolean(env.WEBPACK_SERVE);
  const localOfficeJs = env.officejs === "local";
  const url = dev ? DEV_URL : productionUrl(env);
  if (!dev && url === DEV_URL) {
    console.warn(`Production build with manifest URLs at ${DEV_URL}; pass --env url=https://<server>/<path>/ for a deployable manifest.`);
  }
  const officeJs = localOfficeJs ? `${LOCAL_OFFICE_JS_DIR}/office.js` : CDN_OFFICE_JS;
  // Inlined before the bundles of the pages Office opens (see the file for why); ES5, so it is not run through webpack.
  const oldWebview = fs.readFileSync(path.join(__dirname, "src/legacy/oldWebview.js"), "utf8");
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({ filename: name, template, chunks, officeJs, oldWebview, scriptLoading: "defer", inject: "head" });

  const config = {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notify: "./src/commands/notify.ts",
    },
    output: {
      path: path.resolve(__dirname, env.outDir || "dist"),
      // Office caches add-in files hard; content hashes make a new build reach users without a cache purge.
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `tsc --noEmit`'s job; ES modules here let webpack split the Excel gateway off.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", noEmit: false, sourceMap: dev } },
          },
        },
      ],
    },
    plugins: [
      page("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"]),
      // The self-service page for use without Excel (a browser, WPS users, an intranet): the same pane without
      // office.js, so it starts in file mode at once and asks nothing of any server but the one it came from.
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], officeJs: null, oldWebview, scriptLoading: "defer", inject: "head" }),
      page("commands.html", "./src/commands/commands.html", ["commands"]),
      page("notify.html", "./src/commands/notify.html", ["notify"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (url === DEV_URL ? content : content.toString().replaceAll(DEV_URL, url)),
          },
          ...(localOfficeJs
            ? [
                {
                  from: path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist"),
                  to: LOCAL_OFFICE_JS_DIR,
                  filter: (file) => !OFFICE_JS_UNUSED.test(file),
                  // Microsoft's files are already minified; running Terser over 14 MB of them would triple the build time.
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
      ...(dev ? [] : [new FirstLoadReport()]),
    ],
    performance: { hints: false },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // ExcelJS by name, so an administrator can tell what the largest file of dist/ is: only the file mode
          // fetches it, when a workbook is evaluated or the template downloaded.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", priority: 10, enforce: true },
        },
      },
      // ASCII-only bundles: Chinese text as \u escapes, so a server that sends .js without a charset (or as GBK, as
      // some intranet servers do) cannot garble the pane's strings or break its regular expressions.
      minimizeOptions: { javascript: { compress: { passes: 2 }, format: { ascii_only: true } } },
    },
  };

  if (serve) {
    const { httpsOptions } = require("./scripts/webpack/devCerts");
    config.devServer = {
      port: 3000,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await httpsOptions() },
      static: false,
    };
  }
  return config;
};
