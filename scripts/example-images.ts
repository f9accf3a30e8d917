/**
 * Generate the illustrated example images that the example content references.
 *
 *   node scripts/example-images.ts [--force] [--dir <contentDir>]
 *
 * Walks `<dir>/people/*.md`, `<dir>/departments/*.md` and `<dir>/spotlights/**\/*.{md,mdx}`,
 * reads each file's front matter and, for every `photo.src` (people, departments) and
 * `hero.src` (spotlights), draws a deterministic flat illustration as SVG and encodes it
 * with sharp. No network, no fonts, no text in the images.
 *
 * People whose front matter says `consent.status: withdrawn` get GPS, Artist and Copyright
 * EXIF written into their portrait (with exiftool, or sharp's `withExif` when exiftool is
 * not on the PATH), so the privacy tests can prove such a photo never reaches the built site.
 *
 * The drawing code is a set of small pure functions (seeded random -> feature choices ->
 * SVG string), exported so tests can import the module without running the CLI.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Exif } from 'sharp';
import sharp from 'sharp';

const execFileAsync = promisify(execFile);

// ---------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------

/** 32-bit string hash (cyrb53 variant, folded to 32 bits). Stable across runs and platforms. */
export function hashString(input: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

export interface Rng {
  /** Float in [0, 1). */
  next(): number;
  /** Float in [min, max). */
  range(min: number, max: number): number;
  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Pick with relative weights: `[[item, weight], ...]`. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
  chance(probability: number): boolean;
}

/** mulberry32 PRNG seeded from a string or number. */
export function createRng(seed: string | number): Rng {
  let state = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick() from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    range: (min, max) => min + next() * (max - min),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick,
    weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      const last = items[items.length - 1];
      if (!last) throw new Error('weighted() from an empty list');
      return last[0];
    },
    chance: (probability) => next() < probability,
  };
}

// ---------------------------------------------------------------------------
// Colour
// ---------------------------------------------------------------------------

export type PaletteName = 'terracotta' | 'ochre' | 'sage' | 'dustyBlue' | 'plum' | 'sand';

export interface Swatch {
  /** Very light tint, for backgrounds. */
  light: string;
  /** Soft mid tone. */
  mid: string;
  /** The named colour itself. */
  base: string;
  /** Deep tone, for contrast and shadow. */
  deep: string;
}

/** Warm editorial palette shared by every generated image. */
export const PALETTE: Readonly<Record<PaletteName, Swatch>> = {
  terracotta: { light: '#F2D6C8', mid: '#DE9479', base: '#C4654B', deep: '#8C3F2E' },
  ochre: { light: '#F5E3BC', mid: '#E8BE6C', base: '#D29B3C', deep: '#94681F' },
  sage: { light: '#DFE5D4', mid: '#B0BF9F', base: '#879C77', deep: '#53664A' },
  dustyBlue: { light: '#D8E2EA', mid: '#A7BBCB', base: '#7893AA', deep: '#465E75' },
  plum: { light: '#EBD8DF', mid: '#BE93A7', base: '#8C5874', deep: '#573049' },
  sand: { light: '#F4EBDC', mid: '#E4D1B2', base: '#CDB087', deep: '#8C7250' },
};
export const PALETTE_NAMES = Object.keys(PALETTE) as PaletteName[];
export const INK = '#2E2522';
export const CREAM = '#FBF5EC';

function parseHex(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

/** Linear mix of two hex colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const ca = parseHex(a);
  const cb = parseHex(b);
  const out = ca.map((v, i) => Math.round(v + ((cb[i] ?? 0) - v) * t));
  return `#${out.map((v) => Math.max(0, Math.min(255, v)).toString(16).padStart(2, '0')).join('')}`;
}

const darken = (c: string, t: number): string => mix(c, '#1E1412', t);

/** Relative luminance (0..1) of a hex colour, for contrast decisions. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG-style contrast ratio between two hex colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
const lighten = (c: string, t: number): string => mix(c, '#FFFDF8', t);

// ---------------------------------------------------------------------------
// Small SVG helpers
// ---------------------------------------------------------------------------

/** Round to one decimal place to keep the SVG compact. */
const n = (v: number): string => (Math.round(v * 10) / 10).toString();

type Point = readonly [number, number];

/** Smooth open path through points (Catmull-Rom converted to cubic Beziers), without the leading M. */
function smoothThrough(points: readonly Point[], tension = 1): string {
  let d = '';
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i];
    const p1 = points[i];
    const p2 = points[i + 1];
    const p3 = points[i + 2] ?? p2;
    if (!p0 || !p1 || !p2 || !p3) continue;
    const c1x = p1[0] + ((p2[0] - p0[0]) / 6) * tension;
    const c1y = p1[1] + ((p2[1] - p0[1]) / 6) * tension;
    const c2x = p2[0] - ((p3[0] - p1[0]) / 6) * tension;
    const c2y = p2[1] - ((p3[1] - p1[1]) / 6) * tension;
    d += `C${n(c1x)} ${n(c1y)} ${n(c2x)} ${n(c2y)} ${n(p2[0])} ${n(p2[1])}`;
  }
  return d;
}

