import { detached, parseXml } from "./xml";

/**
 * xl/sharedStrings.xml: each string as the cell shows it. Rich text is its runs' text joined; phonetic guides
 * (`<rPh>`, furigana and pinyin) are not part of what the cell shows and are left out.
 */
export function parseSharedStrings(bytes: Uint8Array | null): string[] {
  const out: string[] = [];
  if (!bytes) return out;
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  parseXml(bytes, {
    open(name) {
      if (name === "si") current = [];
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === "si") {
        out.push(current ? detached(current.join("")) : "");
        current = null;
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inText = false;
    },
    text(text) {
      if (inText && current) current.push(text);
    },
  });
  return out;
}
