/** Draws an example scene (landscape, river, waves, pipes or a geometric grid) as SVG. */
import type { SceneFeatures } from './chooseSceneFeatures.ts';
import { createRng, type Rng } from './createRng.ts';
import { CREAM, INK, PALETTE, darken, lighten, mix } from './mixColours.ts';
import { grainDefs, n, smoothThrough, svgDocument, type Point } from './drawSvg.ts';

/**
 * A natural-looking ridge line: a sum of two or three sines with random phases, plus a
 * gentle tilt, sampled across the width.
 */
function ridge(rng: Rng, width: number, baseY: number, amplitude: number, tilt: number): Point[] {
  const waves = Array.from({ length: rng.int(2, 3) }, (_, i) => ({
    freq: i === 0 ? rng.range(0.5, 1.2) : rng.range(1.4, 3.2),
    amp: i === 0 ? 1 : rng.range(0.2, 0.45),
    phase: rng.range(0, Math.PI * 2),
  }));
  const pts: Point[] = [];
  const steps = 18;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const y = waves.reduce((sum, w) => sum + Math.sin(t * Math.PI * 2 * w.freq + w.phase) * w.amp, 0);
    pts.push([t * width, baseY - y * amplitude + tilt * (t - 0.5) * amplitude * 2]);
  }
  return pts;
}

/** Fill from a ridge line down past the bottom edge. */
function hillPath(points: readonly Point[], width: number, height: number): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  return `M-10 ${height + 10}L-10 ${n(first[1])}L${n(first[0])} ${n(first[1])}${smoothThrough(points)}L${n(width + 10)} ${n(last[1])}L${n(width + 10)} ${height + 10}Z`;
}

function sunSvg(f: SceneFeatures, x: number, y: number, r: number): string {
  if (f.night) {
    // Crescent moon: a disc with a sky-coloured disc offset over it, plus a few stars.
    const rng = createRng(f.seed + 7);
    let stars = '';
    for (let i = 0; i < 14; i++) {
      stars += `<circle cx="${n(rng.range(0, x * 2.4))}" cy="${n(rng.range(20, y + r * 1.2))}" r="${n(rng.range(1.5, 3.5))}" fill="#F3E6C8" opacity="${n(rng.range(0.4, 0.9))}"/>`;
    }
    return `${stars}<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${f.sunColour}"/><circle cx="${n(x + r * 0.42)}" cy="${n(y - r * 0.2)}" r="${n(r * 0.88)}" fill="${f.sky}"/>`;
  }
  return (
    `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 1.55)}" fill="${f.sunColour}" opacity="0.18"/>` +
    `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 1.25)}" fill="${f.sunColour}" opacity="0.25"/>` +
    `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${f.sunColour}"/>`
  );
}

function cloudsSvg(rng: Rng, width: number, height: number, colour: string): string {
  let out = '';
  const count = rng.int(1, 3);
  for (let i = 0; i < count; i++) {
    const x = rng.range(0.05, 0.85) * width;
    const y = rng.range(0.08, 0.3) * height;
    const w = rng.range(0.1, 0.2) * width;
    const h = w * 0.16;
    out += `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(h / 2)}" fill="${colour}" opacity="0.75"/>`;
    out += `<rect x="${n(x + w * 0.18)}" y="${n(y - h * 0.7)}" width="${n(w * 0.5)}" height="${n(h)}" rx="${n(h / 2)}" fill="${colour}" opacity="0.75"/>`;
  }
  return out;
}

function birdsSvg(rng: Rng, width: number, height: number, colour: string): string {
  let out = '';
  const cx = rng.range(0.2, 0.7) * width;
  const cy = rng.range(0.15, 0.3) * height;
  for (let i = 0; i < rng.int(2, 4); i++) {
    const x = cx + rng.range(-80, 80);
    const y = cy + rng.range(-40, 40);
    const s = rng.range(8, 14);
    out += `<path d="M${n(x - s)} ${n(y)}q${n(s / 2)} ${n(-s / 2)} ${n(s)} 0q${n(s / 2)} ${n(-s / 2)} ${n(s)} 0" fill="none" stroke="${colour}" stroke-width="3" stroke-linecap="round"/>`;
  }
  return out;
}

