/** Draws an example portrait (a flat 640x800 illustration of a head and shoulders) as SVG. */
import { PORTRAIT_SIZE, type PortraitFeatures } from './choosePortraitFeatures.ts';
import { createRng } from './createRng.ts';
import { INK, PALETTE, darken, lighten, luminance, mix } from './mixColours.ts';
import { grainDefs, n, smoothClosed, svgDocument, type Point } from './drawSvg.ts';

const FIGURE_SCALE = 1.2;
const FIGURE_ORIGIN_Y = 640;

interface HeadGeometry {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  top: number;
  left: number;
  right: number;
  chin: number;
  eyeY: number;
}

function headGeometry(f: PortraitFeatures): HeadGeometry {
  const cx = PORTRAIT_SIZE.width / 2;
  const { headRx: rx, headRy: ry, headCy: cy } = f;
  return { cx, cy, rx, ry, top: cy - ry, left: cx - rx, right: cx + rx, chin: cy + ry, eyeY: cy + ry * 0.05 };
}

/** Egg-shaped head: full cheeks, softer narrower chin. */
function headPath(g: HeadGeometry): string {
  const { cx, cy, rx, ry } = g;
  return (
    `M${n(cx - rx)} ${n(cy - ry * 0.05)}` +
    `C${n(cx - rx)} ${n(cy - ry * 0.72)} ${n(cx - rx * 0.56)} ${n(cy - ry)} ${n(cx)} ${n(cy - ry)}` +
    `C${n(cx + rx * 0.56)} ${n(cy - ry)} ${n(cx + rx)} ${n(cy - ry * 0.72)} ${n(cx + rx)} ${n(cy - ry * 0.05)}` +
    `C${n(cx + rx)} ${n(cy + ry * 0.5)} ${n(cx + rx * 0.52)} ${n(cy + ry)} ${n(cx)} ${n(cy + ry)}` +
    `C${n(cx - rx * 0.52)} ${n(cy + ry)} ${n(cx - rx)} ${n(cy + ry * 0.5)} ${n(cx - rx)} ${n(cy - ry * 0.05)}Z`
  );
}

/** Design-space y (inside the scaled figure group) to canvas y. */
const toCanvasY = (y: number): number => FIGURE_ORIGIN_Y + (y - FIGURE_ORIGIN_Y) * FIGURE_SCALE;

function backdropSvg(f: PortraitFeatures, g: HeadGeometry): string {
  const { width: W, height: H } = PORTRAIT_SIZE;
  const c = f.backdropColour;
  const hy = toCanvasY(g.cy);
  const headTop = toCanvasY(g.top);
  switch (f.backdrop) {
    case 'circle':
      return `<circle cx="${n(g.cx)}" cy="${n(hy + 60)}" r="255" fill="${c}"/>`;
    case 'arch':
      return `<path d="M70 ${H}V${n(hy + 50)}A250 250 0 0 1 570 ${n(hy + 50)}V${H}Z" fill="${c}"/>`;
    case 'split':
      return `<path d="M0 ${n(H * 0.6)}L${W} ${n(H * 0.42)}V${H}H0Z" fill="${c}"/>`;
    case 'sun':
      return (
        `<circle cx="${n(g.cx + 175)}" cy="${n(headTop + 30)}" r="105" fill="${c}"/>` +
        `<circle cx="${n(g.cx + 175)}" cy="${n(headTop + 30)}" r="148" fill="none" stroke="${c}" stroke-width="6" opacity="0.7"/>`
      );
    case 'plain':
      return `<rect y="${n(H * 0.72)}" width="${W}" height="${n(H * 0.28)}" fill="${c}" opacity="0.6"/>`;
  }
}

