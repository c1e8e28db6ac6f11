import { circle, hex, roundedRect, stroke, type Shape } from "./raster";

/**
 * The product's icon: a self-evaluation sheet (green header, ruled rows, like the 绩效指标 table) with a red seal
 * carrying a white check mark — the workbook, scored and approved. Lines are kept at least about one pixel wide,
 * and the 16 px icon drops the inner rules, which would only blur at that size.
 */
export function iconShapes(size: number): Shape[] {
  const px = 1 / size;
  const line = (w: number) => Math.max(w, 1.1 * px);
  const green = hex("#107C41");
  const paper = hex("#FFFFFF");
  const rule = hex("#9DB8A8");
  const seal = hex("#C8102E");
  const white = hex("#FFFFFF");

  const sheet = { x0: 0.1, y0: 0.06, x1: 0.78, y1: 0.92 };
  const border = line(0.045);
  const shapes: Shape[] = [
    { color: green, inside: roundedRect(sheet.x0, sheet.y0, sheet.x1, sheet.y1, 0.08) },
    { color: paper, inside: roundedRect(sheet.x0 + border, sheet.y0 + border, sheet.x1 - border, sheet.y1 - border, 0.08 - border / 2) },
    // Header band of the table.
    { color: green, inside: roundedRect(sheet.x0, sheet.y0, sheet.x1, 0.27, 0.08) },
  ];
  if (size >= 32) {
    const w = line(0.03);
    for (const y of [0.43, 0.58, 0.73]) shapes.push({ color: rule, inside: stroke([[0.2, y], [0.68, y]], w) });
    shapes.push({ color: rule, inside: stroke([[0.36, 0.33], [0.36, 0.84]], w) });
  } else {
    shapes.push({ color: rule, inside: stroke([[0.22, 0.45], [0.6, 0.45]], line(0.06)) });
  }
  const c = { x: 0.69, y: 0.7, r: size >= 32 ? 0.27 : 0.3 };
  shapes.push({ color: white, inside: circle(c.x, c.y, c.r + line(0.035)) });
  shapes.push({ color: seal, inside: circle(c.x, c.y, c.r) });
  shapes.push({
    color: white,
    inside: stroke(
      [
        [c.x - 0.13, c.y + 0.005],
        [c.x - 0.04, c.y + 0.095],
        [c.x + 0.135, c.y - 0.095],
      ],
      line(size >= 32 ? 0.075 : 0.1),
    ),
  });
  return shapes;
}

export const ICON_SIZES = [16, 32, 64, 80] as const;
