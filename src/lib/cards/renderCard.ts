import bidiFactory from 'bidi-js';
import sharp, { type JpegOptions, type PngOptions } from 'sharp';
import type { CardFonts } from './cardFonts.ts';
import { type CardContent, type CardLayout, type TextLine, layoutCard } from './layoutCard.ts';
import { type PanelSource, preparePanel } from './preparePanel.ts';

/** Raise when a change alters how cards look or how their files are written, so that cached cards are drawn again. */
export const CARD_RENDERER_VERSION = 4;

/** The largest card file the share kit accepts. */
export const MAX_CARD_BYTES = 100_000;

/**
 * How a flat card is written: opaque truecolour PNG at zlib level 3. A 64-colour palette made files about
 * 40% smaller (about 20 KB instead of 35 KB) but quantising took three quarters of a card's time; truecolour
 * keeps the rasterised pixels exactly and stays far below `MAX_CARD_BYTES`. Level 3 instead of 6 saved about
 * 3 ms of a card's 30 ms for files about 4% larger (the same pixels); level 9 saved about 7 KB a card for
 * about 19 ms more each: minutes at ten thousand cards.
 */
export const PNG_OPTIONS = { compressionLevel: 3 } as const satisfies PngOptions;

/**
 * How a card with a photo is written, before its quality is chosen: optimised Huffman coding with mozjpeg's
 * quantisation table, without mozjpeg's trellis quantisation and scan search. Those made files about a
 * quarter smaller (16 KB instead of 21 KB) but took three quarters of the encoding time.
 */
export const JPEG_OPTIONS = { optimiseCoding: true, quantisationTable: 3 } as const satisfies JpegOptions;

export interface RenderedCard {
  bytes: Buffer;
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

const bidi = bidiFactory();

/**
 * Draws a 1200x630 social card: PNG when the design is flat, JPEG when it carries a photo. Text is shaped
 * by fontkit (joined Arabic, Devanagari conjuncts), put in visual order by the Unicode bidi algorithm and
 * drawn as glyph outlines, so the picture depends only on the fonts from npm, never on the machine's.
 */
export async function renderCard(content: CardContent, fonts: CardFonts, panels: PanelSource = preparePanel): Promise<RenderedCard> {
  const layout = await layoutCard(content, fonts);
  const size = { width: layout.width, height: layout.height };
  const image = sharp(Buffer.from(toSvg(layout)));
  if (content.photo) {
    const { panel } = layout;
    // Raw pixels, cut once per photo by a caching `panels`: never a second lossy encoding before the card's own.
    const portrait = await panels(content.photo, panel);
    const flat = await image
      .composite([{ input: portrait.data, raw: { width: portrait.width, height: portrait.height, channels: portrait.channels }, left: panel.x, top: panel.y }])
      .raw()
      .toBuffer({ resolveWithObject: true });
    let bytes = Buffer.alloc(0);
    for (const quality of [82, 74, 66, 58, 50]) {
      bytes = await sharp(flat.data, { raw: flat.info })
        .jpeg({ ...JPEG_OPTIONS, quality })
        .toBuffer();
      if (bytes.length <= MAX_CARD_BYTES) break;
    }
    return { bytes, format: 'jpeg', ...size };
  }
  const bytes = await image.removeAlpha().png(PNG_OPTIONS).toBuffer();
  return { bytes, format: 'png', ...size };
}

/** The card as SVG of rectangles and glyph outlines: no text elements, so no font lookup when drawn. */
export function toSvg(layout: CardLayout): string {
  const rect = (box: { x: number; y: number; width: number; height: number; fill: string }): string =>
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="${box.fill}"/>`;
  const paths = layout.lines.map((line) => `<path fill="${line.fill}" d="${outline(line)}"/>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">` +
    rect({ x: 0, y: 0, width: layout.width, height: layout.height, fill: layout.background }) +
    rect(layout.panel) +
    rect(layout.rule) +
    paths.join('') +
    `</svg>`
  );
}

/**
 * One line's glyph outlines as path data. The line is cut into pieces of one font and one bidi level; each
 * piece is shaped in its direction, and the pieces are put in visual order (rule L2 of the bidi algorithm).
 */
export function outline(line: TextLine): string {
  const text = line.runs.map((run) => run.text).join('');
  const { levels } = bidi.getEmbeddingLevels(text, line.direction === 'auto' ? undefined : line.direction);
  const pieces: { text: string; level: number; run: TextLine['runs'][number] }[] = [];
  let at = 0;
  for (const run of line.runs) {
    for (let i = 0; i < run.text.length; i++, at++) {
      const last = pieces[pieces.length - 1];
      if (last && last.run === run && last.level === levels[at]) last.text += run.text[i];
      else pieces.push({ text: run.text[i]!, level: levels[at]!, run });
    }
  }
  const highest = Math.max(0, ...pieces.map((piece) => piece.level));
  const lowestOdd = Math.min(...pieces.map((piece) => piece.level | 1));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < pieces.length; i++) {
      if (pieces[i]!.level < level) continue;
      let end = i;
      while (end + 1 < pieces.length && pieces[end + 1]!.level >= level) end++;
      pieces.splice(i, end - i + 1, ...pieces.slice(i, end + 1).reverse());
      i = end;
    }
  }
  const shaped = pieces.map((piece) => {
    const { font } = piece.run.face;
    const glyphs = font.layout(piece.text, undefined, undefined, undefined, piece.level % 2 ? 'rtl' : 'ltr');
    return { font, glyphs, scale: line.fontSize / font.unitsPerEm };
  });
  const width = shaped.reduce((sum, { glyphs, scale }) => sum + glyphs.advanceWidth * scale, 0);
  let x = line.anchor === 'start' ? line.x : line.anchor === 'end' ? line.x - width : line.x - width / 2;
  let d = '';
  for (const { glyphs, scale } of shaped) {
    glyphs.glyphs.forEach((glyph, i) => {
      const position = glyphs.positions[i]!;
      d += glyphPathData(glyph.path, scale, x + position.xOffset * scale, line.y - position.yOffset * scale);
      x += position.xAdvance * scale;
    });
  }
  return d;
}

/** SVG path letters of fontkit's path commands. */
const SVG_COMMANDS: Record<string, string> = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' };

/**
 * A glyph outline scaled by `scale` (y flipped) and moved to `(dx, dy)`, as SVG path data: the same string as
 * fontkit's `path.scale(scale, -scale).translate(dx, dy).toSVG()` (each point `scale * x + dx`, rounded to
 * hundredths), written directly instead of through two intermediate paths per glyph.
 */
export function glyphPathData(path: { commands: readonly { command: string; args: readonly number[] }[] }, scale: number, dx: number, dy: number): string {
  let d = '';
  for (const { command, args } of path.commands) {
    d += SVG_COMMANDS[command];
    for (let i = 0; i < args.length; i += 2) {
      if (i > 0) d += ' ';
      d += `${Math.round((scale * args[i]! + dx) * 100) / 100} ${Math.round((-scale * args[i + 1]! + dy) * 100) / 100}`;
    }
  }
  return d;
}