/** Hair drawn behind the head (long hair, bob, curls, buns). */
function hairBackSvg(f: PortraitFeatures, g: HeadGeometry): string {
  const { cx, cy, rx, ry, top } = g;
  const c = f.hairColour;
  const dark = darken(c, 0.18);
  switch (f.hairStyle) {
    case 'long': {
      const w = rx + 34;
      const bottom = cy + ry + 150;
      return (
        `<path d="M${n(cx - w)} ${n(cy)}C${n(cx - w - 6)} ${n(top - 30)} ${n(cx + w + 6)} ${n(top - 30)} ${n(cx + w)} ${n(cy)}` +
        `C${n(cx + w + 8)} ${n(cy + 120)} ${n(cx + w + 20)} ${n(bottom - 40)} ${n(cx + w - 4)} ${n(bottom)}` +
        `L${n(cx - w + 4)} ${n(bottom)}C${n(cx - w - 20)} ${n(bottom - 40)} ${n(cx - w - 8)} ${n(cy + 120)} ${n(cx - w)} ${n(cy)}Z" fill="${c}"/>` +
        `<path d="M${n(cx - w + 26)} ${n(cy + 40)}C${n(cx - w + 20)} ${n(cy + 130)} ${n(cx - w + 30)} ${n(bottom - 60)} ${n(cx - w + 40)} ${n(bottom - 10)}" fill="none" stroke="${dark}" stroke-width="5" stroke-linecap="round" opacity="0.5"/>`
      );
    }
    case 'bob': {
      const w = rx + 28;
      const bottom = cy + ry * 0.62;
      return `<path d="M${n(cx - w)} ${n(cy)}C${n(cx - w)} ${n(top - 36)} ${n(cx + w)} ${n(top - 36)} ${n(cx + w)} ${n(cy)}L${n(cx + w + 6)} ${n(bottom)}Q${n(cx + w - 10)} ${n(bottom + 22)} ${n(cx + rx * 0.6)} ${n(bottom + 10)}L${n(cx - rx * 0.6)} ${n(bottom + 10)}Q${n(cx - w + 10)} ${n(bottom + 22)} ${n(cx - w - 6)} ${n(bottom)}Z" fill="${c}"/>`;
    }
    case 'bun': {
      const bunR = rx * 0.48;
      return (
        `<circle cx="${n(cx + rx * 0.1)}" cy="${n(top - bunR * 0.55)}" r="${n(bunR)}" fill="${c}"/>` +
        `<path d="M${n(cx + rx * 0.1 - bunR * 0.6)} ${n(top - bunR * 0.7)}q${n(bunR * 0.5)} ${n(-bunR * 0.45)} ${n(bunR * 1.1)} ${n(-bunR * 0.1)}" fill="none" stroke="${dark}" stroke-width="5" stroke-linecap="round" opacity="0.55"/>`
      );
    }
    case 'curly': {
      // A cloud of overlapping circles around the crown, falling to the jaw.
      const rng = createRng(`curls:${f.grainSeed}`);
      let out = `<ellipse cx="${n(cx)}" cy="${n(cy - 10)}" rx="${n(rx + 40)}" ry="${n(ry + 28)}" fill="${c}"/>`;
      for (let i = 0; i <= 16; i++) {
        const a = Math.PI * (0.85 + (i / 16) * 1.3);
        const r = rng.range(34, 46);
        const x = cx + Math.cos(a) * (rx + 40);
        const y = cy - 10 + Math.sin(a) * (ry + 28);
        out += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${c}"/>`;
      }
      return out;
    }
    case 'coils': {
      // Rounded, full natural hair: one soft rounded shape with a scalloped edge.
      const pts: Point[] = [];
      const count = 22;
      for (let i = 0; i < count; i++) {
        const a = (i / count) * Math.PI * 2;
        const bump = i % 2 === 0 ? 1 : 0.93;
        pts.push([cx + Math.cos(a) * (rx + 52) * bump, cy - 30 + Math.sin(a) * (ry + 30) * bump]);
      }
      return `<path d="${smoothClosed(pts)}" fill="${c}"/>`;
    }
    default:
      return '';
  }
}

/** Closed smooth hair shape through head-relative points: x = cx + u*rx, y = cy + v*ry. */
function hairBlob(g: HeadGeometry, uv: ReadonlyArray<readonly [number, number]>, fill: string): string {
  return `<path d="${smoothClosed(uv.map(([u, v]) => [g.cx + u * g.rx, g.cy + v * g.ry] as const))}" fill="${fill}"/>`;
}

