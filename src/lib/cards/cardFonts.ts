import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import decompress from 'wawoff2/decompress.js';

/** One font package from npm (a Fontsource package, split into subsets by script) in one weight. */
export interface FontSource {
  /** Package name under `@fontsource/`, e.g. `noto-sans-arabic`. */
  package: string;
  weight: number;
}

/** One subset file of a font, decompressed and parsed once per process. */
export interface Face {
  /** Path of the WOFF2 file in its npm package. */
  file: string;
  weight: number;
  font: fontkit.Font;
}

/** A run of text drawn with one face. */
export interface Run {
  text: string;
  face: Face;
}

/** Fallback chains: the first source whose file has a glyph for a character draws it. */
export interface FontChains {
  /** The headline: Fraunces, then serif or script fonts for what Fraunces lacks. */
  headline: readonly FontSource[];
  /** Everything else on the card. */
  text: readonly FontSource[];
}

/** The cards' fonts for a locale: Japanese text prefers the Japanese forms of shared Han characters. */
export function fontChains(locale: string): FontChains {
  const cjk = /^ja\b/i.test(locale) ? ['noto-sans-jp', 'noto-sans-sc'] : ['noto-sans-sc', 'noto-sans-jp'];
  const chain = (weight: number, packages: string[]): FontSource[] => packages.map((name) => ({ package: name, weight }));
  return {
    headline: chain(600, ['fraunces', 'noto-serif', 'noto-naskh-arabic', 'noto-sans-hebrew', 'noto-sans-devanagari', ...cjk, 'noto-sans']),
    text: chain(500, ['noto-sans', 'noto-sans-arabic', 'noto-sans-hebrew', 'noto-sans-devanagari', ...cjk]),
  };
}

/** Every package the cards may draw with, for tests and documentation. */
export const FONT_PACKAGES = [
  'fraunces',
  'noto-serif',
  'noto-sans',
  'noto-naskh-arabic',
  'noto-sans-arabic',
  'noto-sans-hebrew',
  'noto-sans-devanagari',
  'noto-sans-sc',
  'noto-sans-jp',
] as const;

interface Subset {
  name: string;
  ranges: [number, number][];
}

const require = createRequire(import.meta.url);

/**
 * The fonts the cards draw with, all from npm packages (never the machine's), loaded one subset file at a
 * time as characters need them: a card in Latin script never reads the Chinese fonts. Each WOFF2 file is
 * decompressed and parsed once per process.
 */
export class CardFonts {
  readonly #allow: (fontPackage: string, subset: string) => boolean;
  readonly #subsets = new Map<string, Subset[]>();
  readonly #faces = new Map<string, Promise<Face>>();
  /** The answers of `faceFor`, by chain and code point: every card asks again for the same few hundred characters. */
  readonly #found = new Map<string, Map<number, Face | undefined>>();

  /** `allow` limits the subset files that may be used (tests draw with fonts that lack a script). */
  constructor(allow: (fontPackage: string, subset: string) => boolean = () => true) {
    this.#allow = allow;
  }

  /** The first face along `chain` with a glyph for `codePoint`, or undefined when no font has one. */
  async faceFor(codePoint: number, chain: readonly FontSource[]): Promise<Face | undefined> {
    const key = chain.map((source) => `${source.package}/${source.weight}`).join(' ');
    let found = this.#found.get(key);
    if (!found) {
      found = new Map();
      this.#found.set(key, found);
    }
    if (found.has(codePoint)) return found.get(codePoint);
    const face = await this.#search(codePoint, chain);
    found.set(codePoint, face);
    return face;
  }

  async #search(codePoint: number, chain: readonly FontSource[]): Promise<Face | undefined> {
    for (const source of chain) {
      for (const subset of this.#subsetsOf(source.package)) {
        if (!this.#allow(source.package, subset.name)) continue;
        if (!subset.ranges.some(([from, to]) => codePoint >= from && codePoint <= to)) continue;
        const face = await this.#face(source, subset.name);
        if (face.font.hasGlyphForCodePoint(codePoint)) return face;
      }
    }
    return undefined;
  }

