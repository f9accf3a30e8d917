import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { advanceWidth, CardFonts, fontChains } from '../../src/lib/cards/cardFonts.ts';
import { type Box, type CardContent, COLORS, layoutCard } from '../../src/lib/cards/layoutCard.ts';
import { glyphPathData, MAX_CARD_BYTES, renderCard, toSvg } from '../../src/lib/cards/renderCard.ts';
import { renderCardCached } from '../../src/lib/cards/renderCardCached.ts';

const fonts = new CardFonts();
/** Fonts that lack the script under test: only Arabic letters (or, for Arabic, only Latin ones). */
const arabicOnly = new CardFonts((_pkg, subset) => subset === 'arabic');
const latinOnly = new CardFonts((pkg, subset) => subset === 'latin' && (pkg === 'fraunces' || pkg === 'noto-sans'));

const SAMPLES: [script: string, name: string, locale: string, direction: 'ltr' | 'rtl'][] = [
  ['Latin with diacritics', 'Zoë Ångström-Núñez', 'sv', 'ltr'],
  ['Greek', 'Γιώργος Παπαδόπουλος', 'el', 'ltr'],
  ['Cyrillic', 'Анна Кузнецова', 'ru', 'ltr'],
  ['Arabic', 'مريم الحداد', 'ar', 'rtl'],
  ['Hebrew', 'שרה כהן', 'he', 'rtl'],
  ['Devanagari', 'प्रियंका शर्मा', 'hi', 'ltr'],
  ['Chinese', '王小明', 'zh', 'ltr'],
  ['Japanese', '佐藤 花子', 'ja', 'ltr'],
];

const person = (title: string, locale = 'en', direction: 'ltr' | 'rtl' = 'ltr'): CardContent => ({
  kind: 'person',
  title,
  role: 'Engineer',
  department: 'Engineering',
  organisation: 'Acme Cooperative',
  locale,
  direction,
});

/** Grey pixels of the card's box, to compare renderings. */
async function pixels(bytes: Buffer, box: Box): Promise<Buffer> {
  return sharp(bytes).extract({ left: box.x, top: box.y, width: box.width, height: box.height }).greyscale().raw().toBuffer();
}
const background = 0.299 * 0xfa + 0.587 * 0xf6 + 0.114 * 0xf0;
const ink = (grey: Buffer) => grey.filter((value) => Math.abs(value - background) > 40).length;
const difference = (a: Buffer, b: Buffer) => a.filter((value, i) => Math.abs(value - b[i]!) > 60).length;

describe.each(SAMPLES)('a name in %s', (_script, name, locale, direction) => {
  test('has a glyph for every character in the card fonts', async () => {
    expect(await fonts.missing(name, fontChains(locale).headline)).toEqual([]);
    const lacking = _script === 'Arabic' ? latinOnly : arabicOnly;
    expect((await lacking.missing(name, fontChains(locale).headline)).length).toBeGreaterThan(0);
  });

  test('is drawn where the headline goes, and not as the boxes of a font without the script', async () => {
    const content = person(name, locale, direction);
    const { headline } = await layoutCard(content, fonts);
    const drawn = await pixels((await renderCard(content, fonts)).bytes, headline);
    expect(ink(drawn)).toBeGreaterThan(1500);
    const lacking = _script === 'Arabic' ? latinOnly : arabicOnly;
    const boxes = await pixels((await renderCard(content, lacking)).bytes, headline);
    expect(difference(drawn, boxes)).toBeGreaterThan(1000);
  });

  test('makes a 1200x630 card of at most 100 KB', async () => {
    const card = await renderCard(person(name, locale, direction), fonts);
    expect(await sharp(card.bytes).metadata()).toMatchObject({ width: 1200, height: 630, format: 'png' });
    expect(card.bytes.length).toBeLessThanOrEqual(MAX_CARD_BYTES);
  });
});

describe('right-to-left and shaped text', () => {
  const headline = async (title: string) => {
    const content = person(title, 'he', 'rtl');
    const layout = await layoutCard(content, fonts);
    return pixels((await renderCard(content, fonts)).bytes, layout.headline);
  };

  test('draws Hebrew from right to left, not mirrored', async () => {
    const drawn = await headline('שלום');
    // Forced left to right, the reversed letters are the correct picture; the letters in typed order are the mirror.
    const reference = await headline('\u202Dםולש\u202C');
    const mirrored = await headline('\u202Dשלום\u202C');
    expect(difference(drawn, mirrored)).toBeGreaterThan(500);
    expect(difference(drawn, reference)).toBeLessThan(difference(drawn, mirrored) / 10);
  });

  test('joins Arabic letters and forms Devanagari conjuncts', async () => {
    const face = async (text: string) => (await fonts.itemize(text, fontChains('ar').headline))[0]!.face.font;
    const arabic = await face('مريم');
    const joined = arabic.layout('مريم').glyphs.map((glyph) => glyph.id);
    const isolated = Array.from('مريم', (char) => arabic.glyphForCodePoint(char.codePointAt(0)!).id).reverse();
    expect(joined).not.toEqual(isolated);
    const devanagari = await face('प्र');
    expect(devanagari.layout('प्र').glyphs.length).toBeLessThan(Array.from('प्र').length);
  });
});

