/** The example illustrations' palette and the colour maths they use (mixing, luminance, contrast). */

export type PaletteName = 'terracotta' | 'ochre' | 'sage' | 'dustyBlue' | 'plum' | 'sand';

/** One palette colour in four tones. */
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
/** Near-black for lines and dark accents. */
export const INK = '#2E2522';
/** Off-white for highlights and clouds. */
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

/** Mixes a colour towards a warm near-black by t (0..1). */
export const darken = (c: string, t: number): string => mix(c, '#1E1412', t);

/** Mixes a colour towards a warm white by t (0..1). */
export const lighten = (c: string, t: number): string => mix(c, '#FFFDF8', t);

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