/** Hair drawn over the head: hairline, fringe, caps. */
function hairFrontSvg(f: PortraitFeatures, g: HeadGeometry): string {
  const { cx, cy, rx, ry, top, left, right } = g;
  const c = f.hairColour;
  const hi = lighten(c, 0.16);
  const sheen = (d: string, width = 6): string => `<path d="${d}" fill="none" stroke="${hi}" stroke-width="${width}" stroke-linecap="round" opacity="0.55"/>`;
  switch (f.hairStyle) {
    case 'short':
      return (
        hairBlob(
          g,
          [
            [-1.04, 0],
            [-1.1, -0.45],
            [-0.85, -0.92],
            [-0.3, -1.16],
            [0.35, -1.13],
            [0.86, -0.9],
            [1.09, -0.45],
            [1.04, 0],
            [0.94, -0.38],
            [0.62, -0.6],
            [0.1, -0.68],
            [-0.45, -0.5],
            [-0.86, -0.38],
            [-0.97, -0.12],
          ],
          c,
        ) + sheen(`M${n(cx - rx * 0.3)} ${n(top - 8)}q${n(rx * 0.4)} -10 ${n(rx * 0.8)} 8`)
      );
    case 'crop':
      return hairBlob(
        g,
        [
          [-1.02, -0.12],
          [-1.03, -0.6],
          [-0.72, -1.0],
          [0, -1.09],
          [0.72, -1.0],
          [1.03, -0.6],
          [1.02, -0.12],
          [0.9, -0.46],
          [0.5, -0.7],
          [0, -0.75],
          [-0.5, -0.7],
          [-0.9, -0.46],
        ],
        c,
      );
    case 'quiff':
      return (
        hairBlob(
          g,
          [
            [-1.04, -0.08],
            [-1.08, -0.6],
            [-0.82, -1.12],
            [-0.3, -1.4],
            [0.38, -1.36],
            [0.86, -1.1],
            [1.08, -0.6],
            [1.04, -0.08],
            [0.93, -0.45],
            [0.6, -0.7],
            [0.1, -0.73],
            [-0.5, -0.68],
            [-0.9, -0.45],
          ],
          c,
        ) + sheen(`M${n(cx - rx * 0.5)} ${n(cy - ry * 1.2)}q${n(rx * 0.45)} ${n(-ry * 0.2)} ${n(rx * 0.95)} ${n(-ry * 0.08)}`)
      );
    case 'bun':
      return (
        hairBlob(
          g,
          [
            [-1.03, -0.02],
            [-1.06, -0.6],
            [-0.66, -1.06],
            [0, -1.12],
            [0.66, -1.06],
            [1.06, -0.6],
            [1.03, -0.02],
            [0.9, -0.42],
            [0.5, -0.66],
            [0, -0.73],
            [-0.5, -0.66],
            [-0.9, -0.42],
          ],
          c,
        ) +
        `<path d="M${n(cx)} ${n(cy - ry * 0.72)}Q${n(cx - rx * 0.08)} ${n(cy - ry * 0.92)} ${n(cx - rx * 0.02)} ${n(cy - ry * 1.1)}" fill="none" stroke="${darken(c, 0.25)}" stroke-width="4" stroke-linecap="round" opacity="0.6"/>`
      );
    case 'coils':
      return hairBlob(
        g,
        [
          [-1.05, -0.1],
          [-1.12, -0.7],
          [-0.62, -1.16],
          [0, -1.22],
          [0.62, -1.16],
          [1.12, -0.7],
          [1.05, -0.1],
          [0.92, -0.46],
          [0.5, -0.64],
          [0, -0.68],
          [-0.5, -0.64],
          [-0.92, -0.46],
        ],
        c,
      );
    case 'long':
    case 'bob': {
      // Centre or side parting with the hair framing the face.
      const part = f.hairStyle === 'bob' ? cx - rx * 0.25 : cx + rx * 0.12;
      const sideBottom = f.hairStyle === 'bob' ? cy + ry * 0.62 : cy + ry * 0.85;
      return (
        `<path d="M${n(part)} ${n(top + 6)}C${n(cx - rx * 0.6)} ${n(top + ry * 0.1)} ${n(left + 6)} ${n(top + ry * 0.45)} ${n(left + 12)} ${n(sideBottom)}` +
        `L${n(left - 22)} ${n(sideBottom)}C${n(left - 30)} ${n(cy - ry * 0.2)} ${n(left - 10)} ${n(top - 10)} ${n(part)} ${n(top - 20)}Z" fill="${c}"/>` +
        `<path d="M${n(part)} ${n(top + 6)}C${n(cx + rx * 0.5)} ${n(top + ry * 0.05)} ${n(right - 4)} ${n(top + ry * 0.35)} ${n(right - 8)} ${n(sideBottom)}` +
        `L${n(right + 22)} ${n(sideBottom)}C${n(right + 30)} ${n(cy - ry * 0.2)} ${n(right + 10)} ${n(top - 10)} ${n(part)} ${n(top - 20)}Z" fill="${c}"/>` +
        `<path d="M${n(part - 4)} ${n(top - 8)}C${n(cx - rx * 0.5)} ${n(top + 2)} ${n(left + 4)} ${n(top + ry * 0.3)} ${n(left - 4)} ${n(cy)}" fill="none" stroke="${hi}" stroke-width="5" stroke-linecap="round" opacity="0.55"/>`
      );
    }
    case 'curly': {
      const rng = createRng(`fringe:${f.grainSeed}`);
      let out = '';
      for (let i = 0; i < 7; i++) {
        const t = i / 6;
        const x = left + 10 + t * (rx * 2 - 20);
        const y = top + ry * 0.2 + Math.pow(Math.abs(t - 0.5) * 2, 2) * ry * 0.28 + rng.range(-4, 4);
        out += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(rng.range(26, 32))}" fill="${c}"/>`;
      }
      return out;
    }
    case 'bald':
      return `<path d="M${n(cx - rx * 0.45)} ${n(top + 22)}q${n(rx * 0.35)} ${n(-14)} ${n(rx * 0.7)} ${n(-4)}" fill="none" stroke="${lighten(f.skin.base, 0.35)}" stroke-width="8" stroke-linecap="round" opacity="0.6"/>`;
    case 'headscarf':
      return '';
  }
}

