import { initials } from '../pages/initials.ts';
import { type CardFonts, type FontSource, type Run, fontChains, measureRuns } from './cardFonts.ts';

/** What a social card shows. The caller has checked consent: a photo is present only when it may be shown. */
export interface CardContent {
  kind: 'spotlight' | 'person' | 'department' | 'site';
  /** The headline: the spotlight's title, or the person's, department's or site's name. */
  title: string;
  /** For a spotlight, the names of the people it features. */
  name?: string | undefined;
  role?: string | undefined;
  department?: string | undefined;
  organisation: string;
  /** Portrait to show; when absent the card shows initials on the accent colour. */
  photo?: Buffer | undefined;
  /** BCP 47 language tag of the text, e.g. `ar` or `ja`. */
  locale: string;
  direction: 'ltr' | 'rtl';
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of text, already wrapped, truncated and split into runs of one font each. */
export interface TextLine {
  runs: Run[];
  /** Anchor point: the baseline, at the line's start edge (or centre for `middle`). */
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  /** Base direction for the bidi algorithm; `auto` takes it from the first strong letter. */
  direction: 'ltr' | 'rtl' | 'auto';
  fontSize: number;
  fill: string;
  /** Where the line's ink may fall. */
  box: Box;
}

export interface CardLayout {
  width: number;
  height: number;
  background: string;
  /** The portrait panel: the photo, or the accent colour with initials. */
  panel: Box & { fill: string };
  rule: Box & { fill: string };
  lines: TextLine[];
  /** The box that holds the headline's lines, for tests and debugging. */
  headline: Box;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Colours from src/styles/tokens.css (light scheme): an image cannot read CSS variables. */
export const COLORS = {
  bg: '#faf6f0',
  text: '#231f1a',
  muted: '#5c5248',
  accent: '#9e3f1c',
  onAccent: '#fffdf9',
} as const;

const MARGIN = 80;
const PANEL = 420;
const GAP = 60;
const TEXT_WIDTH = CARD_WIDTH - PANEL - GAP - MARGIN;
const ELLIPSIS = '\u2026';

/** Headline sizes to try, largest first, and how many lines each kind may take. */
const HEADLINE = {
  spotlight: { sizes: [64, 58, 52, 46], lines: 3 },
  person: { sizes: [80, 70, 60, 52], lines: 2 },
  department: { sizes: [76, 66, 58, 50], lines: 2 },
  site: { sizes: [80, 70, 60, 52], lines: 2 },
} as const;

/** Places everything a card shows: wraps and fits the headline, mirrors the layout for right-to-left text. */
export async function layoutCard(content: CardContent, fonts: CardFonts): Promise<CardLayout> {
  const chains = fontChains(content.locale);
  const rtl = content.direction === 'rtl';
  const textStart = rtl ? CARD_WIDTH - MARGIN : MARGIN;
  const anchor = rtl ? 'end' : 'start';
  const boxX = rtl ? CARD_WIDTH - MARGIN - TEXT_WIDTH : MARGIN;
  const wrapper = new Wrapper(fonts, content.locale, rtl);
  const lines: TextLine[] = [];
  const line = (runs: Run[], y: number, fontSize: number, fill: string): TextLine => ({
    runs,
    x: textStart,
    y,
    anchor,
    direction: content.direction,
    fontSize,
    fill,
    box: { x: boxX, y: Math.round(y - fontSize * 1.05), width: TEXT_WIDTH, height: Math.round(fontSize * 1.35) },
  });

  // Organisation above, department below: fixed places, one line each.
  const kickerSize = 26;
  const [kicker] = await wrapper.wrap(content.organisation, chains.text, kickerSize, TEXT_WIDTH, 1);
  if (kicker) lines.push(line(kicker, 118, kickerSize, COLORS.accent));
  const footerText = content.kind === 'department' || content.kind === 'site' ? '' : (content.department ?? '');
  const footerSize = 26;
  if (footerText) {
    const [footer] = await wrapper.wrap(footerText, chains.text, footerSize, TEXT_WIDTH, 1);
    if (footer) lines.push(line(footer, 548, footerSize, COLORS.muted));
  }

  // Headline and byline share the space between, centred as a block.
  const fit = HEADLINE[content.kind];
  let headline: Run[][] = [];
  let size: number = fit.sizes[fit.sizes.length - 1]!;
  for (const candidate of fit.sizes) {
    const wrapped = await wrapper.wrap(content.title, chains.headline, candidate, TEXT_WIDTH, fit.lines, false);
    size = candidate;
    headline = wrapped;
    if (!wrapper.truncated) break;
  }
  if (wrapper.truncated) headline = await wrapper.wrap(content.title, chains.headline, size, TEXT_WIDTH, fit.lines);
  const bylineText = [content.kind === 'spotlight' ? content.name : undefined, content.role].filter(Boolean).join(' \u00b7 ');
  const bylineSize = 30;
  const byline = bylineText ? await wrapper.wrap(bylineText, chains.text, bylineSize, TEXT_WIDTH, 2) : [];
  const headLead = Math.round(size * 1.18);
  const byLead = Math.round(bylineSize * 1.35);
  const blockHeight = headline.length * headLead + (byline.length ? 22 + byline.length * byLead : 0);
  const top = 160;
  const bottom = footerText ? 500 : 540;
  let y = Math.round(top + (bottom - top - blockHeight) / 2);
  const headlineTop = y;
  for (const runs of headline) {
    y += headLead;
    lines.push(line(runs, y - Math.round(size * 0.24), size, COLORS.text));
  }
  const headlineBox = { x: boxX, y: headlineTop, width: TEXT_WIDTH, height: y - headlineTop };
  if (byline.length) y += 22;
  for (const runs of byline) {
    y += byLead;
    lines.push(line(runs, y - Math.round(bylineSize * 0.3), bylineSize, COLORS.muted));
  }

  // Initials on the accent panel when there is no photo.
  const panel = { x: rtl ? 0 : CARD_WIDTH - PANEL, y: 0, width: PANEL, height: CARD_HEIGHT, fill: COLORS.accent };
  if (!content.photo) {
    const letters = initialsFor(content.kind === 'spotlight' && content.name ? content.name : content.title);
    const initialsSize = 168;
    const runs = letters ? await fonts.itemize(letters, chains.headline) : [];
    if (runs.length) {
      const centre = panel.x + PANEL / 2;
      const baseline = Math.round(CARD_HEIGHT / 2 + initialsSize * 0.35);
      lines.push({
        runs,
        x: centre,
        y: baseline,
        anchor: 'middle',
        direction: 'auto',
        fontSize: initialsSize,
        fill: COLORS.onAccent,
        box: { x: panel.x, y: baseline - initialsSize, width: PANEL, height: Math.round(initialsSize * 1.3) },
      });
    }
  }
  const rule = { x: rtl ? CARD_WIDTH - MARGIN - 56 : MARGIN, y: 60, width: 56, height: 6, fill: COLORS.accent };
  return { width: CARD_WIDTH, height: CARD_HEIGHT, background: COLORS.bg, panel, rule, lines, headline: headlineBox };
}

/** Initials for the panel; Arabic letters are kept apart so that two initials do not join into a word. */
function initialsFor(title: string): string {
  const letters = Array.from(initials(title));
  return letters.join(letters.some((letter) => /\p{Script=Arabic}/u.test(letter)) ? '\u200C' : '');
}

/** Greedy line breaking on measured widths, at word boundaries (any character in Chinese and Japanese). */
class Wrapper {
  /** Whether the last `wrap` had to cut the text short. */
  truncated = false;
  readonly #words: Intl.Segmenter;
  readonly #graphemes: Intl.Segmenter;