/** Closed smooth shape through points. */
function smoothClosed(points: readonly Point[]): string {
  const count = points.length;
  const first = points[0];
  if (!first) return '';
  let d = `M${n(first[0])} ${n(first[1])}`;
  for (let i = 0; i < count; i++) {
    const p0 = points[(i - 1 + count) % count];
    const p1 = points[i];
    const p2 = points[(i + 1) % count];
    const p3 = points[(i + 2) % count];
    if (!p0 || !p1 || !p2 || !p3) continue;
    d += `C${n(p1[0] + (p2[0] - p0[0]) / 6)} ${n(p1[1] + (p2[1] - p0[1]) / 6)} ${n(p2[0] - (p3[0] - p1[0]) / 6)} ${n(p2[1] - (p3[1] - p1[1]) / 6)} ${n(p2[0])} ${n(p2[1])}`;
  }
  return `${d}Z`;
}

function svgDocument(width: number, height: number, body: string, defs = ''): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    (defs ? `<defs>${defs}</defs>` : '') +
    body +
    '</svg>'
  );
}

/**
 * A soft paper grain, as an SVG filter applied to a full-size rect. Kept subtle: it makes
 * flat colour feel printed rather than vector.
 */
function grainDefs(id: string, seed: number, strength: number): string {
  return (
    `<filter id="${id}" x="0" y="0" width="100%" height="100%">` +
    `<feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="${seed % 1000}" result="noise"/>` +
    // Warm dark specks; alpha = strength * (noise - 0.3), so only the denser noise shows.
    `<feColorMatrix type="matrix" values="0 0 0 0 0.18  0 0 0 0 0.12  0 0 0 0 0.1  0 0 0 ${strength} ${(-strength * 0.3).toFixed(3)}"/>` +
    '</filter>'
  );
}

// ---------------------------------------------------------------------------
// Portraits
// ---------------------------------------------------------------------------

export const PORTRAIT_SIZE = { width: 640, height: 800 } as const;

export interface SkinTone {
  base: string;
  shade: string;
  blush: string;
  line: string;
}

/** Skin tones from light to deep, each with its own shade, blush and line colour. */
export const SKIN_TONES: readonly SkinTone[] = ['#F6D9C4', '#EFC6A6', '#E2AF8A', '#D29A72', '#BC8260', '#A56D4C', '#8D5A3D', '#774A31', '#633B27'].map(
  (base) => ({
    base,
    shade: mix(base, '#6B3426', 0.22),
    blush: mix(base, '#D9604F', 0.35),
    // Deep skin tones get a lighter, rosier line so the mouth still reads.
    line: luminance(base) < 0.1 ? mix(base, '#E09A88', 0.5) : mix(base, '#2A1510', 0.55),
  }),
);

export const HAIR_COLOURS: readonly string[] = [
  '#201816', // near-black
  '#2F211B', // dark brown
  '#4A3025', // brown
  '#6E452E', // chestnut
  '#8E4E2E', // auburn
  '#B98A55', // dark blonde
  '#D6B47A', // blonde
  '#8F8881', // grey
  '#CFC8C0', // silver
];

export const HAIR_STYLES = ['short', 'crop', 'quiff', 'long', 'bob', 'bun', 'curly', 'coils', 'headscarf', 'bald'] as const;
export type HairStyle = (typeof HAIR_STYLES)[number];

export const CLOTHING_STYLES = ['crew', 'vneck', 'shirt', 'turtleneck', 'blazer'] as const;
export type ClothingStyle = (typeof CLOTHING_STYLES)[number];