function treesSvg(rng: Rng, points: readonly Point[], colour: string, trunk: string, scale: number): string {
  let out = '';
  const count = rng.int(2, 5);
  for (let i = 0; i < count; i++) {
    const p = rng.pick(points.slice(1, -1));
    const x = p[0] + rng.range(-30, 30);
    const y = p[1] + 6;
    const h = rng.range(40, 70) * scale;
    if (rng.chance(0.5)) {
      out += `<path d="M${n(x)} ${n(y)}V${n(y - h * 0.5)}" stroke="${trunk}" stroke-width="${n(4 * scale)}"/><ellipse cx="${n(x)}" cy="${n(y - h * 0.62)}" rx="${n(h * 0.26)}" ry="${n(h * 0.38)}" fill="${colour}"/>`;
    } else {
      out += `<path d="M${n(x - h * 0.22)} ${n(y)}L${n(x)} ${n(y - h)}L${n(x + h * 0.22)} ${n(y)}Z" fill="${colour}"/>`;
    }
  }
  return out;
}

function landscapeSvg(f: SceneFeatures, W: number, H: number, withRiver: boolean): string {
  const rng = createRng(f.seed);
  const horizon = H * rng.range(0.44, 0.54);
  const sunX = W * rng.range(0.18, 0.82);
  let out = `<rect width="${W}" height="${H}" fill="${f.sky}"/>`;
  out += sunSvg(f, sunX, horizon - H * rng.range(0.08, 0.18), H * rng.range(0.09, 0.13));
  if (!f.night) out += cloudsSvg(rng, W, H, CREAM);
  if (!f.night && rng.chance(0.6)) out += birdsSvg(rng, W, H, mix(f.layers[4] ?? INK, f.sky, 0.3));

  const layerCount = 4;
  const ridges: Point[][] = [];
  let tilt = rng.pick([-1, 1]) * rng.range(0.3, 0.8);
  for (let i = 0; i < layerCount; i++) {
    const baseY = horizon + i * (H - horizon) * 0.21;
    ridges.push(ridge(rng, W, baseY, H * (0.045 + i * 0.012), tilt));
    tilt = -tilt * rng.range(0.6, 1.2);
  }
  ridges.forEach((pts, i) => {
    out += `<path d="${hillPath(pts, W, H)}" fill="${f.layers[i + 1] ?? f.layers[0]}"/>`;
    if (i === 1 || (i === 2 && rng.chance(0.5))) out += treesSvg(rng, pts, f.layers[4] ?? INK, f.layers[4] ?? INK, 0.7 + i * 0.2);
  });
  // Field furrows on the nearest layer.
  const near = ridges[layerCount - 1];
  if (near && !withRiver && rng.chance(0.6)) {
    const y0 = Math.max(...near.map((p) => p[1])) + 30;
    for (let y = y0; y < H; y += 26) {
      out += `<path d="M0 ${n(y)}Q${n(W / 2)} ${n(y - 18)} ${W} ${n(y)}" fill="none" stroke="${lighten(f.layers[4] ?? INK, 0.12)}" stroke-width="3" opacity="0.5"/>`;
    }
  }
  // River: rises in a valley of the second layer and widens towards the viewer.
  const valleyRidge = ridges[1];
  if (withRiver && valleyRidge) {
    const inner = valleyRidge.filter(([x]) => x > W * 0.25 && x < W * 0.75);
    const valley = inner.reduce((best, p) => (p[1] > best[1] ? p : best), inner[0] ?? [W / 2, horizon]);
    const startX = valley[0];
    const startY = valley[1] + 4;
    const swingDir = startX < W / 2 ? 1 : -1;
    const steps = 8;
    const centre: Point[] = [];
    for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      const swing = Math.sin(t * Math.PI * 1.5) * W * 0.14 * swingDir;
      centre.push([startX + swing, startY + t * (H + 20 - startY)]);
    }
    const half = (t: number): number => 3 + Math.pow(t, 1.6) * W * 0.15;
    const leftEdge: Point[] = centre.map(([x, y], i) => [x - half(i / steps), y]);
    const rightEdge: Point[] = centre.map(([x, y], i) => [x + half(i / steps), y] as const).reverse();
    const l0 = leftEdge[0];
    const r0 = rightEdge[0];
    if (l0 && r0) {
      const water = f.night ? mix(f.water, PALETTE.plum.deep, 0.3) : f.water;
      out += `<path d="M${n(l0[0])} ${n(l0[1])}${smoothThrough(leftEdge)}L${n(r0[0])} ${n(r0[1])}${smoothThrough(rightEdge)}Z" fill="${water}"/>`;
      out += `<path d="M${n(l0[0])} ${n(l0[1])}${smoothThrough(leftEdge)}" fill="none" stroke="${lighten(water, 0.5)}" stroke-width="4" opacity="0.7"/>`;
      centre.slice(3, -1).forEach(([x, y], i) => {
        const w = half((i + 3) / steps) * 0.45;
        out += `<path d="M${n(x - w)} ${n(y)}q${n(w / 2)} -9 ${n(w)} 0" fill="none" stroke="${lighten(water, 0.45)}" stroke-width="4" stroke-linecap="round" opacity="0.8"/>`;
      });
    }
  }
  return out;
}

