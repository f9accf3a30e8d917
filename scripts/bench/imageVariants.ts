/**
 * The encoding options `npm run bench:images` compares, and how a browser picks one file from a `<picture>`.
 */

/** One format of a variant: its sharp options and which of a preset's widths it is encoded at. */
export interface VariantFormat {
  format: 'avif' | 'webp' | 'jpeg';
  options: Record<string, unknown>;
  /** The widths to encode, chosen from the preset's widths (smallest first). */
  widths: (presetWidths: readonly number[]) => readonly number[];
}

/** One way of encoding every photo: its formats, best first (the order of `<source>` elements). */
export interface Variant {
  name: string;
  formats: VariantFormat[];
  /** Decode the source again for every file, as the pipeline did before it decoded each photo once. */
  decodeEach?: boolean;
}

const AVIF = { quality: 55, effort: 2 };
const WEBP = { quality: 72 };
const JPEG = { quality: 74, mozjpeg: true, progressive: true };
const every = (widths: readonly number[]) => widths;
/** The width the `<img src>` fallback has always used: the second smallest. */
const fallback = (widths: readonly number[]) => [widths[Math.min(1, widths.length - 1)]!];
const fromSecond = (widths: readonly number[]) => widths.slice(1);
const everyOther = (widths: readonly number[]) => widths.filter((_, i) => i % 2 === 1 || i === widths.length - 1);

/** The options compared, the current set first. */
export const VARIANTS: readonly Variant[] = [
  {
    name: 'before: AVIF e2 + WebP + JPEG, every width, decoded per file',
    decodeEach: true,
    formats: [
      { format: 'avif', options: AVIF, widths: every },
      { format: 'webp', options: WEBP, widths: every },
      { format: 'jpeg', options: JPEG, widths: every },
    ],
  },
  {
    name: 'AVIF e2 + WebP + JPEG, every width',
    formats: [
      { format: 'avif', options: AVIF, widths: every },
      { format: 'webp', options: WEBP, widths: every },
      { format: 'jpeg', options: JPEG, widths: every },
    ],
  },
  {
    name: 'WebP + JPEG, every width',
    formats: [
      { format: 'webp', options: WEBP, widths: every },
      { format: 'jpeg', options: JPEG, widths: every },
    ],
  },
  {
    name: 'AVIF e2 from the 2nd width + WebP + JPEG',
    formats: [
      { format: 'avif', options: AVIF, widths: fromSecond },
      { format: 'webp', options: WEBP, widths: every },
      { format: 'jpeg', options: JPEG, widths: every },
    ],
  },
  {
    name: 'AVIF e2 + WebP + JPEG, half the widths',
    formats: [
      { format: 'avif', options: AVIF, widths: everyOther },
      { format: 'webp', options: WEBP, widths: everyOther },
      { format: 'jpeg', options: JPEG, widths: everyOther },
    ],
  },
  {
    name: 'WebP every width + one JPEG',
    formats: [
      { format: 'webp', options: WEBP, widths: every },
      { format: 'jpeg', options: JPEG, widths: fallback },
    ],
  },
  {
    name: 'WebP e2 every width + one JPEG',
    formats: [
      { format: 'webp', options: { ...WEBP, effort: 2 }, widths: every },
      { format: 'jpeg', options: JPEG, widths: fallback },
    ],
  },
  {
    name: 'AVIF e2 every width + one JPEG',
    formats: [
      { format: 'avif', options: AVIF, widths: every },
      { format: 'jpeg', options: JPEG, widths: fallback },
    ],
  },
  {
    name: 'AVIF e0 q55 every width + one JPEG',
    formats: [
      { format: 'avif', options: { ...AVIF, effort: 0 }, widths: every },
      { format: 'jpeg', options: JPEG, widths: fallback },
    ],
  },
  {
    name: 'AVIF e4 q55 every width + one JPEG',
    formats: [
      { format: 'avif', options: { ...AVIF, effort: 4 }, widths: every },
      { format: 'jpeg', options: JPEG, widths: fallback },
    ],
  },
  {
    name: 'AVIF e0 q50 every width + one JPEG',
    formats: [
      { format: 'avif', options: { quality: 50, effort: 0 }, widths: every },
      { format: 'jpeg', options: JPEG, widths: fallback },
    ],
  },
  {
    name: 'AVIF e0 q45 every width + one JPEG',
    formats: [
      { format: 'avif', options: { quality: 45, effort: 0 }, widths: every },
      { format: 'jpeg', options: JPEG, widths: fallback },
    ],
  },
  {
    name: 'AVIF e0 q50 + WebP e2 every width + one JPEG',
    formats: [
      { format: 'avif', options: { quality: 50, effort: 0 }, widths: every },
      { format: 'webp', options: { ...WEBP, effort: 2 }, widths: every },
      { format: 'jpeg', options: JPEG, widths: fallback },
    ],
  },
  {
    name: 'AVIF e2 q45 every width + one JPEG',
    formats: [
      { format: 'avif', options: { ...AVIF, quality: 45 }, widths: every },
      { format: 'jpeg', options: JPEG, widths: fallback },
    ],
  },
];

/**
 * The width a browser downloads from a srcset: the smallest at least `cssWidth * dpr` pixels wide, or the
 * widest when none is wide enough (the HTML standard leaves the choice open; this is what browsers do).
 */
export function pickWidth(widths: readonly number[], cssWidth: number, dpr: number): number {
  const wanted = cssWidth * dpr;
  const sorted = [...widths].sort((a, b) => a - b);
  return sorted.find((width) => width >= wanted) ?? sorted.at(-1)!;
}

/** The middle value (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Peak signal-to-noise ratio in dB of two equally long 8-bit pixel buffers; Infinity when they are equal. */
export function psnr(reference: Uint8Array, candidate: Uint8Array): number {
  if (reference.length !== candidate.length) throw new Error(`psnr: ${reference.length} and ${candidate.length} bytes differ in length`);
  let sum = 0;
  for (let i = 0; i < reference.length; i++) {
    const d = reference[i]! - candidate[i]!;
    sum += d * d;
  }
  const mse = sum / reference.length;
  return mse === 0 ? Number.POSITIVE_INFINITY : 10 * Math.log10((255 * 255) / mse);
}