function clothingSvg(f: PortraitFeatures, g: HeadGeometry, shoulderY: number, neckW: number): string {
  const { width: W, height: H } = PORTRAIT_SIZE;
  const cx = W / 2;
  const sw = f.shoulderWidth;
  const body =
    `M${n(cx - sw - 30)} ${H}` +
    `C${n(cx - sw - 12)} ${n(shoulderY + 150)} ${n(cx - sw + 2)} ${n(shoulderY + 50)} ${n(cx - sw * 0.62)} ${n(shoulderY + 16)}` +
    `Q${n(cx - sw * 0.32)} ${n(shoulderY - 4)} ${n(cx - neckW - 10)} ${n(shoulderY - 10)}` +
    `L${n(cx + neckW + 10)} ${n(shoulderY - 10)}` +
    `Q${n(cx + sw * 0.32)} ${n(shoulderY - 4)} ${n(cx + sw * 0.62)} ${n(shoulderY + 16)}` +
    `C${n(cx + sw - 2)} ${n(shoulderY + 50)} ${n(cx + sw + 12)} ${n(shoulderY + 150)} ${n(cx + sw + 30)} ${H}Z`;
  const c = f.clothing;
  const deep = darken(c, 0.22);
  const skinNeck = f.skin.shade;
  let out = `<path d="${body}" fill="${c}"/>`;
  // Soft fold shadow on the right-hand side of the torso.
  out += `<path d="M${n(cx + sw * 0.55)} ${n(shoulderY + 40)}C${n(cx + sw * 0.5)} ${n(shoulderY + 120)} ${n(cx + sw * 0.52)} ${n(H - 60)} ${n(cx + sw * 0.6)} ${H}L${n(cx + sw + 30)} ${H}C${n(cx + sw + 12)} ${n(shoulderY + 150)} ${n(cx + sw)} ${n(shoulderY + 60)} ${n(cx + sw * 0.62)} ${n(shoulderY + 16)}Z" fill="${deep}" opacity="0.35"/>`;
  const top = shoulderY - 10;
  switch (f.clothingStyle) {
    case 'crew':
      out +=
        `<path d="M${n(cx - neckW - 10)} ${n(top)}Q${n(cx)} ${n(top + 58)} ${n(cx + neckW + 10)} ${n(top)}Z" fill="${skinNeck}"/>` +
        `<path d="M${n(cx - neckW - 10)} ${n(top)}Q${n(cx)} ${n(top + 58)} ${n(cx + neckW + 10)} ${n(top)}" fill="none" stroke="${deep}" stroke-width="9" stroke-linecap="round"/>`;
      break;
    case 'vneck':
      out +=
        `<path d="M${n(cx - neckW - 10)} ${n(top)}L${n(cx)} ${n(top + 82)}L${n(cx + neckW + 10)} ${n(top)}Z" fill="${skinNeck}"/>` +
        `<path d="M${n(cx - neckW - 10)} ${n(top)}L${n(cx)} ${n(top + 82)}L${n(cx + neckW + 10)} ${n(top)}" fill="none" stroke="${deep}" stroke-width="8" stroke-linejoin="round" stroke-linecap="round"/>`;
      break;
    case 'shirt': {
      const collar = f.clothingAccent;
      out +=
        `<path d="M${n(cx - neckW - 6)} ${n(top)}L${n(cx)} ${n(top + 70)}L${n(cx + neckW + 6)} ${n(top)}Z" fill="${skinNeck}"/>` +
        `<path d="M${n(cx - neckW - 12)} ${n(top - 16)}L${n(cx - 4)} ${n(top + 72)}L${n(cx - neckW - 38)} ${n(top + 52)}L${n(cx - neckW - 26)} ${n(top - 4)}Z" fill="${collar}" stroke="${darken(collar, 0.15)}" stroke-width="3" stroke-linejoin="round"/>` +
        `<path d="M${n(cx + neckW + 12)} ${n(top - 16)}L${n(cx + 4)} ${n(top + 72)}L${n(cx + neckW + 38)} ${n(top + 52)}L${n(cx + neckW + 26)} ${n(top - 4)}Z" fill="${collar}" stroke="${darken(collar, 0.15)}" stroke-width="3" stroke-linejoin="round"/>` +
        `<path d="M${n(cx)} ${n(top + 80)}V${H}" stroke="${deep}" stroke-width="4" opacity="0.6"/>` +
        `<circle cx="${n(cx + 8)}" cy="${n(top + 120)}" r="5" fill="${deep}" opacity="0.7"/><circle cx="${n(cx + 8)}" cy="${n(top + 180)}" r="5" fill="${deep}" opacity="0.7"/>`;
      break;
    }
    case 'turtleneck': {
      const t0 = g.chin - 4;
      out +=
        `<path d="M${n(cx - neckW - 6)} ${n(top + 8)}V${n(t0 + 14)}Q${n(cx)} ${n(t0 - 2)} ${n(cx + neckW + 6)} ${n(t0 + 14)}V${n(top + 8)}Z" fill="${c}"/>` +
        `<path d="M${n(cx - neckW - 2)} ${n(t0 + 34)}Q${n(cx)} ${n(t0 + 22)} ${n(cx + neckW + 2)} ${n(t0 + 34)}M${n(cx - neckW - 2)} ${n(t0 + 58)}Q${n(cx)} ${n(t0 + 46)} ${n(cx + neckW + 2)} ${n(t0 + 58)}" fill="none" stroke="${deep}" stroke-width="4" stroke-linecap="round" opacity="0.55"/>`;
      break;
    }
    case 'blazer': {
      const shirt = f.clothingAccent;
      const lapel = darken(c, 0.14);
      out +=
        `<path d="M${n(cx - neckW - 16)} ${n(top)}L${n(cx)} ${n(top + 190)}L${n(cx + neckW + 16)} ${n(top)}Z" fill="${shirt}"/>` +
        `<path d="M${n(cx - neckW - 4)} ${n(top)}Q${n(cx)} ${n(top + 48)} ${n(cx + neckW + 4)} ${n(top)}Z" fill="${skinNeck}"/>` +
        `<path d="M${n(cx - neckW - 16)} ${n(top - 2)}L${n(cx - 6)} ${n(top + 196)}L${n(cx - 72)} ${n(top + 96)}L${n(cx - neckW - 40)} ${n(top + 70)}L${n(cx - neckW - 34)} ${n(top + 6)}Z" fill="${lapel}"/>` +
        `<path d="M${n(cx + neckW + 16)} ${n(top - 2)}L${n(cx + 6)} ${n(top + 196)}L${n(cx + 72)} ${n(top + 96)}L${n(cx + neckW + 40)} ${n(top + 70)}L${n(cx + neckW + 34)} ${n(top + 6)}Z" fill="${lapel}"/>`;
      break;
    }
  }
  return out;
}

