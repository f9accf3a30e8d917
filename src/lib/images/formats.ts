/** What the site knows about one image file extension. */
export interface ImageFormat {
  /** The file extension, lowercase and without the dot; the first row of a format names its usual extension. */
  readonly extension: string;
  /** The format as sharp names it when it reads the file. */
  readonly format: string;
  /** The media type the file is served with. */
  readonly mime: string;
  /** Whether content may name it as a photo: raster formats sharp re-encodes (SVG can carry scripts). */
  readonly photo: boolean;
  /** Whether it is made of pixels, and so may carry location and camera data (SVG is not). */
  readonly raster: boolean;
  /** For the formats the pipeline encodes into, their place in `<picture>`, best first; the last is the fallback every browser shows. */
  readonly output?: number;
  /** For those formats: `every` width of the preset (a `<source>` srcset), or only the `fallback` width (the `<img src>`, e-mail, link previews). */
  readonly widths?: 'every' | 'fallback';
  /** For those formats: sharp's encoder options. */
  readonly encode?: Readonly<Record<string, number | boolean>>;
}

/** Every image file extension the site recognises. Order matters: photo extensions are listed to editors in this order. */
/**
 * Published photos are AVIF at every width of their preset (effort 0, quality 50) and one JPEG at the
 * fallback width for browsers without AVIF, e-mail and link previews. `npm run bench:images` measured the
 * options: AVIF at effort 0 costs a third of effort 2 for about 0.2 dB less and the same bytes, is smaller
 * and closer to the original than WebP at the same CPU time, and dropping WebP and the other JPEG widths
 * stores a third of the files (see README, Photos).
 */
export const IMAGE_FORMATS = [
  {
    extension: 'jpg',
    format: 'jpeg',
    mime: 'image/jpeg',
    photo: true,
    raster: true,
    output: 2,
    widths: 'fallback',
    encode: { quality: 74, mozjpeg: true, progressive: true },
  },
  { extension: 'jpeg', format: 'jpeg', mime: 'image/jpeg', photo: true, raster: true },
  { extension: 'png', format: 'png', mime: 'image/png', photo: true, raster: true },
  { extension: 'webp', format: 'webp', mime: 'image/webp', photo: true, raster: true },
  { extension: 'avif', format: 'avif', mime: 'image/avif', photo: true, raster: true, output: 1, widths: 'every', encode: { quality: 50, effort: 0 } },
  { extension: 'gif', format: 'gif', mime: 'image/gif', photo: false, raster: true },
  { extension: 'svg', format: 'svg', mime: 'image/svg+xml', photo: false, raster: false },
  { extension: 'tif', format: 'tiff', mime: 'image/tiff', photo: false, raster: true },
  { extension: 'tiff', format: 'tiff', mime: 'image/tiff', photo: false, raster: true },
  { extension: 'heic', format: 'heif', mime: 'image/heic', photo: false, raster: true },
  { extension: 'heif', format: 'heif', mime: 'image/heif', photo: false, raster: true },
  { extension: 'bmp', format: 'bmp', mime: 'image/bmp', photo: false, raster: true },
] as const satisfies readonly ImageFormat[];

type OutputRow = Extract<(typeof IMAGE_FORMATS)[number], { output: number }> & Required<Pick<ImageFormat, 'widths' | 'encode'>>;

/** A format the pipeline encodes published images into. */
export type OutputFormat = OutputRow['format'];

/** The formats the pipeline encodes published images into, best first; the last one is the fallback every browser shows. */
export const OUTPUT_FORMATS: readonly OutputRow[] = IMAGE_FORMATS.filter((row): row is OutputRow => 'output' in row).sort((a, b) => a.output - b.output);

/** File types a published photo may have. */
export const PHOTO_EXTENSIONS: readonly string[] = IMAGE_FORMATS.filter((row) => row.photo).map((row) => row.extension);

/** The row of a file name's extension (any case), or undefined when it is not an image the site knows. */
export function imageFormatOf(fileName: string): ImageFormat | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return undefined;
  const extension = fileName.slice(dot + 1).toLowerCase();
  return IMAGE_FORMATS.find((row) => row.extension === extension);
}

/** The usual extension, with its dot, of a format as sharp names it (`.jpg` for jpeg), or undefined. */
export function extensionOfFormat(format: string): string | undefined {
  const row = IMAGE_FORMATS.find((candidate) => candidate.format === format);
  return row ? `.${row.extension}` : undefined;
}
