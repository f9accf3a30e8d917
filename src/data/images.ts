import path from 'node:path';
import { imageCacheDir } from '../lib/images/imageCacheDir.ts';
import { optimizeImage, type OptimizedImage } from '../lib/images/optimizeImage.ts';

/** Preset shapes and sizes for the site's images. */
export const IMAGE_PRESETS = {
  portrait: { widths: [160, 320, 480, 720], aspect: 4 / 5 },
  hero: { widths: [480, 800, 1200, 1600], aspect: 16 / 9 },
  wide: { widths: [480, 800, 1200], aspect: 3 / 2 },
  inline: { widths: [480, 800, 1200], aspect: undefined },
} as const;

export type ImagePreset = keyof typeof IMAGE_PRESETS;

/** How wide a photo in the text of a story is shown. */
export const INLINE_SIZES = '(min-width: 72rem) 42rem, 92vw';

/** Re-encodes an image referenced from a content file (its `src` is relative to that file). */
export function optimizeContentImage(entryFile: string, src: string, preset: ImagePreset): Promise<OptimizedImage> {
  return optimizeImage(path.resolve(path.dirname(entryFile), src), {
    ...IMAGE_PRESETS[preset],
    cacheDir: imageCacheDir(process.cwd(), process.env),
  });
}