export type Backdrop = 'circle' | 'arch' | 'split' | 'sun' | 'plain';
export type EyeStyle = 'closed' | 'dots' | 'lashes';
export type FacialHair = 'none' | 'beard' | 'moustache' | 'stubble';

export interface PortraitFeatures {
  background: string;
  backdrop: Backdrop;
  backdropColour: string;
  skin: SkinTone;
  hairStyle: HairStyle;
  hairColour: string;
  clothingStyle: ClothingStyle;
  clothing: string;
  clothingAccent: string;
  scarf: string;
  eyes: EyeStyle;
  brows: boolean;
  glasses: 'none' | 'round' | 'square';
  glassesColour: string;
  facialHair: FacialHair;
  earrings: boolean;
  mouth: 'smile' | 'grin' | 'soft';
  /** Head half-width, half-height and centre y (design units, 640x800). */
  headRx: number;
  headRy: number;
  headCy: number;
  shoulderWidth: number;
  grainSeed: number;
}

/** Pronouns from the content, used only to weight hair and accessory choices. */
export type PronounHint = 'he' | 'she' | 'neutral';

export function pronounHint(pronouns: unknown): PronounHint {
  if (typeof pronouns !== 'string') return 'neutral';
  if (/^\s*he\b/i.test(pronouns)) return 'he';
  if (/^\s*she\b/i.test(pronouns)) return 'she';
  return 'neutral';
}

export interface PortraitHints {
  /** Weights hair styles and earrings; beards and moustaches only appear for 'he'. */
  pronouns?: PronounHint;
}

// Relative hair style weights per pronoun hint (order as HAIR_STYLES).
const HAIR_WEIGHTS: Readonly<Record<PronounHint, readonly number[]>> = {
  //       short crop quiff long bob  bun  curly coils scarf bald
  he: [4, 3, 3, 0.6, 0.3, 0.4, 2, 2, 0, 2],
  she: [1.2, 0.6, 0.4, 4, 3, 3, 2.5, 2.5, 1.5, 0.2],
  neutral: [3, 2, 2, 3, 2, 2, 2, 2, 1.2, 1],
};

/** Pick every visual feature of a portrait from the person id. Pure and deterministic. */
export function choosePortraitFeatures(id: string, hints: PortraitHints = {}): PortraitFeatures {
  const rng = createRng(`portrait:${id}`);
  const bgName = rng.pick(PALETTE_NAMES);
  const bg = PALETTE[bgName];
  const otherNames = PALETTE_NAMES.filter((p) => p !== bgName);
  const clothingName = rng.pick(otherNames);
  const clothingSwatch = PALETTE[clothingName];
  const accentName = rng.pick(PALETTE_NAMES.filter((p) => p !== bgName && p !== clothingName));

  const pronouns = hints.pronouns ?? 'neutral';
  const hairStyle = rng.weighted<HairStyle>(HAIR_STYLES.map((style, i) => [style, HAIR_WEIGHTS[pronouns][i] ?? 1] as const));
  const skin = rng.pick(SKIN_TONES);
  // Plausible hair colours for the skin tone: deeper skin gets dark or grey hair,
  // lighter skin can have any colour (dark shades still the most common).
  const depth = SKIN_TONES.indexOf(skin);
  const hairWeights: readonly number[] =
    depth >= 6 ? [5, 3, 1, 0, 0, 0, 0, 1, 1] : depth >= 4 ? [4, 3, 2, 1, 1, 0, 0, 1, 1] : [2, 3, 3, 2, 1.5, 1.5, 1.5, 1, 1];
  const hairColour = hairStyle === 'bald' ? skin.shade : rng.weighted(HAIR_COLOURS.map((c, i) => [c, hairWeights[i] ?? 0] as const));
  const frameCandidates = ['#2B211E', '#5B3A29', '#7A4B3A', PALETTE.plum.deep, '#C9A15A', '#E7D9C4'].filter((c) => contrast(c, skin.base) >= 2.2);
  const clothingStyle = rng.pick(CLOTHING_STYLES);
  const facialHairAllowed = pronouns === 'he' && hairStyle !== 'headscarf';
  const facialHair: FacialHair = facialHairAllowed
    ? rng.weighted<FacialHair>([
        ['none', 3],
        ['beard', 2],
        ['stubble', 1],
        ['moustache', 1],
      ])
    : 'none';

  return {
    background: bg.light,
    backdrop: rng.weighted<Backdrop>([
      ['circle', 3],
      ['arch', 3],
      ['split', 2],
      ['sun', 2],
      ['plain', 1],
    ]),
    backdropColour: mix(bg.light, bg.mid, rng.range(0.35, 0.6)),
    skin,
    hairStyle,
    hairColour,
    clothingStyle,
    clothing: rng.pick([clothingSwatch.base, clothingSwatch.deep, clothingSwatch.mid]),
    clothingAccent: rng.pick([CREAM, PALETTE[accentName].light, PALETTE[accentName].mid]),
    scarf: rng.pick([PALETTE[accentName].base, PALETTE[accentName].deep, clothingSwatch.mid]),
    eyes: rng.weighted<EyeStyle>([
      ['closed', 3],
      ['dots', 3],
      ['lashes', 1],
    ]),
    brows: rng.chance(0.85),
    glasses: rng.weighted([
      ['none', 7.5],
      ['round', 1.25],
      ['square', 1.25],
    ] as const),
    glassesColour: rng.pick(frameCandidates.length ? frameCandidates : [INK]),
    facialHair,
    earrings: hairStyle !== 'headscarf' && rng.chance(pronouns === 'she' ? 0.45 : pronouns === 'he' ? 0.08 : 0.25),
    mouth: rng.weighted([
      ['smile', 4],
      ['grin', 1.5],
      ['soft', 3],
    ] as const),
    headRx: rng.range(84, 96),
    headRy: rng.range(106, 116),
    headCy: rng.range(338, 350),
    shoulderWidth: rng.range(205, 240),
    grainSeed: rng.int(1, 999),
  };
}

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