function wavesSvg(f: SceneFeatures, W: number, H: number): string {
  const rng = createRng(f.seed);
  const horizon = H * rng.range(0.45, 0.58);
  const sunX = W * rng.range(0.2, 0.8);
  const sunR = H * rng.range(0.12, 0.18);
  let out = `<rect width="${W}" height="${H}" fill="${f.sky}"/>`;
  out += sunSvg(f, sunX, horizon - sunR * rng.range(0.1, 0.6), sunR);
  if (!f.night && rng.chance(0.5)) out += cloudsSvg(rng, W, H, CREAM);
  // Bands shade from a light sea colour to a deep one, with one accent band for warmth.
  const start = rng.pick([PALETTE.dustyBlue.light, PALETTE.sage.light, mix(PALETTE.dustyBlue.light, f.sky, 0.4)]);
  const end = rng.pick([PALETTE.dustyBlue.deep, mix(PALETTE.dustyBlue.deep, PALETTE.plum.deep, 0.5), PALETTE.sage.deep]);
  const bands = rng.int(5, 7);
  const accentBand = rng.int(1, bands - 2);
  const accent = rng.pick([PALETTE.sage.mid, PALETTE.ochre.mid, PALETTE.terracotta.mid, PALETTE.sand.mid]);
  const period = W / rng.range(2.2, 4.5);
  for (let i = 0; i < bands; i++) {
    const y = horizon + (i / bands) * (H - horizon) * 1.05;
    const amp = 6 + i * rng.range(3, 6);
    const p = period * rng.range(0.85, 1.15);
    const phase = rng.range(0, p);
    const pts: Point[] = [];
    for (let x = -p; x <= W + p * 2; x += p / 4) {
      pts.push([x + phase - p, y + Math.sin((x / p) * Math.PI * 2) * amp]);
    }
    let colour = i === accentBand ? mix(accent, mix(start, end, i / (bands - 1)), 0.35) : mix(start, end, i / (bands - 1));
    if (f.night) colour = mix(colour, PALETTE.plum.deep, 0.35);
    const first = pts[0];
    out += `<path d="${hillPath(pts, W, H)}" fill="${colour}"/>`;
    if (first) {
      out += `<path d="M${n(first[0])} ${n(first[1])}${smoothThrough(pts)}" fill="none" stroke="${lighten(colour, 0.35)}" stroke-width="3" opacity="0.6"/>`;
    }
    // Sun glints on the nearer bands, below the sun.
    if (i >= 1 && i <= 3 && !f.night) {
      const gw = sunR * (1.2 - i * 0.2);
      out += `<rect x="${n(sunX - gw / 2)}" y="${n(y + amp + 10)}" width="${n(gw)}" height="5" rx="2.5" fill="${f.sunColour}" opacity="0.55"/>`;
    }
  }
  return out;
}

/**
 * A bundle of parallel pipes that runs in from one side and bends down through a quarter
 * turn; every pipe shares the bend's centre so the bundle stays parallel.
 */
