import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exists } from '../exists.ts';
import sharp, { type Metadata } from 'sharp';
import { encodeImage } from './encodeImage.ts';
import { IMAGE_PREFIX } from '../urls.ts';
import { ImageError } from '../errors.ts';
import { OUTPUT_FORMATS } from './formats.ts';

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
 * Images already prepared in this process, by source file (path, size and time of last change) and options: a
 * photo shown on many pages (a hero on every list of stories, a portrait beside every story of its person) is
 * read, measured and hashed once per build instead of once per page. A file changed since (as in `astro dev`)
 * has another key and is prepared again.
 */
const prepared = new Map<string, Promise<OptimizedImage>>();

async function preparedKey(sourcePath: string, options: OptimizeOptions): Promise<string | undefined> {
  const file = await stat(sourcePath).catch(() => undefined);
  return file && JSON.stringify([sourcePath, file.size, file.mtimeMs, options.widths, options.aspect, options.cacheDir]);
}

/** Re-encodes one image (see `prepareImage`) and returns what `<picture>` needs; each image once per process (see `prepared`). */
export async function optimizeImage(sourcePath: string, options: OptimizeOptions): Promise<OptimizedImage> {
  const key = await preparedKey(sourcePath, options);
  if (key === undefined) return (await prepareImage(sourcePath, options)).image;
  let image = prepared.get(key);
  if (!image) {
    image = prepareImage(sourcePath, options).then((result) => result.image);
    prepared.set(key, image);
  }
  return image;
}

/**
 * Re-encodes one image with sharp into every format of `OUTPUT_FORMATS` at the widths it asks for: auto-rotated,
 * metadata (EXIF, GPS, XMP, IPTC) dropped, named by a hash of its content and the encoding so that no file or
 * person name reaches the output. Files already in the cache are not encoded again; `encoded` counts the new ones.
 */
export async function prepareImage(sourcePath: string, options: OptimizeOptions): Promise<{ image: OptimizedImage; encoded: number }> {
  const key = await preparedKey(sourcePath, options);
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
  const fallbackWidth = widths[Math.min(1, widths.length - 1)]!;
  const encoding = OUTPUT_FORMATS.map(({ format, widths, encode }) => ({ format, widths, encode }));
  const digest = createHash('sha256').update(bytes).update(JSON.stringify({ aspect, encoding })).digest('hex').slice(0, 12);
  await mkdir(options.cacheDir, { recursive: true });

  const files = OUTPUT_FORMATS.flatMap((row) =>
    (row.widths === 'every' ? widths : [fallbackWidth]).map((width) => ({ row, width, name: `${digest}-${width}.${row.extension}` })),
  );
  const missing = [];
  for (const file of files) if (!(await exists(path.join(options.cacheDir, file.name)))) missing.push(file);
  const encoded = await encodeImage(
    bytes,
    aspect,
    missing.map(({ row, width }) => ({ width, format: row.format, options: row.encode })),
  );
  // Written under another name first, so a build stopped halfway never leaves a truncated file the next one trusts.
  for (const [i, file] of missing.entries()) {
    const target = path.join(options.cacheDir, file.name);
    await writeFile(`${target}.${process.pid}.partial`, encoded[i]!);
    await rename(`${target}.${process.pid}.partial`, target);
  }
  for (const file of files) imagesMadeThisBuild().add(file.name);

  const url = (file: (typeof files)[number]) => `${IMAGE_URL_PREFIX}${file.name}`;
  const sources = OUTPUT_FORMATS.filter((row) => row.widths === 'every').map((row) => ({
    type: row.mime,
    srcset: files
      .filter((file) => file.row === row)
      .map((file) => `${url(file)} ${file.width}w`)
      .join(', '),
  }));
  const fallbackRow = OUTPUT_FORMATS.at(-1)!;
  const fallback = files.find((file) => file.row === fallbackRow && file.width === fallbackWidth)!;
  const width = widths[widths.length - 1]!;
  const sourceSha256 = createHash('sha256').update(bytes).digest('hex');
  const image = { sources, src: url(fallback), width, height: Math.round(width / aspect), files: files.map((file) => file.name), sourceSha256 };
  if (key !== undefined) prepared.set(key, Promise.resolve(image));
  return { image, encoded: missing.length };
}