/** Full portrait SVG (640x800) from chosen features. Pure. */
export function portraitSvg(f: PortraitFeatures): string {
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

// ---------------------------------------------------------------------------
// Department images and spotlight heroes: abstract editorial compositions
// ---------------------------------------------------------------------------

export const DEPARTMENT_SIZE = { width: 1200, height: 800 } as const;
export const HERO_SIZE = { width: 1600, height: 900 } as const;

export const COMPOSITIONS = ['landscape', 'river', 'geometric', 'waves', 'pipes'] as const;
export type Composition = (typeof COMPOSITIONS)[number];

export interface SceneFeatures {
  composition: Composition;
  sky: string;
  /** Colours for layers, far to near. */
  layers: string[];
  accent: string;
  water: string;
  sunColour: string;
  night: boolean;
  seed: number;
}

/** Keywords in an entry id that suggest a motif (first match wins). */
const MOTIF_HINTS: ReadonlyArray<readonly [RegExp, Composition]> = [
  [/pipe|network|asset|engineer|maintenance|infrastructure|leak|\bdig(ging)?\b|mains|sewer|treatment|\btaps?\b/i, 'pipes'],
  [/data|digital|finance|plan|\blab\b|quality|science|\bmaps?\b|customer|phone|\bit\b|tech/i, 'geometric'],
  [/river|water|catchment|flood|drain|reservoir|brook|stream|clean/i, 'river'],
  [/\bsea\b|coast|wave|storm|climate|rain/i, 'waves'],
  [/field|crew|winter|people|culture|apprentice|buddy|school|year/i, 'landscape'],
];
const NIGHT_HINT = /night|evening|quiet|moon|dark/i;

/**
 * Choose the composition and colours for a scene. Keywords in the id (or, failing that,
 * in `hints` such as tags and theme) bias the motif; the id alone seeds the randomness.
 */
export function chooseSceneFeatures(id: string, hints: readonly string[] = []): SceneFeatures {
  const rng = createRng(`scene:${id}`);
  const hintFor = (text: string): Composition | undefined => MOTIF_HINTS.find(([re]) => re.test(text))?.[1];
  const hinted = hintFor(id) ?? hintFor(hints.join(' '));
  const composition = hinted && rng.chance(0.85) ? hinted : rng.pick(COMPOSITIONS);
  const skyName = rng.pick(['sand', 'ochre', 'terracotta', 'dustyBlue', 'sage', 'plum'] as const);
  const night = rng.chance(0.12) || NIGHT_HINT.test(id);
  const sky = night ? mix(PALETTE.plum.deep, PALETTE.dustyBlue.deep, 0.45) : mix(PALETTE[skyName].light, CREAM, 0.25);
  // A harmonious run of layer colours: two families, far (light) to near (deep).
  const familyA = rng.pick(PALETTE_NAMES.filter((p) => p !== skyName));
  const familyB = rng.pick(PALETTE_NAMES.filter((p) => p !== skyName && p !== familyA));
  const a = PALETTE[familyA];
  const b = PALETTE[familyB];
  const layers = [mix(a.light, a.mid, 0.5), b.mid, a.base, mix(b.base, b.deep, 0.5), a.deep];
  return {
    composition,
    sky,
    layers: night ? layers.map((c) => mix(c, PALETTE.plum.deep, 0.35)) : layers,
    accent: rng.pick([PALETTE.terracotta.base, PALETTE.ochre.base, PALETTE.plum.base]),
    water: rng.pick([PALETTE.dustyBlue.mid, mix(PALETTE.dustyBlue.light, PALETTE.dustyBlue.mid, 0.5), PALETTE.sage.light]),
    sunColour: night ? '#F3E6C8' : rng.pick([PALETTE.ochre.mid, PALETTE.terracotta.mid, CREAM, PALETTE.ochre.base]),
    night,
    seed: rng.int(1, 999_999),
  };
}

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

/** Full scene SVG at the given size from chosen features. Pure. */
export function sceneSvg(f: SceneFeatures, width: number, height: number): string {
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

// ---------------------------------------------------------------------------
// Encoding and EXIF
// ---------------------------------------------------------------------------

export type OutputFormat = 'jpeg' | 'webp' | 'png';

export function formatForPath(file: string): OutputFormat | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jpg' || ext === '.jpeg') return 'jpeg';
  if (ext === '.webp') return 'webp';
  if (ext === '.png') return 'png';
  return undefined;
}

/** Render an SVG string to an encoded image buffer. */
export async function renderSvg(svg: string, format: OutputFormat, exif?: Exif): Promise<Buffer> {
  let img = sharp(Buffer.from(svg));
  if (exif) img = img.withExif(exif);
  switch (format) {
    case 'jpeg':
      return img.jpeg({ quality: 70, mozjpeg: true, progressive: true, chromaSubsampling: '4:4:4' }).toBuffer();
    case 'webp':
      return img.webp({ quality: 70 }).toBuffer();
    case 'png':
      return img.png({ palette: true, compressionLevel: 9 }).toBuffer();
  }
}

export interface GpsTag {
  latitude: number;
  longitude: number;
  artist: string;
  copyright: string;
}

const GPS_PLACES: ReadonlyArray<readonly [number, number]> = [
  [52.3731, 4.8922], // Amsterdam
  [52.0907, 5.1214], // Utrecht
  [51.9244, 4.4777], // Rotterdam
  [53.8008, -1.5491], // Leeds
  [45.764, 4.8357], // Lyon
  [41.1579, -8.6291], // Porto
];

/** Deterministic, realistic GPS position plus Artist/Copyright for a withdrawn person's photo. */
export function gpsTagFor(id: string, name: string, year = 2024): GpsTag {
  const rng = createRng(`gps:${id}`);
  const [lat, lon] = rng.pick(GPS_PLACES);
  return {
    latitude: Math.round((lat + rng.range(-0.02, 0.02)) * 1e6) / 1e6,
    longitude: Math.round((lon + rng.range(-0.02, 0.02)) * 1e6) / 1e6,
    artist: name,
    copyright: `Copyright ${year} ${name}. All rights reserved.`,
  };
}

/** Decimal degrees to an EXIF rational triple "d/1 m/1 s*100/100", as libvips expects. */
function toExifRational(decimal: number): string {
  const abs = Math.abs(decimal);
  const d = Math.floor(abs);
  const mFloat = (abs - d) * 60;
  const m = Math.floor(mFloat);
  const s = Math.round((mFloat - m) * 60 * 100);
  return `${d}/1 ${m}/1 ${s}/100`;
}

/** sharp `withExif` payload for a GPS tag (fallback when exiftool is unavailable). */
export function gpsExifForSharp(tag: GpsTag): Exif {
  return {
    IFD0: { Artist: tag.artist, Copyright: tag.copyright },
    IFD3: {
      GPSLatitudeRef: tag.latitude >= 0 ? 'N' : 'S',
      GPSLatitude: toExifRational(tag.latitude),
      GPSLongitudeRef: tag.longitude >= 0 ? 'E' : 'W',
      GPSLongitude: toExifRational(tag.longitude),
    },
  };
}

export function exiftoolArgs(tag: GpsTag, file: string): string[] {
  return [
    '-overwrite_original',
    '-charset',
    'exif=utf8',
    `-GPSLatitude=${Math.abs(tag.latitude)}`,
    `-GPSLatitudeRef=${tag.latitude >= 0 ? 'N' : 'S'}`,
    `-GPSLongitude=${Math.abs(tag.longitude)}`,
    `-GPSLongitudeRef=${tag.longitude >= 0 ? 'E' : 'W'}`,
    `-Artist=${tag.artist}`,
    `-Copyright=${tag.copyright}`,
    file,
  ];
}

async function hasExiftool(): Promise<boolean> {
  try {
    await execFileAsync('exiftool', ['-ver']);
    return true;
  } catch {
    return false;
  }
}

/** Read back GPS with exiftool (or exifr when exiftool is missing); returns a short description. */
async function verifyGps(file: string, useExiftool: boolean): Promise<string> {
  if (useExiftool) {
    const { stdout } = await execFileAsync('exiftool', ['-n', '-s3', '-GPSLatitude', '-GPSLongitude', file]);
    const values = stdout.trim().split(/\s+/).filter(Boolean);
    if (values.length < 2) throw new Error(`GPS verification failed for ${file}`);
    return `GPS ${values.join(', ')}`;
  }
  const exifr = (await import('exifr')).default;
  const gps = await exifr.gps(file);
  if (!gps) throw new Error(`GPS verification failed for ${file}`);
  return `GPS ${gps.latitude.toFixed(6)}, ${gps.longitude.toFixed(6)}`;
}

// ---------------------------------------------------------------------------
// Content walking
// ---------------------------------------------------------------------------

export type ImageKind = 'portrait' | 'department' | 'hero';

export interface ImageJob {
  kind: ImageKind;
  /** Entry id: file path relative to its collection directory, without extension. */
  id: string;
  /** Markdown source that references the image. */
  source: string;
  /** Absolute output path. */
  output: string;
  withdrawn: boolean;
  name: string;
  pronouns: PronounHint;
  /** Tags and theme from the front matter, used as motif hints for scenes. */
  hints: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function imageSrc(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value['src'] === 'string') return value['src'];
  return undefined;
}

async function listMarkdown(dir: string, recursive: boolean): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive });
    return entries
      .filter((e) => /\.(md|mdx)$/i.test(e) && (recursive || /\.md$/i.test(e)))
      .map((e) => path.join(dir, e))
      .sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** Find every image the content references. Warnings go to `warn`. */