function eyesSvg(f: PortraitFeatures, g: HeadGeometry): string {
  const { cx, eyeY } = g;
  const dx = g.rx * 0.42;
  const line = f.skin.line;
  const ink = luminance(f.skin.base) < 0.12 ? '#140B09' : mix(INK, f.skin.line, 0.2);
  let out = '';
  for (const side of [-1, 1]) {
    const x = cx + side * dx;
    switch (f.eyes) {
      case 'closed':
        out += `<path d="M${n(x - 13)} ${n(eyeY)}q13 11 26 0" fill="none" stroke="${ink}" stroke-width="5" stroke-linecap="round"/>`;
        break;
      case 'lashes':
        out +=
          `<path d="M${n(x - 13)} ${n(eyeY)}q13 11 26 0" fill="none" stroke="${ink}" stroke-width="5" stroke-linecap="round"/>` +
          `<path d="M${n(x + side * 13)} ${n(eyeY)}l${n(side * 6)} -5" stroke="${ink}" stroke-width="3.5" stroke-linecap="round"/>`;
        break;
      case 'dots':
        out += `<circle cx="${n(x)}" cy="${n(eyeY + 2)}" r="7" fill="${ink}"/>`;
        break;
    }
    if (f.brows) {
      const browColour = f.hairStyle === 'bald' || f.hairStyle === 'headscarf' ? line : darken(f.hairColour, 0.1);
      out += `<path d="M${n(x - 16)} ${n(eyeY - 26)}q16 -9 32 ${side === -1 ? 1 : -1}" fill="none" stroke="${browColour}" stroke-width="5.5" stroke-linecap="round" opacity="0.9"/>`;
    }
    // Cheek blush.
    out += `<ellipse cx="${n(cx + side * g.rx * 0.58)}" cy="${n(eyeY + 40)}" rx="19" ry="11" fill="${f.skin.blush}" opacity="0.45"/>`;
  }
  return out;
}