function pipeBundle(
  ax: number,
  ay: number,
  radius: number,
  fromLeft: boolean,
  colours: readonly string[],
  width: number,
  gap: number,
  H: number,
  W: number,
  flangeAt: number,
): string {
  let out = '';
  const count = colours.length;
  for (let i = 0; i < count; i++) {
    const r = radius + i * (width + gap);
    const colour = colours[i] ?? INK;
    const x0 = fromLeft ? -20 : W + 20;
    const xEnd = fromLeft ? ax + r : ax - r;
    const d = `M${n(x0)} ${n(ay - r)}H${n(ax)}A${n(r)} ${n(r)} 0 0 ${fromLeft ? 1 : 0} ${n(xEnd)} ${n(ay)}V${n(H + 20)}`;
    out += `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${n(width)}"/>`;
    // Highlight along the upper/outer side of the pipe.
    const hr = r + width * 0.22;
    const hd = `M${n(x0)} ${n(ay - hr)}H${n(ax)}A${n(hr)} ${n(hr)} 0 0 ${fromLeft ? 1 : 0} ${n(fromLeft ? ax + hr : ax - hr)} ${n(ay)}V${n(H + 20)}`;
    out += `<path d="${hd}" fill="none" stroke="${lighten(colour, 0.28)}" stroke-width="${n(width * 0.14)}" opacity="0.8"/>`;
  }
  // A flange band across the horizontal run and another across the vertical run.
  const inner = radius - width / 2 - 8;
  const outer = radius + (count - 1) * (width + gap) + width / 2 + 8;
  const flangeColour = darken(colours[0] ?? INK, 0.3);
  for (let i = 0; i < count; i++) {
    const r = radius + i * (width + gap);
    out += `<rect x="${n(flangeAt - 9)}" y="${n(ay - r - width / 2 - 7)}" width="18" height="${n(width + 14)}" rx="4" fill="${flangeColour}" opacity="0.85"/>`;
    const vx = fromLeft ? ax + r : ax - r;
    out += `<rect x="${n(vx - width / 2 - 7)}" y="${n(ay + (outer - inner) * 0.5 + 40)}" width="${n(width + 14)}" height="18" rx="4" fill="${flangeColour}" opacity="0.85"/>`;
  }
  return out;
}

function pipesSvg(f: SceneFeatures, W: number, H: number): string {
  const rng = createRng(f.seed);
  let out = `<rect width="${W}" height="${H}" fill="${f.sky}"/>`;
  const fromLeft = rng.chance(0.5);
  out += sunSvg(f, fromLeft ? W * rng.range(0.12, 0.3) : W * rng.range(0.7, 0.88), H * rng.range(0.62, 0.7), H * 0.16);
  const count = rng.int(3, 4);
  const width = H * rng.range(0.045, 0.06);
  const gap = width * rng.range(0.25, 0.45);
  const palette = [f.layers[2], f.accent, f.layers[4], f.layers[3], f.layers[1]].filter((c): c is string => !!c);
  // Secondary bundle behind: comes in from the other side, lower, and turns down.
  const colours2 = palette.slice(1, 1 + rng.int(2, 3)).map((c) => mix(c, f.sky, 0.35));
  const ax2 = fromLeft ? W * rng.range(0.2, 0.32) : W * rng.range(0.68, 0.8);
  out += pipeBundle(ax2, H * rng.range(0.62, 0.7), H * 0.1, !fromLeft, colours2, width * 0.8, gap, H, W, fromLeft ? W * 0.6 : W * 0.4);
  // Main bundle.
  const colours = palette.slice(0, count);
  const ax = fromLeft ? W * rng.range(0.55, 0.68) : W * rng.range(0.32, 0.45);
  out += pipeBundle(ax, H * rng.range(0.42, 0.5), H * rng.range(0.1, 0.16), fromLeft, colours, width, gap, H, W, fromLeft ? ax * 0.45 : ax + (W - ax) * 0.55);
  // Water along the bottom, over the pipe ends.
  const waterY = H * rng.range(0.82, 0.88);
  const waves = Array.from({ length: 16 }, () => `q${n(W / 32)} -12 ${n(W / 16)} 0`).join('');
  out += `<path d="M0 ${n(waterY)}${waves}V${H}H0Z" fill="${f.water}"/>`;
  out += `<path d="M0 ${n(waterY + 34)}${waves}" fill="none" stroke="${lighten(f.water, 0.4)}" stroke-width="4" opacity="0.8"/>`;
  return out;
}