  readonly fonts: CardFonts;
  readonly rtl: boolean;

  constructor(fonts: CardFonts, locale: string, rtl: boolean) {
    this.fonts = fonts;
    this.rtl = rtl;
    this.#words = new Intl.Segmenter(locale, { granularity: 'word' });
    this.#graphemes = new Intl.Segmenter(locale, { granularity: 'grapheme' });
  }

  /** Wraps `text` into at most `maxLines` lines; with `ellipsis`, the last line ends in "…" if text was left out. */
  async wrap(text: string, chain: readonly FontSource[], size: number, maxWidth: number, maxLines: number, ellipsis = true): Promise<Run[][]> {
    const units = this.#units(text.normalize('NFC').replace(/\s+/g, ' ').trim());
    const lines: string[] = [];
    let current = '';
    for (const unit of units) {
      const candidate = current + unit;
      if (!current || (await this.#width(candidate.trimEnd(), chain, size)) <= maxWidth) {
        current = candidate;
        continue;
      }
      lines.push(current.trimEnd());
      current = unit.trimStart();
    }
    if (current) lines.push(current.trimEnd());
    // A single word wider than the line is broken between letters.
    const broken: string[] = [];
    for (const line of lines) broken.push(...(await this.#breakLong(line, chain, size, maxWidth)));
    this.truncated = broken.length > maxLines;
    let kept = broken.slice(0, maxLines);
    if (this.truncated && ellipsis) {
      const last = await this.#shorten(broken.slice(maxLines - 1).join(' '), chain, size, maxWidth);
      kept = [...kept.slice(0, -1), last];
    }
    return Promise.all(kept.map((line) => this.fonts.itemize(line, chain)));
  }

  /** Break opportunities: words with the spaces and punctuation that follow them. */
  #units(text: string): string[] {
    const units: string[] = [];
    for (const { segment, isWordLike } of this.#words.segment(text)) {
      const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(segment);
      const pieces = cjk ? Array.from(segment) : [segment];
      for (const piece of pieces) {
        const previous = units[units.length - 1];
        const trailing = !isWordLike && !/^[\p{Ps}\p{Pi}]/u.test(piece);
        const opened = previous !== undefined && /[\p{Ps}\p{Pi}]$/u.test(previous);
        if (previous !== undefined && (trailing || opened)) units[units.length - 1] = previous + piece;
        else units.push(piece);
      }
    }
    return units;
  }

  async #width(text: string, chain: readonly FontSource[], size: number): Promise<number> {
    return measureRuns(await this.fonts.itemize(text, chain), size);
  }

  async #breakLong(line: string, chain: readonly FontSource[], size: number, maxWidth: number): Promise<string[]> {
    if ((await this.#width(line, chain, size)) <= maxWidth) return [line];
    const pieces: string[] = [];
    let current = '';
    for (const { segment } of this.#graphemes.segment(line)) {
      if (current && (await this.#width(current + segment, chain, size)) > maxWidth) {
        pieces.push(current.trimEnd());
        current = segment.trimStart();
      } else current += segment;
    }
    if (current) pieces.push(current);
    return pieces;
  }

  /** Cuts text at a grapheme boundary so that it and an ellipsis fit, preferring to cut after a word. */
  async #shorten(text: string, chain: readonly FontSource[], size: number, maxWidth: number): Promise<string> {
    const graphemes = Array.from(this.#graphemes.segment(text), (s) => s.segment);
    let end = graphemes.length;
    while (end > 0 && (await this.#width(graphemes.slice(0, end).join('').trimEnd() + ELLIPSIS, chain, size)) > maxWidth) end -= 1;
    let cut = graphemes.slice(0, end).join('');
    const space = cut.lastIndexOf(' ');
    if (space > cut.length * 0.6) cut = cut.slice(0, space);
    return cut.replace(/[\s\p{P}]+$/u, '') + ELLIPSIS;
  }
}