function glassesSvg(f: PortraitFeatures, g: HeadGeometry): string {
  if (f.glasses === 'none') return '';
  const { cx, eyeY } = g;
  const dx = g.rx * 0.42;
  const c = f.glassesColour;
  const lens = (x: number): string =>
    f.glasses === 'round' ? `<circle cx="${n(x)}" cy="${n(eyeY + 2)}" r="25"/>` : `<rect x="${n(x - 27)}" y="${n(eyeY - 19)}" width="54" height="40" rx="10"/>`;
  return (
    `<g fill="#FFFFFF" fill-opacity="0.14" stroke="${c}" stroke-width="5">${lens(cx - dx)}${lens(cx + dx)}</g>` +
    `<path d="M${n(cx - dx + 25)} ${n(eyeY)}q${n(dx - 25)} -9 ${n((dx - 25) * 2)} 0M${n(cx - dx - 25)} ${n(eyeY - 2)}L${n(g.left + 2)} ${n(eyeY - 8)}M${n(cx + dx + 25)} ${n(eyeY - 2)}L${n(g.right - 2)} ${n(eyeY - 8)}" fill="none" stroke="${c}" stroke-width="5" stroke-linecap="round"/>`
  );
}

function noseMouthSvg(f: PortraitFeatures, g: HeadGeometry): string {
  const { cx, eyeY } = g;
  const line = f.skin.line;
  const noseY = eyeY + 42;
  const mouthY = eyeY + 72;
  let out = `<path d="M${n(cx + 3)} ${n(eyeY + 12)}q9 ${n(noseY - eyeY - 14)} -6 ${n(noseY - eyeY - 8)}" fill="none" stroke="${f.skin.shade}" stroke-width="5" stroke-linecap="round"/>`;
  const lip = mix(f.skin.base, '#8A2F2A', 0.5);
  switch (f.mouth) {
    case 'smile':
      out += `<path d="M${n(cx - 20)} ${n(mouthY)}q20 15 40 0" fill="none" stroke="${line}" stroke-width="4.5" stroke-linecap="round"/>`;
      break;
    case 'grin':
      {
        // Open smile: a dark D shape with a band of teeth along its top edge.
        const mouth = `M${n(cx - 22)} ${n(mouthY - 3)}q22 3 44 0q-4 23 -22 23q-18 0 -22 -23Z`;
        out +=
          `<clipPath id="mouth"><path d="${mouth}"/></clipPath>` +
          `<path d="${mouth}" fill="${mix(lip, '#3A1512', 0.45)}"/>` +
          `<g clip-path="url(#mouth)"><rect x="${n(cx - 24)}" y="${n(mouthY - 6)}" width="48" height="10" fill="#FBF3EA"/>` +
          `<ellipse cx="${n(cx)}" cy="${n(mouthY + 21)}" rx="13" ry="8" fill="${mix(lip, '#E0786A', 0.35)}"/></g>`;
      }
      break;
    case 'soft':
      out += `<path d="M${n(cx - 14)} ${n(mouthY + 2)}q14 8 28 0" fill="none" stroke="${lip}" stroke-width="6" stroke-linecap="round"/>`;
      break;
  }
  return out;
}

