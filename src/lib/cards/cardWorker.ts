/**
 * A worker thread that draws social cards (started by `createCardPool`; Node runs this file directly). It
 * loads the fonts once, keeps the last photos it cut to the card's panel, and draws one card per message into
 * the card cache, answering with the cache file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CardFonts } from './cardFonts.ts';
import type { CardWorkerReply } from './cardPool.ts';
import { type CardJob, drawCardJob } from './drawCardJob.ts';
import { createPanelCache, PANEL_CACHE_SIZE } from './preparePanel.ts';

const { cacheDir, root } = workerData as { cacheDir: string; root: string };
const fonts = new CardFonts();
const panels = createPanelCache(PANEL_CACHE_SIZE);
const port = parentPort!;

port.on('message', async (job: CardJob) => {
  let reply: CardWorkerReply;
  try {
    reply = { card: await drawCardJob(job, { fonts, cacheDir, root, panels }) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
