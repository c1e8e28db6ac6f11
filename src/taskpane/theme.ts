import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/**
 * Office tells the pane its theme only as colours (Office.context.officeTheme), not as "dark" or "light", so the
 * Fluent theme is chosen by how light the body background is. Outside Office, or on clients that give no theme, light.
 */
export function isDark(backgroundHex: string | null | undefined): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec((backgroundHex ?? "").trim());
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  // Rec. 709 luma: close enough to tell Office's black and dark grey themes from its white and colourful ones.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

export function themeFor(officeTheme: { bodyBackgroundColor?: string } | null | undefined): Theme {
  return isDark(officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
