import { extensionOfFormat, imageFormatOf } from './formats.ts';

/** What reading an image file's header found. */
export type ImageInfo = { kind: 'missing' } | { kind: 'unreadable' } | { kind: 'image'; format: string; width: number; height: number };

/** The largest photo accepted, in pixels per side and in total: enough for any camera, small enough to encode. */
export const MAX_SIDE = 16_383;
export const MAX_PIXELS = 120_000_000;

/** Why an image named in content cannot be published, or undefined when it can. */
export function imageProblem(src: string, info: ImageInfo): string | undefined {
  if (info.kind === 'missing') return `the image "${src}" does not exist; put the file next to this one and check the spelling, including upper and lower case`;
  if (info.kind === 'unreadable')
    return `the image "${src}" cannot be read as a picture: the file is damaged or is not an image. Export it again as JPEG, PNG, WebP or AVIF`;
  const named = imageFormatOf(src);
  const expected = named?.photo ? named.format : undefined;
  if (expected && info.format !== expected) {
    const actual = extensionOfFormat(info.format);
    return `the image "${src}" is named .${named!.extension} but holds a ${info.format.toUpperCase()} picture; ${actual ? `rename it to end in ${actual} or ` : ''}export it again as ${expected.toUpperCase()}`;
  }
  if (info.width > MAX_SIDE || info.height > MAX_SIDE || info.width * info.height > MAX_PIXELS) {
    return `the image "${src}" is ${info.width} × ${info.height} pixels, too large to process; photos may be at most ${MAX_SIDE} pixels on a side and ${MAX_PIXELS / 1_000_000} megapixels. Resize it (3000 pixels on the long side is plenty)`;
  }
  return undefined;
}
