import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CardFonts } from '../lib/cards/cardFonts.ts';
import { cardCacheDir } from '../lib/cards/cardCacheDir.ts';
import { cardOf, planCards, type PlannedCard } from '../lib/cards/planCards.ts';
import { renderCardCached, type CachedCard } from '../lib/cards/renderCardCached.ts';
import { getSite } from './site.ts';

let planned: Promise<ReturnType<typeof planCards>> | undefined;
let fonts: CardFonts | undefined;

/** Every social card of the published site, planned once per build. */
export function getCards(): Promise<ReturnType<typeof planCards>> {
  planned ??= getSite().then(planCards);
  return planned;
}

/** The card a page's link preview shows, by `kind:id` (`spotlight:the-buddy-system`); the site's card when it has none. */
export async function linkPreviewCard(key: string): Promise<PlannedCard> {
  return cardOf(await getCards(), key);
}

/** Draws a planned card, or takes it from the card cache when nothing it shows has changed. */
export async function drawCard(card: PlannedCard): Promise<CachedCard> {
  fonts ??= new CardFonts();
  const photo = card.photoFile ? await readFile(path.resolve(card.photoFile)) : undefined;
  return renderCardCached({ ...card.content, ...(photo ? { photo } : {}) }, { fonts, cacheDir: cardCacheDir(process.cwd(), process.env) });
}