  /** Splits text into runs of one face each; marks, joiners and spaces stay with the run they follow. */
  async itemize(text: string, chain: readonly FontSource[]): Promise<Run[]> {
    const runs: Run[] = [];
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      const last = runs[runs.length - 1];
      const sticky = /[\p{M}\p{Cf}\p{Zs}]/u.test(char);
      if (last && sticky && (last.face.font.hasGlyphForCodePoint(codePoint) || /\p{Cf}/u.test(char))) {
        last.text += char;
        continue;
      }
      // A character no font has is drawn as the missing-glyph box of a neighbouring font: visible, never dropped.
      const face = (await this.faceFor(codePoint, chain)) ?? last?.face ?? (await this.#anyFace(chain));
      if (!face) throw new Error('No card font is available.');
      if (last && last.face === face) last.text += char;
      else runs.push({ text: char, face });
    }
    return runs;
  }

  /** Characters of `text` that no font along `chain` can draw (shown as boxes if drawn at all). */
  async missing(text: string, chain: readonly FontSource[]): Promise<string[]> {
    const missing: string[] = [];
    for (const char of new Set(text)) {
      if (/[\p{Cf}\p{Cc}]/u.test(char)) continue;
      if (!(await this.faceFor(char.codePointAt(0)!, chain))) missing.push(char);
    }
    return missing;
  }

  async #anyFace(chain: readonly FontSource[]): Promise<Face | undefined> {
    for (const source of chain) {
      const subset = this.#subsetsOf(source.package).find((candidate) => this.#allow(source.package, candidate.name));
      if (subset) return this.#face(source, subset.name);
    }
    return undefined;
  }

  #subsetsOf(name: string): Subset[] {
    let subsets = this.#subsets.get(name);
    if (!subsets) {
      const unicode = JSON.parse(readFileSync(require.resolve(`@fontsource/${name}/unicode.json`), 'utf8')) as Record<string, string>;
      subsets = Object.entries(unicode).map(([key, ranges]) => ({ name: key.replace(/^\[(\d+)\]$/, '$1'), ranges: parseRanges(ranges) }));
      this.#subsets.set(name, subsets);
    }
    return subsets;
  }

  #face(source: FontSource, subset: string): Promise<Face> {
    const key = `${source.package}/${subset}/${source.weight}`;
    let face = this.#faces.get(key);
    if (!face) {
      face = this.#load(source, subset);
      this.#faces.set(key, face);
    }
    return face;
  }

  async #load(source: FontSource, subset: string): Promise<Face> {
    const file = require.resolve(`@fontsource/${source.package}/files/${source.package}-${subset}-${source.weight}-normal.woff2`);
    const font = fontkit.create(Buffer.from(await decompress(await readFile(file)))) as fontkit.Font;
    return { file, weight: source.weight, font };
  }
}

/** Most shaped widths kept per font; the whole set is dropped when full, so a long run of cards stays bounded. */
const MAX_KEPT_WIDTHS = 20_000;
const advanceWidths = new WeakMap<fontkit.Font, Map<string, number>>();

/**
 * The advance width of text shaped with a font, in font units. Shaping is the costly part of laying out a
 * card, and line breaking measures the same text again at every headline size tried, so widths are kept.
 */
export function advanceWidth(font: fontkit.Font, text: string): number {
  let widths = advanceWidths.get(font);
  if (!widths || widths.size >= MAX_KEPT_WIDTHS) {
    widths = new Map();
    advanceWidths.set(font, widths);
  }
  let width = widths.get(text);
  if (width === undefined) {
    width = font.layout(text).advanceWidth;
    widths.set(text, width);
  }
  return width;
}

/** Width of runs at a font size, in pixels, shaped as the renderer shapes them. */
export function measureRuns(runs: readonly Run[], fontSize: number): number {
  let width = 0;
  for (const run of runs) {
    const { font } = run.face;
    width += (advanceWidth(font, run.text) * fontSize) / font.unitsPerEm;
  }
  return width;
}

function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}
