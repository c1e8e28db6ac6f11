/**
 * Whether the task pane can hand the user a file through the browser's download (a Blob behind <a download>).
 * - Excel on the web: yes; the add-in's iframe carries `allow-downloads` since Chrome 83 made it necessary
 *   (OfficeDev/office-js#1221, #1241, fixed June 2020).
 * - Excel on Windows (WebView2, and the older Trident/EdgeHTML webviews): yes, the download bar or a save dialog
 *   appears (reported working in OfficeDev/office-js#4681, #3385).
 * - Excel for Mac (WKWebView): no; a download link does nothing, and Microsoft closed the request as by design
 *   because of a WebKit limitation (OfficeDev/office-js#2700, #3, #4681). There the pane offers the clipboard instead.
 * Unknown platforms (iPad) get the clipboard too: a button that does nothing is worse than one more step.
 */
export function downloadsAllowed(platform: string | undefined): boolean {
  return platform === "OfficeOnline" || platform === "PC";
}

export function currentPlatform(): string | undefined {
  try {
    return typeof Office === "undefined" ? undefined : String(Office.context?.platform ?? "") || undefined;
  } catch {
    return undefined;
  }
}