export async function collectJobs(contentDir: string, warn: (msg: string) => void = console.warn): Promise<ImageJob[]> {
  const collections: ReadonlyArray<readonly [string, ImageKind, string, boolean]> = [
    ['people', 'portrait', 'photo', false],
    ['departments', 'department', 'photo', false],
    ['spotlights', 'hero', 'hero', true],
  ];
  const jobs: ImageJob[] = [];
  const seen = new Set<string>();
  for (const [collection, kind, field, recursive] of collections) {
    const dir = path.join(contentDir, collection);
    for (const file of await listMarkdown(dir, recursive)) {
      let data: Record<string, unknown>;
      try {
        data = parseFrontmatter(await readFile(file, 'utf8')).frontmatter;
      } catch (err) {
        warn(`skip ${file}: cannot parse front matter (${(err as Error).message.split('\n')[0]})`);
        continue;
      }
      const src = imageSrc(data[field]);
      if (!src) continue;
      if (/^[a-z]+:/i.test(src) || src.startsWith('/') || src.startsWith('@') || src.startsWith('~')) {
        warn(`skip ${file}: ${field}.src "${src}" is not a relative path`);
        continue;
      }
      const output = path.resolve(path.dirname(file), src);
      if (!formatForPath(output)) {
        warn(`skip ${file}: unsupported image extension in "${src}" (use .jpg, .webp or .png)`);
        continue;
      }
      if (seen.has(output)) continue;
      seen.add(output);
      const id = path
        .relative(dir, file)
        .replace(/\.(md|mdx)$/i, '')
        .split(path.sep)
        .join('/');
      const consent = data['consent'];
      jobs.push({
        kind,
        id,
        source: file,
        output,
        withdrawn: kind === 'portrait' && isRecord(consent) && consent['status'] === 'withdrawn',
        name: typeof data['name'] === 'string' ? data['name'] : typeof data['title'] === 'string' ? data['title'] : id,
        pronouns: pronounHint(data['pronouns']),
        hints: [
          ...(Array.isArray(data['tags']) ? data['tags'].filter((t): t is string => typeof t === 'string') : []),
          ...(typeof data['theme'] === 'string' ? [data['theme']] : []),
        ],
      });
    }
  }
  return jobs;
}

