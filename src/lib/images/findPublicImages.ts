import type { ContentIssue } from '../errors.ts';
import { imageFormatOf } from './formats.ts';

/**
 * Finds raster images under public/, which Astro copies into the site byte for byte, with any GPS and camera
 * metadata. Photos belong next to their Markdown file in content/, where they are re-encoded without it.
 */
export function findPublicImages(publicFiles: readonly string[]): ContentIssue[] {
  return publicFiles
    .filter((file) => imageFormatOf(file)?.raster)
    .map((file) => ({
      file,
      field: '(file)',
      message:
        'pictures in public/ are published byte for byte, with any location and camera data they carry. Move it next to the Markdown file that shows it (in content/) and name it in photo.src, hero.src or <Photo src>, so it is re-encoded without metadata; use SVG for icons and logos',
    }));
}
