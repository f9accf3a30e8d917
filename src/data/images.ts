import os from 'node:os';
import path from 'node:path';
import { imageCacheDir } from '../lib/images/imageCacheDir.ts';
import { listShownImages, type ShownImage } from '../lib/images/listShownImages.ts';
import { optimizeImage, prepareImage, type OptimizedImage } from '../lib/images/optimizeImage.ts';
import { IMAGE_PRESETS, type ImagePreset } from '../lib/images/presets.ts';
import { runLimited } from '../lib/runLimited.ts';
import { recordPhase } from '../lib/output/buildPhases.ts';
import type { SiteModel } from '../lib/publication/resolveSite.ts';

export { IMAGE_PRESETS, INLINE_SIZES, type ImagePreset } from '../lib/images/presets.ts';

function contentImageOptions(entryFile: string, src: string, preset: ImagePreset) {
  return [path.resolve(path.dirname(entryFile), src), { ...IMAGE_PRESETS[preset], cacheDir: imageCacheDir(process.cwd(), process.env) }] as const;
}

/** Re-encodes an image referenced from a content file (its `src` is relative to that file). */
export function optimizeContentImage(entryFile: string, src: string, preset: ImagePreset): Promise<OptimizedImage> {
  return optimizeImage(...contentImageOptions(entryFile, src, preset));
}

/**
 * Encodes, before any page is rendered, every image the published model shows, as many at a time as the
 * machine has cores, so that pages find them in the cache (pages render one after another, so encoding there
 * keeps one core busy). Only the cache is written: pages still decide which images reach the output. An image
 * that fails here is left for its page, which reports it with its context. Records the `images` phase.
 */
export async function encodeShownImages(model: Pick<SiteModel, 'people' | 'departments' | 'spotlights' | 'newsletter'>): Promise<void> {
  const started = performance.now();
  const counts = { encoded: 0, cached: 0 };
  await runLimited(listShownImages(model), os.availableParallelism(), async ({ entryFile, src, preset }: ShownImage) => {
    try {
      const { encoded } = await prepareImage(...contentImageOptions(entryFile, src, preset));
      counts[encoded > 0 ? 'encoded' : 'cached'] += 1;
    } catch {
      // Its page fails with the file and field.
    }
  });
  recordPhase({ phase: 'images', ms: performance.now() - started, counts });
}
