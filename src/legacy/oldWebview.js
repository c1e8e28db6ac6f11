/*
 * Plain ES5, run before the pane's bundles: the webviews of Internet Explorer 11 ("Trident") and of the old Microsoft
 * Edge ("EdgeHTML") cannot run them (React 19 and Fluent UI 9 do not support them; the bundles use ES2020), so without
 * this the pane stays white and the ribbon buttons do nothing. Office still hosts add-ins in those webviews on
 * volume-licensed Office 2016 and 2019 and other combinations (learn.microsoft.com, "Browsers and webview controls used
 * by Office Add-ins" and "Support older Microsoft webviews and Office versions", which recommends exactly this: read
 * navigator.userAgent early and show a message). Keep this file ES5: test/legacy parses it as ECMAScript 5.
 */
(function (window, document) {
  "use strict";

  // Trident puts "Trident/7.0" in its user agent, EdgeHTML "Edge/18.x"; Chromium-based Edge says "Edg/", without "e".
  function isOldWebview(userAgent) {
    return /Trident\//.test(userAgent) || /\bEdge\/\d/.test(userAgent);
  }

  // The page for use without Excel sits next to this one (dist/index.html).
  function pageWithoutExcel(href) {
    return href.replace(/[?#].*$/, "").replace(/[^/]*$/, "") + "index.html";
  }

  var WORKS = [
    "Windows 上 Microsoft 365（订阅版）的 Excel：内部版本 16.0.13530.20424 及以上，并已安装 Microsoft Edge WebView2 运行时（版本 2101 起随 Office 自动安装）；",
    "Office 2021、Office 2024（Windows，零售版或批量许可版均可）；",
    "Office 2016、Office 2019 零售版（版本号形如“2206 (Build 15330.20264)”），且已安装 Microsoft Edge WebView2 运行时；",
    "Mac 版 Excel，以及在 Edge、Chrome 等浏览器中使用的网页版 Excel。"
  ];
  var FAILS =
    "不能运行的有：Office 2016、Office 2019 批量许可版（版本号形如“16.0.5197.1000”或“1808 (Build 10388.20027)”）、Office 2013，" +
    "Windows 7 上的 Microsoft 365，以及未安装 WebView2 的较早版本——它们只用 Internet Explorer 11 或旧版 Edge 显示加载项。";

  function paragraph(text, style) {
    var p = document.createElement("p");
    p.appendChild(document.createTextNode(text));
    p.style.cssText = "margin:0 0 8px;line-height:1.5;" + (style || "");
    return p;
  }

  function showNotice(container) {
    var main = document.createElement("main");
    main.setAttribute("role", "alert");
    main.id = "old-webview";
    main.style.cssText =
      "padding:16px;font:14px 'Microsoft YaHei','Segoe UI',sans-serif;color:#242424;border-top:4px solid #c50f1f;";
    var h1 = document.createElement("h1");
    h1.appendChild(document.createTextNode("这个版本的 Office 不能运行绩效自评助手"));
    h1.style.cssText = "font-size:18px;margin:0 0 12px;";
    main.appendChild(h1);
    main.appendChild(
      paragraph("这台电脑的 Excel 用 Internet Explorer 11 或旧版 Microsoft Edge 显示加载项，本加载项需要 Microsoft Edge WebView2。可以运行的 Excel：")
    );
    var list = document.createElement("ul");
    list.style.cssText = "margin:0 0 8px;padding-left:20px;line-height:1.5;";
    for (var i = 0; i < WORKS.length; i++) {
      var li = document.createElement("li");
      li.appendChild(document.createTextNode(WORKS[i]));
      list.appendChild(li);
    }
    main.appendChild(list);
    main.appendChild(paragraph(FAILS));
    main.appendChild(paragraph("不用 Excel 也可以评分：在 Microsoft Edge 或 Chrome 浏览器中打开下面的地址，选择填好的 .xlsx 文件即可（文件不会上传）："));
    var address = paragraph(pageWithoutExcel(window.location.href), "font-weight:bold;word-break:break-all;");
    address.id = "page-without-excel";
    main.appendChild(address);
    container.parentNode.insertBefore(main, container);
    container.style.display = "none";
  }

  // The ribbon's function file: each button opens this notice (the task pane page in a dialog) and completes at once.
  function registerCommands(names) {
    function notice(event) {
      var url = window.location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "") + "taskpane.html";
      try {
        window.Office.context.ui.displayDialogAsync(url, { height: 60, width: 40, displayInIframe: true }, function () {
          event.completed();
        });
        // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
      } catch (e) {
        event.completed();
      }
    }
    // Office calls a command's function by name on the window, or through Office.actions.associate where it has it.
    for (var i = 0; i < names.length; i++) window[names[i]] = notice;
    var office = window.Office;
    if (!office) return;
    var associate = function () {
      if (office.actions && office.actions.associate) {
        for (var j = 0; j < names.length; j++) office.actions.associate(names[j], notice);
      }
    };
    if (office.onReady) office.onReady(associate);
    else office.initialize = associate;
  }

  function start() {
    var commands = document.body && document.body.getAttribute("data-commands");
    if (commands) registerCommands(commands.split(","));
    var container = document.getElementById("container");
    if (container) showNotice(container);
  }

  window.__oldWebview = { isOldWebview: isOldWebview, pageWithoutExcel: pageWithoutExcel };
  if (!isOldWebview(window.navigator.userAgent)) return;
  window.__oldWebview.detected = true;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(window, document);
