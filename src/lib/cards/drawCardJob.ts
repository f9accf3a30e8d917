import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CardFonts } from './cardFonts.ts';
import type { CardContent } from './layoutCard.ts';
import type { PanelSource } from './preparePanel.ts';
import { cardFileName, renderCardCached } from './renderCardCached.ts';

/** One card to draw, as it crosses to a worker thread: what it shows and the photo file to read, if any. */
export interface CardJob {
  content: Omit<CardContent, 'photo'>;
  /** Absolute or project-relative path of the photo (already allowed by consent); absent for initials. */
  photoFile?: string | undefined;
}

/** Where a drawn card waits in the cache. */
export interface DrawnCard {
  /** File name in the card cache. */
  name: string;
  format: 'png' | 'jpeg';
  /** Whether the cache already held it. */
  cached: boolean;
}

/** What a job shows, its photo read from disk. */
export async function jobContent(job: CardJob, root: string): Promise<CardContent> {
  const photo = job.photoFile ? await readFile(path.resolve(root, job.photoFile)) : undefined;
  return { ...job.content, ...(photo ? { photo } : {}) };
}

/** The cache file a job's card is kept in: its name follows from what the card shows. */
export async function jobFileName(job: CardJob, root: string): Promise<string> {
  return cardFileName(await jobContent(job, root));
}

/** Draws one job's card into the cache (or finds it there); the card's bytes stay in the cache file. */
export async function drawCardJob(
  job: CardJob,
  options: { fonts: CardFonts; cacheDir: string; root: string; panels?: PanelSource | undefined },
): Promise<DrawnCard> {
  const card = await renderCardCached(await jobContent(job, options.root), options);
  return { name: card.name, format: card.format, cached: card.cached };
}
