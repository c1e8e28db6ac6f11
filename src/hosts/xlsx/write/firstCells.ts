import { SaxesParser, type SaxesTagNS } from "saxes";

const SLICE = 64 * 1024;

/** Thrown inside the parser's handlers to stop reading once what was asked for is found. */
const DONE = Symbol("done");

/**
 * The text of cell `ref` (in row `row`) of a sheet part, reading only as far as that row — a tool report of 100,000
 * indicators is not parsed whole to find its marker in A2. Shared strings are looked up through `sharedString`.
 */
export function cellText(sheetXml: string, ref: string, row: number, sharedString: (index: number) => string): string {
  const parser = new SaxesParser({ xmlns: true });
  let type = "";
  let inCell = false;
  let inValue = false;
  let inRun = 0;
  let phonetic = 0;
  let text = "";
  let found = false;
  parser.on("opentag", (tag: SaxesTagNS) => {
    if (tag.local === "row" && Number(tag.attributes.r?.value) > row) throw DONE;
    if (tag.local === "c") {
      inCell = tag.attributes.r?.value === ref;
      if (inCell) {
        found = true;
        type = tag.attributes.t?.value ?? "";
      }
    } else if (inCell && tag.local === "v") inValue = true;
    else if (inCell && tag.local === "rPh") phonetic++;
    else if (inCell && tag.local === "t" && !phonetic) inRun++;
  });
  parser.on("text", (t) => {
    if (inValue || inRun) text += t;
  });
  parser.on("closetag", (tag) => {
    if (tag.local === "c" && inCell) throw DONE;
    if (tag.local === "v") inValue = false;
    else if (tag.local === "rPh") phonetic--;
    else if (tag.local === "t" && inRun) inRun--;
  });
  try {
    for (let at = 0; at < sheetXml.length; at += SLICE) parser.write(sheetXml.slice(at, at + SLICE));
  } catch (e) {
    if (e !== DONE) throw e;
  }
  if (!found) return "";
  return type === "s" ? sharedString(Number(text)) : text;
}

/** Shared string `index` of a sharedStrings part, reading only as far as it (its runs joined, phonetic guides left out). */
export function sharedStringAt(xml: string, index: number): string {
  const parser = new SaxesParser({ xmlns: true });
  let n = -1;
  let inRun = 0;
  let phonetic = 0;
  let text = "";
  parser.on("opentag", (tag: SaxesTagNS) => {
    if (tag.local === "si") n++;
    else if (n === index && tag.local === "rPh") phonetic++;
    else if (n === index && tag.local === "t" && !phonetic) inRun++;
  });
  parser.on("text", (t) => {
    if (inRun) text += t;
  });
  parser.on("closetag", (tag) => {
    if (tag.local === "si" && n === index) throw DONE;
    if (tag.local === "rPh") phonetic--;
    else if (tag.local === "t" && inRun) inRun--;
  });
  try {
    for (let at = 0; at < xml.length; at += SLICE) parser.write(xml.slice(at, at + SLICE));
  } catch (e) {
    if (e !== DONE) throw e;
  }
  return n >= index ? text : "";
}
