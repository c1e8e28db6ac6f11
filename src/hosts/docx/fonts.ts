/**
 * The fonts of Chinese official documents (党政机关公文格式 GB/T 9704): 方正小标宋简体 for the title, 黑体 for section
 * headings, 楷体 for sub-headings, 仿宋_GB2312 for the text. Government computers have them; many others do not, so each
 * names the font to use instead (`altName` in the font table, with the GB2312 character set), which WPS and LibreOffice
 * follow, and Word's own substitution by character set falls on a Chinese font rather than a Latin one.
 */
export interface DocFont {
  name: string;
  /** What to use where `name` is missing: a font Windows, WPS and LibreOffice's Chinese installs have. */
  fallback: string;
  /** OOXML font family class: roman (serif), modern, swiss (sans), script. */
  family: "roman" | "swiss" | "modern" | "script";
}

export const TITLE_FONT: DocFont = { name: "方正小标宋简体", fallback: "黑体", family: "roman" };
export const HEADING_FONT: DocFont = { name: "黑体", fallback: "SimHei", family: "swiss" };
export const SUBHEADING_FONT: DocFont = { name: "楷体_GB2312", fallback: "楷体", family: "script" };
export const BODY_FONT: DocFont = { name: "仿宋_GB2312", fallback: "仿宋", family: "modern" };
/** Figures and Latin letters: the usual companion of 仿宋 in official documents. */
export const LATIN_FONT = "Times New Roman";

export const DOC_FONTS: readonly DocFont[] = [TITLE_FONT, HEADING_FONT, SUBHEADING_FONT, BODY_FONT];

/** Chinese type sizes in points: 二号 22, 三号 16, 四号 14, 小四 12, 五号 10.5. */
export const SIZE = { er: 22, san: 16, si: 14, xiaosi: 12, wu: 10.5 } as const;
