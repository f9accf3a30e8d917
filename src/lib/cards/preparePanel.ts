import { createHash } from 'node:crypto';
import sharp from 'sharp';

/** A photo cut to a card's portrait panel: raw RGB pixels, ready to be composited onto the card. */
export interface PanelPixels {
  data: Buffer;
  width: number;
  height: number;
  channels: 3;
}

/** Cuts a photo to the panel: upright, covering it, centred on its most interesting part, as raw pixels. */
export async function preparePanel(photo: Buffer, size: { width: number; height: number }): Promise<PanelPixels> {
  const { data, info } = await sharp(photo)
    .rotate()
    .resize(size.width, size.height, { fit: 'cover', position: 'attention' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 3 };
}

/**
 * How many prepared panels a thread keeps (about 50 MB): cards are sent in order of their photo
 * (`orderByPhoto`), so the cards that share a portrait follow one another and a few suffice.
 */
export const PANEL_CACHE_SIZE = 64;

/** Answers a photo's panel, prepared once per photo content and panel size. */
export type PanelSource = (photo: Buffer, size: { width: number; height: number }) => Promise<PanelPixels>;

/**
 * A panel source that keeps the last `limit` prepared panels (about 0.8 MB each), keyed by a hash of the
 * photo's bytes and the panel size: one portrait shown on many story cards is decoded and cut once, and a
 * changed photo is a different key. Kept in memory only, so nothing of a photo outlives the process.
 */
export function createPanelCache(limit: number, prepare: PanelSource = preparePanel): PanelSource {
  const kept = new Map<string, Promise<PanelPixels>>();
  return (photo, size) => {
    const key = `${createHash('sha256').update(photo).digest('hex')}:${size.width}x${size.height}`;
    const found = kept.get(key);
    if (found) {
      // Most recently used last, so the oldest is dropped first.
      kept.delete(key);
      kept.set(key, found);
      return found;
    }
    const panel = prepare(photo, size);
    kept.set(key, panel);
    // A photo that fails is not kept: the next card asks again and reports its own error.
    panel.catch(() => kept.delete(key));
    while (kept.size > limit) kept.delete(kept.keys().next().value!);
    return panel;
  };
}
