import sharp, { type OutputInfo } from 'sharp';

/** One file to make from a source image: its width and its format with sharp's encoder options. */
export interface EncodeJob {
  width: number;
  format: 'avif' | 'webp' | 'jpeg';
  options: Readonly<Record<string, number | boolean>>;
}

/**
 * Encodes one source image into every job, cropped to `aspect` (width / height) around its most interesting
 * part: the source is decoded and turned upright once, each width is resized once, and each format is encoded
 * from those pixels, so a photo in twelve files costs one decode rather than twelve. Nothing of the source's
 * metadata (EXIF, GPS, XMP, IPTC, ICC) is kept: the pixels are converted to 8-bit sRGB first. Results are in
 * the order of `jobs`.
 */
export async function encodeImage(source: Buffer, aspect: number, jobs: readonly EncodeJob[]): Promise<Buffer[]> {
  if (jobs.length === 0) return [];
  const upright = await sharp(source).rotate().toColourspace('srgb').raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  const raw = (info: { width: number; height: number; channels: number }) => ({
    raw: { width: info.width, height: info.height, channels: info.channels as 1 | 2 | 3 | 4 },
  });
  const resized = new Map<number, Promise<{ data: Buffer; info: OutputInfo }>>();
  const results: Buffer[] = [];
  for (const job of jobs) {
    let pixels = resized.get(job.width);
    if (!pixels) {
      pixels = sharp(upright.data, raw(upright.info))
        .resize(job.width, Math.round(job.width / aspect), { fit: 'cover', position: 'attention' })
        .raw()
        .toBuffer({ resolveWithObject: true });
      resized.set(job.width, pixels);
    }
    const { data, info } = await pixels;
    results.push(
      await sharp(data, raw(info))
        .toFormat(job.format, { ...job.options })
        .toBuffer(),
    );
  }
  return results;
}