describe('fitting and encoding', () => {
  test('cuts a long spotlight title to three lines ending in an ellipsis', async () => {
    const title = 'How a night-shift nurse rebuilt the handover ritual, one whiteboard and one conversation at a time, across four wards and two long winters';
    const layout = await layoutCard({ ...person(title), kind: 'spotlight', name: 'Zoë Ångström-Núñez' }, fonts);
    const lines = layout.lines.filter((line) => line.fill === COLORS.text).map((line) => line.runs.map((run) => run.text).join(''));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
  });

  test('writes a flat card without loss: opaque PNG whose pixels are exactly the rasterised design', async () => {
    const content = { ...person('Zoë Ångström-Núñez'), kind: 'spotlight' as const, name: 'Γιώργος Παπαδόπουλος' };
    const card = await renderCard(content, fonts);
    expect(await sharp(card.bytes).metadata()).toMatchObject({ format: 'png', channels: 3, isPalette: false });
    const design = await sharp(Buffer.from(toSvg(await layoutCard(content, fonts))))
      .removeAlpha()
      .raw()
      .toBuffer();
    expect((await sharp(card.bytes).raw().toBuffer()).equals(design)).toBe(true);
  });

  test('encodes a card with a photo as JPEG within 100 KB', async () => {
    const noise = Buffer.alloc(600 * 800 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const photo = await sharp(noise, { raw: { width: 600, height: 800, channels: 3 } })
      .jpeg()
      .toBuffer();
    const card = await renderCard({ ...person('Zoë Ångström-Núñez'), photo }, fonts);
    expect(card.format).toBe('jpeg');
    expect(await sharp(card.bytes).metadata()).toMatchObject({ width: 1200, height: 630, format: 'jpeg' });
    expect(card.bytes.length).toBeLessThanOrEqual(MAX_CARD_BYTES);
  });
});

describe('work kept between cards', () => {
  test.each(SAMPLES)('writes the outlines of %s glyphs exactly as fontkit does', async (_script, name, locale) => {
    const chain = fontChains(locale).headline;
    const face = (await fonts.faceFor(name.codePointAt(0)!, chain))!;
    const glyphs = face.font.layout(name).glyphs.filter((glyph) => glyph.path.commands.length > 0);
    expect(glyphs.length).toBeGreaterThan(1);
    for (const [scale, dx, dy] of [
      [64 / face.font.unitsPerEm, 80, 300],
      [0.0371, 123.456789, 517.3],
      [0.5, -12.005, 0],
    ] as const) {
      for (const glyph of glyphs) {
        expect(glyphPathData(glyph.path, scale, dx, dy)).toBe(glyph.path.scale(scale, -scale).translate(dx, dy).toSVG());
      }
    }
  });

  test('measures text as fontkit shapes it, the first time and when asked again', async () => {
    for (const [text, locale] of [
      ['AVATAR office Wave', 'en'],
      ['مريم الحداد', 'ar'],
      ['प्रियंका शर्मा', 'hi'],
    ] as const) {
      const face = (await fonts.faceFor(text.codePointAt(0)!, fontChains(locale).text))!;
      const shaped = face.font.layout(text).advanceWidth;
      expect(advanceWidth(face.font, text)).toBe(shaped);
      expect(advanceWidth(face.font, text)).toBe(shaped);
    }
  });

  test('finds the face for a character along each chain, not the one found first along another', async () => {
    const own = new CardFonts();
    const han = '直'.codePointAt(0)!;
    const chinese = await own.faceFor(han, fontChains('zh').text);
    const japanese = await own.faceFor(han, fontChains('ja').text);
    expect(chinese?.file).toMatch(/noto-sans-sc/);
    expect(japanese?.file).toMatch(/noto-sans-jp/);
    expect(await own.faceFor(han, fontChains('zh').text)).toBe(chinese);
  });
});

describe('the card cache', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  test('draws a card once and serves it from the cache until what it shows changes', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'cards-'));
    dirs.push(cacheDir);
    const render = vi.fn(renderCard);
    const first = await renderCardCached(person('Анна Кузнецова'), { fonts, cacheDir, render });
    const again = await renderCardCached(person('Анна Кузнецова'), { fonts, cacheDir, render });
    expect(first.cached).toBe(false);
    expect(again.cached).toBe(true);
    expect(again.bytes.equals(first.bytes)).toBe(true);
    expect(render).toHaveBeenCalledTimes(1);
    const changed = await renderCardCached({ ...person('Анна Кузнецова'), role: 'Team lead' }, { fonts, cacheDir, render });
    expect(changed.cached).toBe(false);
    expect(render).toHaveBeenCalledTimes(2);
  });
});
