import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cardCacheDir } from '../lib/cards/cardCacheDir.ts';
import { CardFonts } from '../lib/cards/cardFonts.ts';
import { cardWorkerEntry, createCardPool } from '../lib/cards/cardPool.ts';
import { cardWorkerCount } from '../lib/cards/cardWorkerCount.ts';
import { type DrawnCard, drawCardJob } from '../lib/cards/drawCardJob.ts';
import { cardLabel, drawCards } from '../lib/cards/drawCards.ts';
import { cardOf, planCards, type PlannedCard } from '../lib/cards/planCards.ts';
import { recordPhase } from '../lib/output/buildPhases.ts';
import { getSite } from './site.ts';

let planned: Promise<ReturnType<typeof planCards>> | undefined;
let drawing: Promise<Map<string, Promise<DrawnCard>>> | undefined;
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

/**
 * Starts drawing every planned card missing from the card cache, on one worker thread per core
 * (`INSOURCE_CARD_WORKERS`), and records the `cards` phase when the last is drawn. Called once by the
 * cards' route when a build first lists them; each card's page then only waits for its own card.
 */
export function drawAllCards(): Promise<Map<string, Promise<DrawnCard>>> {
  drawing ??= getCards().then(({ site, cards }) => {
    const root = process.cwd();
    const cacheDir = cardCacheDir(root, process.env);
    const all = [['site', site] as const, ...cards];
    const size = cardWorkerCount(process.env, os.availableParallelism());
    const { results, done } = drawCards(
      all.map(([key, card]) => ({ label: cardLabel(key, card.path), job: { content: card.content, photoFile: card.photoFile } })),
      {
        cacheDir,
        root,
        pool: () => createCardPool({ size, cacheDir, root, entry: cardWorkerEntry(root) }),
        prune: process.env['INSOURCE_PRUNE_CACHES'] === '1',
      },
    );
    void done.then(({ ms, drawn, cached }) => recordPhase({ phase: 'cards', ms, counts: { drawn, cached } }));
    return new Map(all.map(([, card], i) => [card.path, results[i]!]));
  });
  return drawing;
}

/** A planned card's bytes: drawn by `drawAllCards` when the build started it, otherwise drawn here (the dev server). */
export async function drawCard(card: PlannedCard): Promise<{ bytes: Buffer; format: 'png' | 'jpeg' }> {
  const root = process.cwd();
  const cacheDir = cardCacheDir(root, process.env);
  const started = drawing ? (await drawing).get(card.path) : undefined;
  fonts ??= new CardFonts();
  const drawn = await (started ?? drawCardJob({ content: card.content, photoFile: card.photoFile }, { fonts, cacheDir, root }));
  return { bytes: await readFile(path.join(cacheDir, drawn.name)), format: drawn.format };
}
