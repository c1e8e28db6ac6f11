/**
 * Shapes in unit coordinates (0..1, y down) painted back to front, anti-aliased by supersampling: each pixel is the
 * average of n × n samples of the scene. Slow in theory, instant for icons of at most 80 px.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** One layer: a colour where `inside` holds. */
export interface Shape {
  color: Rgba;
  inside(x: number, y: number): boolean;
}

export function hex(color: string, alpha = 1): Rgba {
  const n = parseInt(color.replace("#", ""), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255, a: alpha };
}

export function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): (x: number, y: number) => boolean {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r;
  };
}

export function circle(cx: number, cy: number, r: number): (x: number, y: number) => boolean {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A polyline of the given width with round joins and caps. */
export function stroke(points: [number, number][], width: number): (x: number, y: number) => boolean {
  const half = width / 2;
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[i + 1];
      const vx = bx - ax;
      const vy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
      if ((x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= half * half) return true;
    }
    return false;
  };
}

export function render(size: number, shapes: Shape[], samples = 8): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied sums, so a half-covered edge of a colour over transparency keeps its colour.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let cr = 0;
          let cg = 0;
          let cb = 0;
          let ca = 0;
          for (const s of shapes) {
            if (!s.inside(x, y)) continue;
            const k = s.color.a;
            cr = s.color.r * k + cr * (1 - k);
            cg = s.color.g * k + cg * (1 - k);
            cb = s.color.b * k + cb * (1 - k);
            ca = k + ca * (1 - k);
          }
          r += cr;
          g += cg;
          b += cb;
          a += ca;
        }
      }
      const n = samples * samples;
      const i = (py * size + px) * 4;
      const alpha = a / n;
      out[i] = alpha > 0 ? Math.round(r / n / alpha) : 0;
      out[i + 1] = alpha > 0 ? Math.round(g / n / alpha) : 0;
      out[i + 2] = alpha > 0 ? Math.round(b / n / alpha) : 0;
      out[i + 3] = Math.round(alpha * 255);
    }
  }
  return out;
}
