import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { exists } from '../exists.ts';
import type { CardPool } from './cardPool.ts';
import { type CardJob, type DrawnCard, jobFileName } from './drawCardJob.ts';

/** One planned card: how error messages name it and what to draw. */
export interface NamedCardJob {
  /** Names the card for editors, e.g. `the card of the story "the-buddy-system" (/cards/spotlight/the-buddy-system.png)`. */
  label: string;
  job: CardJob;
}

/** What drawing every card came to: wall time from the first card looked up to the last one drawn. */
export interface CardsDrawn {
  ms: number;
  drawn: number;
  cached: number;
  failed: number;
}

export interface DrawCardsOptions {
  cacheDir: string;
  root: string;
  /** Starts the pool at the first card missing from the cache, so a rebuild that draws nothing starts no thread. */
  pool: () => CardPool;
  now?: () => number;
  /**
   * Delete from the cache every card this build did not plan once all are drawn (CI sets
   * `INSOURCE_PRUNE_CACHES=1`), so the card of someone who withdrew does not travel on in a kept cache.
   */
  prune?: boolean;
}

/** A social card's file name in the cache: a 16-digit hash and its format. */
const CARD_FILE = /^[a-f0-9]{16}\.(?:png|jpg)$/;

/** The cards in a cache folder that this build did not plan; other files in the folder are left alone. */
export function findStaleCards(cached: readonly string[], planned: ReadonlySet<string>): string[] {
  return cached.filter((name) => CARD_FILE.test(name) && !planned.has(name));
}

/** How an error message names a planned card, from its key in `planCards` (`spotlight:<id>`, `person:<id>`, ...). */
export function cardLabel(key: string, cardPath: string): string {
  const [kind, id] = key.split(/:(.*)/s);
  const whose =
    kind === 'spotlight' ? `the story "${id}"` : kind === 'person' ? `the person "${id}"` : kind === 'department' ? `the department "${id}"` : 'the site';
  return `the social card of ${whose} (${cardPath})`;
}

/**
 * The order to draw cards in: those that show the same photo one after another (a portrait is on its person's
 * card and on the card of every story that person leads), so a thread's panel cache cuts each photo once;
 * otherwise the planned order. Answers indices into `cards`.
 */
export function orderByPhoto(cards: readonly { job: Pick<CardJob, 'photoFile'> }[]): number[] {
  const first = new Map<string, number>();
  for (const [i, { job }] of cards.entries()) if (job.photoFile !== undefined && !first.has(job.photoFile)) first.set(job.photoFile, i);
  const group = (i: number) => {
    const file = cards[i]!.job.photoFile;
    return file === undefined ? i : first.get(file)!;
  };
  return cards.map((_, i) => i).sort((a, b) => group(a) - group(b) || a - b);
}

/**
 * Draws every card missing from the cache on the pool and answers, for each card in order, a promise of its
 * cache file. Cards are looked up one at a time (so photos are never all open at once), in `orderByPhoto`'s
 * order, and sent to the pool as they are found missing; a card that fails rejects with a message naming it and the cause. `done` settles
 * when every card has, and then the pool is closed.
 */
export function drawCards(cards: readonly NamedCardJob[], options: DrawCardsOptions): { results: Promise<DrawnCard>[]; done: Promise<CardsDrawn> } {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const settle = cards.map(() => {
    let resolve!: (card: DrawnCard) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<DrawnCard>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Awaited by the page that publishes the card; until then a failure must not count as unhandled.
    promise.catch(() => undefined);
    return { promise, resolve, reject };
  });
  const counts = { drawn: 0, cached: 0, failed: 0 };
  const planned = new Set<string>();
  let pool: CardPool | undefined;
  const work = (async () => {
    const pending: Promise<unknown>[] = [];
    for (const i of orderByPhoto(cards)) {
      const { label, job } = cards[i]!;
      const { resolve, reject } = settle[i]!;
      const fail = (error: unknown) => {
        counts.failed++;
        reject(new Error(`Could not draw ${label}: ${error instanceof Error ? error.message : String(error)}`));
      };
      let name: string;
      try {
        name = await jobFileName(job, options.root);
      } catch (error) {
        fail(error);
        continue;
      }
      planned.add(name);
      const format = name.endsWith('.jpg') ? 'jpeg' : 'png';
      if (await exists(path.join(options.cacheDir, name))) {
        counts.cached++;
        resolve({ name, format, cached: true });
        continue;
      }
      try {
        pool ??= options.pool();
      } catch (error) {
        fail(error);
        continue;
      }
      pending.push(
        pool.draw(job).then((card) => {
          if (card.cached) counts.cached++;
          else counts.drawn++;
          resolve(card);
        }, fail),
      );
    }
    await Promise.all(pending);
    // Only when every card was named: a card that failed before it had a name must not lose its cached file.
    if (options.prune && counts.failed === 0) {
      for (const name of findStaleCards(await readdir(options.cacheDir).catch(() => []), planned)) await rm(path.join(options.cacheDir, name), { force: true });
    }
    const ms = now() - started;
    // Not awaited: the idle threads no longer keep the process alive, so the build may end before they do.
    void pool?.close().catch(() => undefined);
    return { ms, ...counts };
  })();
  return { results: settle.map((entry) => entry.promise), done: work };
}