/** The SVG for a job. Pure. */
export function svgForJob(job: Pick<ImageJob, 'kind' | 'id'> & { pronouns?: PronounHint; hints?: readonly string[] }): string {
  switch (job.kind) {
    case 'portrait':
      return portraitSvg(choosePortraitFeatures(job.id, { pronouns: job.pronouns ?? 'neutral' }));
    case 'department':
      return sceneSvg(chooseSceneFeatures(`department:${job.id}`, job.hints), DEPARTMENT_SIZE.width, DEPARTMENT_SIZE.height);
    case 'hero':
      return sceneSvg(chooseSceneFeatures(`spotlight:${job.id}`, job.hints), HERO_SIZE.width, HERO_SIZE.height);
  }
}

// ---------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------

const HELP = `Usage: node scripts/example-images.ts [--force] [--dir <contentDir>]

Generate illustrated example images for every image the content references:
  <dir>/people/*.md              photo.src  -> 640x800 portrait
  <dir>/departments/*.md         photo.src  -> 1200x800 abstract scene
  <dir>/spotlights/**/*.{md,mdx} hero.src   -> 1600x900 abstract scene

Images are deterministic from the entry id (portraits also take the person's
pronouns into account for hair styles and beards; scenes take motif hints from
the id, tags and theme). No text, fonts or network are used. People with
consent.status: withdrawn get GPS, Artist and Copyright EXIF (for the privacy
tests), written with exiftool, or with sharp when exiftool is not on the PATH.

Options:
  --dir <contentDir>  content directory (default: content)
  --force             regenerate images that already exist
  -h, --help          show this help
`;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