function facialHairSvg(f: PortraitFeatures, g: HeadGeometry): string {
  const { cx, cy, rx, ry, eyeY } = g;
  const c = f.hairColour;
  const mouthY = eyeY + 72;
  switch (f.facialHair) {
    case 'none':
      return '';
    case 'beard':
      return (
        // Sideburns down the jaw to a full chin, with the upper edge sweeping under the cheeks.
        `<path d="M${n(cx - rx + 1)} ${n(cy + ry * 0.14)}C${n(cx - rx + 3)} ${n(cy + ry * 0.8)} ${n(cx - rx * 0.5)} ${n(cy + ry + 20)} ${n(cx)} ${n(cy + ry + 20)}` +
        `C${n(cx + rx * 0.5)} ${n(cy + ry + 20)} ${n(cx + rx - 3)} ${n(cy + ry * 0.8)} ${n(cx + rx - 1)} ${n(cy + ry * 0.14)}` +
        `C${n(cx + rx * 0.86)} ${n(cy + ry * 0.58)} ${n(cx + rx * 0.42)} ${n(mouthY - 16)} ${n(cx)} ${n(mouthY - 16)}` +
        `C${n(cx - rx * 0.42)} ${n(mouthY - 16)} ${n(cx - rx * 0.86)} ${n(cy + ry * 0.58)} ${n(cx - rx + 1)} ${n(cy + ry * 0.14)}Z" fill="${c}"/>` +
        `<path d="M${n(cx - 24)} ${n(mouthY - 2)}q24 -4 48 0q-4 18 -24 18q-20 0 -24 -18Z" fill="${mix(f.skin.base, '#8A2F2A', 0.35)}"/>`
      );
    case 'stubble':
      return `<path d="M${n(cx - rx + 4)} ${n(cy + 10)}C${n(cx - rx + 6)} ${n(cy + ry * 0.75)} ${n(cx - rx * 0.5)} ${n(cy + ry)} ${n(cx)} ${n(cy + ry)}C${n(cx + rx * 0.5)} ${n(cy + ry)} ${n(cx + rx - 6)} ${n(cy + ry * 0.75)} ${n(cx + rx - 4)} ${n(cy + 10)}C${n(cx + rx * 0.6)} ${n(cy + ry * 0.5)} ${n(cx + 30)} ${n(mouthY - 18)} ${n(cx)} ${n(mouthY - 18)}C${n(cx - 30)} ${n(mouthY - 18)} ${n(cx - rx * 0.6)} ${n(cy + ry * 0.5)} ${n(cx - rx + 4)} ${n(cy + 10)}Z" fill="${c}" opacity="0.28"/>`;
    case 'moustache':
      return `<path d="M${n(cx - 30)} ${n(mouthY - 2)}C${n(cx - 24)} ${n(mouthY - 20)} ${n(cx - 6)} ${n(mouthY - 18)} ${n(cx)} ${n(mouthY - 12)}C${n(cx + 6)} ${n(mouthY - 18)} ${n(cx + 24)} ${n(mouthY - 20)} ${n(cx + 30)} ${n(mouthY - 2)}C${n(cx + 16)} ${n(mouthY - 8)} ${n(cx - 16)} ${n(mouthY - 8)} ${n(cx - 30)} ${n(mouthY - 2)}Z" fill="${c}"/>`;
  }
}

/** Headscarf: a drape over the shoulders and a frame around the face (evenodd cut-out). */
function headscarfSvg(f: PortraitFeatures, g: HeadGeometry, layer: 'drape' | 'frame'): string {
  const { cx, cy, rx, ry, top } = g;
  const c = f.scarf;
  const deep = darken(c, 0.18);
  if (layer === 'drape') {
    // Falls from the sides of the hood and flares over the shoulders, ending on the chest.
    const chin = cy + ry;
    return (
      `<path d="M${n(cx - rx - 38)} ${n(cy)}C${n(cx - rx - 48)} ${n(cy + ry * 0.8)} ${n(cx - rx - 112)} ${n(chin + 60)} ${n(cx - rx - 126)} ${n(chin + 145)}` +
      `Q${n(cx)} ${n(chin + 240)} ${n(cx + rx + 126)} ${n(chin + 145)}` +
      `C${n(cx + rx + 112)} ${n(chin + 60)} ${n(cx + rx + 48)} ${n(cy + ry * 0.8)} ${n(cx + rx + 38)} ${n(cy)}Z" fill="${c}"/>` +
      `<path d="M${n(cx - rx * 0.7)} ${n(chin + 70)}Q${n(cx)} ${n(chin + 118)} ${n(cx + rx * 1.05)} ${n(chin + 62)}M${n(cx - rx * 1.15)} ${n(chin + 120)}Q${n(cx - rx * 0.2)} ${n(chin + 172)} ${n(cx + rx * 0.6)} ${n(chin + 150)}" fill="none" stroke="${deep}" stroke-width="5" stroke-linecap="round" opacity="0.45"/>`
    );
  }
  // Outer hood shape, then the face opening drawn in reverse so evenodd cuts it out.
  const outer =
    `M${n(cx - rx - 38)} ${n(cy + 10)}C${n(cx - rx - 42)} ${n(top - 30)} ${n(cx - rx * 0.5)} ${n(top - 38)} ${n(cx)} ${n(top - 38)}` +
    `C${n(cx + rx * 0.5)} ${n(top - 38)} ${n(cx + rx + 42)} ${n(top - 30)} ${n(cx + rx + 38)} ${n(cy + 10)}` +
    `C${n(cx + rx + 34)} ${n(cy + ry)} ${n(cx + rx * 0.5)} ${n(cy + ry + 60)} ${n(cx)} ${n(cy + ry + 60)}` +
    `C${n(cx - rx * 0.5)} ${n(cy + ry + 60)} ${n(cx - rx - 34)} ${n(cy + ry)} ${n(cx - rx - 38)} ${n(cy + 10)}Z`;
  const fx = rx * 0.86;
  const fTop = top + ry * 0.22;
  const face =
    `M${n(cx - fx)} ${n(cy)}C${n(cx - fx)} ${n(fTop + 10)} ${n(cx - fx * 0.5)} ${n(fTop)} ${n(cx)} ${n(fTop)}` +
    `C${n(cx + fx * 0.5)} ${n(fTop)} ${n(cx + fx)} ${n(fTop + 10)} ${n(cx + fx)} ${n(cy)}` +
    `C${n(cx + fx)} ${n(cy + ry * 0.55)} ${n(cx + fx * 0.5)} ${n(cy + ry + 4)} ${n(cx)} ${n(cy + ry + 4)}` +
    `C${n(cx - fx * 0.5)} ${n(cy + ry + 4)} ${n(cx - fx)} ${n(cy + ry * 0.55)} ${n(cx - fx)} ${n(cy)}Z`;
  return (
    `<path d="${outer}${face}" fill="${c}" fill-rule="evenodd"/>` +
    `<path d="${face}" fill="none" stroke="${deep}" stroke-width="6" opacity="0.55"/>` +
    `<path d="M${n(cx - rx * 0.2)} ${n(top - 34)}q${n(rx * 0.5)} -6 ${n(rx * 0.95)} ${n(30)}" fill="none" stroke="${lighten(c, 0.25)}" stroke-width="7" stroke-linecap="round" opacity="0.5"/>`
  );
}