function geometricSvg(f: SceneFeatures, W: number, H: number): string {
  const rng = createRng(f.seed);
  const rows = 4;
  const cell = H / rows;
  const cols = Math.ceil(W / cell);
  // Centre the grid so any partial columns bleed evenly off both edges.
  const x0 = (W - cols * cell) / 2;
  const colours = [...f.layers, f.accent, f.sunColour, f.water, f.sky];
  let out = `<rect width="${W}" height="${H}" fill="${f.sky}"/>`;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = x0 + c * cell;
      const y = r * cell;
      const bg = rng.chance(0.45) ? f.sky : rng.pick(colours);
      const fg = rng.pick(colours.filter((col) => col !== bg));
      out += `<rect x="${n(x)}" y="${n(y)}" width="${n(cell + 1)}" height="${n(cell + 1)}" fill="${bg}"/>`;
      const shape = rng.weighted([
        ['quarter', 3],
        ['half', 3],
        ['circle', 2],
        ['rings', 1],
        ['waves', 1.5],
        ['diamond', 1],
        ['none', 1.5],
      ] as const);
      switch (shape) {
        case 'quarter': {
          const corner = rng.int(0, 3);
          const ox = corner % 2 === 0 ? x : x + cell;
          const oy = corner < 2 ? y : y + cell;
          const sx = corner % 2 === 0 ? 1 : -1;
          const sy = corner < 2 ? 1 : -1;
          out += `<path d="M${n(ox)} ${n(oy)}h${n(sx * cell)}A${n(cell)} ${n(cell)} 0 0 ${sx * sy > 0 ? 1 : 0} ${n(ox)} ${n(oy + sy * cell)}Z" fill="${fg}"/>`;
          break;
        }
        case 'half': {
          const side = rng.int(0, 3);
          const h = cell / 2;
          const paths = [
            `M${n(x)} ${n(y + cell)}A${n(h)} ${n(h)} 0 0 1 ${n(x + cell)} ${n(y + cell)}Z`,
            `M${n(x)} ${n(y)}A${n(h)} ${n(h)} 0 0 0 ${n(x + cell)} ${n(y)}Z`,
            `M${n(x)} ${n(y)}A${n(h)} ${n(h)} 0 0 1 ${n(x)} ${n(y + cell)}Z`,
            `M${n(x + cell)} ${n(y)}A${n(h)} ${n(h)} 0 0 0 ${n(x + cell)} ${n(y + cell)}Z`,
          ];
          out += `<path d="${paths[side] ?? paths[0]}" fill="${fg}"/>`;
          break;
        }
        case 'circle':
          out += `<circle cx="${n(x + cell / 2)}" cy="${n(y + cell / 2)}" r="${n(cell * rng.range(0.28, 0.42))}" fill="${fg}"/>`;
          break;
        case 'rings':
          for (let k = 3; k >= 1; k--) {
            out += `<circle cx="${n(x + cell / 2)}" cy="${n(y + cell / 2)}" r="${n((cell * 0.42 * k) / 3)}" fill="${k % 2 === 1 ? fg : bg}"/>`;
          }
          break;
        case 'waves':
          for (let k = 1; k <= 3; k++) {
            const wy = y + (cell * k) / 4;
            out += `<path d="M${n(x + cell * 0.1)} ${n(wy)}q${n(cell * 0.1)} ${n(-cell * 0.08)} ${n(cell * 0.2)} 0t${n(cell * 0.2)} 0t${n(cell * 0.2)} 0t${n(cell * 0.2)} 0" fill="none" stroke="${fg}" stroke-width="${n(cell * 0.045)}" stroke-linecap="round"/>`;
          }
          break;
        case 'diamond':
          out += `<path d="M${n(x + cell / 2)} ${n(y + cell * 0.12)}L${n(x + cell * 0.88)} ${n(y + cell / 2)}L${n(x + cell / 2)} ${n(y + cell * 0.88)}L${n(x + cell * 0.12)} ${n(y + cell / 2)}Z" fill="${fg}"/>`;
          break;
        case 'none':
          break;
      }
    }
  }
  return out;
}

/** Draws the full scene SVG at the given size from chosen features. */
export function drawScene(f: SceneFeatures, width: number, height: number): string {
  let body: string;
  switch (f.composition) {
    case 'landscape':
      body = landscapeSvg(f, width, height, false);
      break;
    case 'river':
      body = landscapeSvg(f, width, height, true);
      break;
    case 'waves':
      body = wavesSvg(f, width, height);
      break;
    case 'pipes':
      body = pipesSvg(f, width, height);
      break;
    case 'geometric':
      body = geometricSvg(f, width, height);
      break;
  }
  body += `<rect width="${width}" height="${height}" filter="url(#grain)"/>`;
  return svgDocument(width, height, body, grainDefs('grain', f.seed, 0.4));
}
