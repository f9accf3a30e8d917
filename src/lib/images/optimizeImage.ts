import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { IMAGE_PREFIX } from '../urls.ts';
import { ImageError } from '../errors.ts';
import { OUTPUT_FORMATS, type OutputFormat } from './formats.ts';

/** URL path under which optimized images are published. */
export const IMAGE_URL_PREFIX = IMAGE_PREFIX;

/** An encoded image's file name, as this pipeline names it: a content hash, the width and the format's extension. */
export const ENCODED_IMAGE_NAME = new RegExp(`^[a-f0-9]{12}-\\d+\\.(${OUTPUT_FORMATS.map((row) => row.extension).join('|')})$`);

/** A responsive image ready for `<picture>`: one srcset per format, the fallback and the intrinsic size. */
export interface OptimizedImage {
  sources: { type: string; srcset: string }[];
  src: string;
  width: number;
  height: number;
  /** File names of every encoded picture in the image cache. */
  files: string[];
  /** SHA-256 of the source file the pictures were encoded from. */
  sourceSha256: string;
}

export interface OptimizeOptions {
  /** Widths to produce; widths larger than the source are left out. */
  widths: readonly number[];
  /** Width divided by height to crop to; keeps the source's own shape when left out. */
  aspect?: number | undefined;
  /** Folder where encoded files are kept between builds. */
  cacheDir: string;
}

const QUALITY: Record<OutputFormat, object> = {
  avif: { quality: 55, effort: 2 },
  webp: { quality: 72 },
  jpeg: { quality: 74, mozjpeg: true, progressive: true },
};

const MADE = Symbol.for('insource.images.made');

/**
 * File names of the images encoded for content in this process. The build publishes only these: a cached
 * file from an earlier build (perhaps of someone who has since withdrawn) is not published just because a
 * page names its address. Kept on globalThis because the pages and the build hooks load separate copies of
 * this module.
 */
export function imagesMadeThisBuild(): Set<string> {
  const store = globalThis as { [MADE]?: Set<string> };
  return (store[MADE] ??= new Set());
}

/**
 * Re-encodes one image with sharp into every width and format: auto-rotated, metadata (EXIF, GPS, XMP, IPTC)
 * dropped, named by a hash of its content so that no file or person name reaches the output.
 */
export async function optimizeImage(sourcePath: string, options: OptimizeOptions): Promise<OptimizedImage> {
  let bytes: Buffer;
  try {
    bytes = await readFile(sourcePath);
  } catch {
    throw new ImageError(`Image not found: ${sourcePath}`);
  }
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch (cause) {
    throw new ImageError(`${sourcePath} is not an image sharp can read (${(cause as Error).message}).`);
  }
  if (!meta.width || !meta.height) throw new ImageError(`${sourcePath} has no readable size.`);
  const rotated = (meta.orientation ?? 1) >= 5;
  const sourceWidth = rotated ? meta.height : meta.width;
  const sourceHeight = rotated ? meta.width : meta.height;
  const aspect = options.aspect ?? sourceWidth / sourceHeight;
  const maxWidth = Math.min(sourceWidth, Math.floor(sourceHeight * aspect));
  const widths = [...new Set(options.widths.map((w) => Math.min(w, maxWidth)))].sort((a, b) => a - b);
  const digest = createHash('sha256').update(bytes).update(JSON.stringify({ aspect, QUALITY })).digest('hex').slice(0, 12);
  await mkdir(options.cacheDir, { recursive: true });

  const sources: OptimizedImage['sources'] = [];
  const files: string[] = [];
  let fallback = '';
  for (const { format, extension, mime } of OUTPUT_FORMATS) {
    const urls: string[] = [];
    for (const width of widths) {
      const name = `${digest}-${width}.${extension}`;
      const target = path.join(options.cacheDir, name);
      if (!(await exists(target))) {
        const height = Math.round(width / aspect);
        const output = await sharp(bytes).rotate().resize(width, height, { fit: 'cover', position: 'attention' }).toFormat(format, QUALITY[format]).toBuffer();
        await writeFile(target, output);
      }
      imagesMadeThisBuild().add(name);
      files.push(name);
      urls.push(`${IMAGE_URL_PREFIX}${name} ${width}w`);
    }
    sources.push({ type: mime, srcset: urls.join(', ') });
    if (format === OUTPUT_FORMATS.at(-1)!.format) fallback = urls[Math.min(1, urls.length - 1)]!.split(' ')[0]!;
  }
  const width = widths[widths.length - 1]!;
  const sourceSha256 = createHash('sha256').update(bytes).digest('hex');
  return { sources, src: fallback, width, height: Math.round(width / aspect), files, sourceSha256 };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
