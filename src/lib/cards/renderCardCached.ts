import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CardFonts } from './cardFonts.ts';
import type { CardContent } from './layoutCard.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './layoutCard.ts';
import type { PanelSource } from './preparePanel.ts';
import { CARD_RENDERER_VERSION, type RenderedCard, renderCard } from './renderCard.ts';

export interface CachedCard extends RenderedCard {
  /** File name in the cache: a hash of what the card shows and the renderer version. */
  name: string;
  /** Whether the card came from the cache rather than being drawn. */
  cached: boolean;
}

export interface CardCacheOptions {
  fonts: CardFonts;
  cacheDir: string;
  /** The renderer; tests pass a counting one. */
  render?: typeof renderCard;
  /** Where a photo's panel comes from: a thread that draws many cards passes a cache (`createPanelCache`). */
  panels?: PanelSource | undefined;
}

/** The hash that names a card: everything it shows (the photo by its bytes) and the renderer version. */
export function cardDigest(content: CardContent): string {
  const { photo, ...shown } = content;
  const ordered = Object.fromEntries(Object.entries(shown).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256')
    .update(JSON.stringify({ version: CARD_RENDERER_VERSION, ...ordered }))
    .update(photo ? createHash('sha256').update(photo).digest('hex') : '-')
    .digest('hex')
    .slice(0, 16);
}

/** The card's file name in the cache: its digest and the extension of its format. */
export function cardFileName(content: CardContent): string {
  return `${cardDigest(content)}.${content.photo ? 'jpg' : 'png'}`;
}

/** Renders a card unless the cache already holds one for the same content, so a rebuild draws only changed cards. */
export async function renderCardCached(content: CardContent, options: CardCacheOptions): Promise<CachedCard> {
  const format = content.photo ? 'jpeg' : 'png';
  const name = cardFileName(content);
  const file = path.join(options.cacheDir, name);
  try {
    const bytes = await readFile(file);
    return { bytes, format, width: CARD_WIDTH, height: CARD_HEIGHT, name, cached: true };
  } catch {
    // Not drawn yet.
  }
  const card = await (options.render ?? renderCard)(content, options.fonts, options.panels);
  await mkdir(options.cacheDir, { recursive: true });
  // Several threads or processes may draw the same card at once: each writes its own file, then renames it.
  const partial = `${file}.${randomUUID()}.tmp`;
  await writeFile(partial, card.bytes);
  await rename(partial, file);
  return { ...card, name, cached: false };
}
