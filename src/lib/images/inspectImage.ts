import { existsSync } from 'node:fs';
import sharp from 'sharp';
import type { ImageInfo } from './checkImage.ts';

/** Reads an image file's header (without decoding the picture) to learn its real format and size. */
export async function inspectImage(file: string): Promise<ImageInfo> {
  if (!existsSync(file)) return { kind: 'missing' };
  try {
    const meta = await sharp(file, { limitInputPixels: false }).metadata();
    if (!meta.format || !meta.width || !meta.height) return { kind: 'unreadable' };
    const format = meta.format === 'heif' && meta.compression === 'av1' ? 'avif' : meta.format;
    return { kind: 'image', format, width: meta.width, height: meta.height };
  } catch {
    return { kind: 'unreadable' };
  }
}