export async function main(argv: string[]): Promise<number> {
  let values: { force?: boolean; dir?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        force: { type: 'boolean' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const contentDir = path.resolve(values.dir ?? 'content');
  const rel = (p: string): string => {
    const r = path.relative(process.cwd(), p);
    return r && !r.startsWith('..') && !path.isAbsolute(r) ? r : p;
  };
  const jobs = await collectJobs(contentDir);
  if (jobs.length === 0) {
    console.log(`No image references found under ${rel(contentDir)}.`);
    return 0;
  }
  const useExiftool = jobs.some((j) => j.withdrawn) ? await hasExiftool() : true;
  if (!useExiftool) console.warn('exiftool not found on PATH: writing GPS EXIF with sharp withExif instead.');

  let written = 0;
  let skipped = 0;
  let totalBytes = 0;
  for (const job of jobs) {
    if (!values.force && (await exists(job.output))) {
      skipped++;
      if (job.withdrawn && !(await verifyGps(job.output, useExiftool).catch(() => undefined))) {
        console.warn(`warning: ${rel(job.output)} exists without GPS EXIF (withdrawn consent); run with --force to regenerate it`);
      }
      continue;
    }
    const format = formatForPath(job.output) ?? 'jpeg';
    const tag = job.withdrawn ? gpsTagFor(job.id, job.name) : undefined;
    const buffer = await renderSvg(svgForJob(job), format, tag && !useExiftool ? gpsExifForSharp(tag) : undefined);
    await mkdir(path.dirname(job.output), { recursive: true });
    await writeFile(job.output, buffer);
    let note = '';
    if (tag) {
      if (useExiftool) await execFileAsync('exiftool', exiftoolArgs(tag, job.output));
      note = `  [withdrawn: ${await verifyGps(job.output, useExiftool)}${useExiftool ? '' : ' via sharp'}]`;
    }
    const size = (await stat(job.output)).size;
    totalBytes += size;
    written++;
    console.log(`wrote ${rel(job.output)}  ${job.kind}  ${kb(size)}${note}`);
  }
  console.log(
    `\n${written} image${written === 1 ? '' : 's'} written (${kb(totalBytes)} total)` +
      (skipped ? `, ${skipped} skipped because they exist (use --force to regenerate)` : '') +
      '.',
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