/** Draws the full portrait SVG (640x800) from chosen features. */
export function drawPortrait(f: PortraitFeatures): string {
  const { width: W, height: H } = PORTRAIT_SIZE;
  const g = headGeometry(f);
  const neckW = g.rx * 0.42;
  const shoulderY = g.chin + 62;
  const scarf = f.hairStyle === 'headscarf';
  const head = headPath(g);

  let body = `<rect width="${W}" height="${H}" fill="${f.background}"/>`;
  body += backdropSvg(f, g);
  // The figure is drawn in a 640x800 design space and scaled up around a point low in the frame.
  body += `<g transform="translate(${n(W / 2)} ${FIGURE_ORIGIN_Y}) scale(${FIGURE_SCALE}) translate(${n(-W / 2)} ${-FIGURE_ORIGIN_Y})">`;
  body += hairBackSvg(f, g);
  if (!scarf) {
    // Neck, slightly darker than the face, with a soft chin shadow.
    body += `<path d="M${n(g.cx - neckW)} ${n(g.cy + g.ry * 0.4)}V${n(shoulderY + 20)}H${n(g.cx + neckW)}V${n(g.cy + g.ry * 0.4)}Z" fill="${f.skin.shade}"/>`;
  }
  body += clothingSvg(f, g, shoulderY, neckW);
  if (scarf) body += headscarfSvg(f, g, 'drape');
  if (!scarf) {
    // Ears.
    for (const side of [-1, 1]) {
      const ex = g.cx + side * (g.rx - 3);
      body += `<ellipse cx="${n(ex)}" cy="${n(g.eyeY + 12)}" rx="15" ry="23" fill="${f.skin.base}"/>`;
      body += `<path d="M${n(ex + side * 4)} ${n(g.eyeY + 2)}q${n(side * 6)} 10 0 22" fill="none" stroke="${f.skin.shade}" stroke-width="4" stroke-linecap="round"/>`;
      if (f.earrings) body += `<circle cx="${n(ex + side * 2)}" cy="${n(g.eyeY + 40)}" r="6" fill="${PALETTE.ochre.mid}"/>`;
    }
  }
  // Face with a crescent form shadow on the right: shade everything inside the head,
  // then lay the lit face, nudged up and to the left, over it.
  body +=
    `<g clip-path="url(#head)"><path d="${head}" fill="${mix(f.skin.base, f.skin.shade, 0.6)}"/>` +
    `<path d="${head}" transform="translate(-13 -7)" fill="${f.skin.base}"/></g>`;
  body += facialHairSvg(f, g);
  body += eyesSvg(f, g);
  body += noseMouthSvg(f, g);
  if (scarf) body += headscarfSvg(f, g, 'frame');
  body += hairFrontSvg(f, g);
  body += glassesSvg(f, g);
  body += '</g>';
  body += `<rect width="${W}" height="${H}" filter="url(#grain)"/>`;

  const defs = `<clipPath id="head"><path d="${head}"/></clipPath>${grainDefs('grain', f.grainSeed, 0.45)}`;
  return svgDocument(W, H, body, defs);
}
