import { copyFile, mkdtemp, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { encodeImage } from '../../src/lib/images/encodeImage.ts';
import { ENCODED_IMAGE_NAME, optimizeImage, prepareImage } from '../../src/lib/images/optimizeImage.ts';
import { IMAGE_PRESETS } from '../../src/lib/images/presets.ts';

let dir = '';
let photo = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'insource-optimize-'));
  photo = path.join(dir, 'ana.jpg');
  // 1200 x 900 as stored, turned a quarter by its EXIF orientation (so 900 x 1200 upright), with GPS in its EXIF.
  await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#2a6' } })
    .composite([{ input: Buffer.from('<svg width="400" height="300"><circle cx="200" cy="150" r="120" fill="#c42"/></svg>'), top: 300, left: 400 }])
    .withExif({ IFD0: { Artist: 'Ana Example' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toFile(photo);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test('the test photo carries GPS and an orientation (the danger is real)', async () => {
  const meta = await sharp(photo).metadata();
  expect(meta.orientation).toBe(6);
  expect(meta.exif?.toString('latin1')).toContain('Ana Example');
});

test('a portrait becomes AVIF at every width and one JPEG at the fallback width, upright and without metadata', async () => {
  const cacheDir = path.join(dir, 'cache-a');
  const { image, encoded } = await prepareImage(photo, { ...IMAGE_PRESETS.portrait, cacheDir });
  const [avif] = image.sources;
  expect(image.sources).toHaveLength(1);
  expect(avif!.type).toBe('image/avif');
  expect(avif!.srcset).toMatch(/^\/_img\/([a-f0-9]{12})-160\.avif 160w, \/_img\/\1-320\.avif 320w, \/_img\/\1-480\.avif 480w, \/_img\/\1-720\.avif 720w$/);
  expect(image.src).toMatch(/^\/_img\/[a-f0-9]{12}-320\.jpg$/);
  expect([image.width, image.height]).toEqual([720, 900]);
  const files = (await readdir(cacheDir)).sort();
  expect(encoded).toBe(5);
  expect(files).toHaveLength(5);
  for (const file of files) {
    expect(file).toMatch(ENCODED_IMAGE_NAME);
    const meta = await sharp(await readFile(path.join(cacheDir, file))).metadata();
    expect({ exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc, orientation: meta.orientation }).toEqual({
      exif: undefined,
      xmp: undefined,
      iptc: undefined,
      orientation: undefined,
    });
    const width = Number(/-(\d+)\./.exec(file)![1]);
    expect([meta.format === 'heif' ? 'avif' : meta.format, meta.width, meta.height]).toEqual([
      file.endsWith('.jpg') ? 'jpeg' : 'avif',
      width,
      Math.round(width / 0.8),
    ]);
  }
});

test('a second build finds every file in the cache and encodes nothing', async () => {
  const cacheDir = path.join(dir, 'cache-b');
  const first = await prepareImage(photo, { ...IMAGE_PRESETS.hero, cacheDir });
  const second = await prepareImage(photo, { ...IMAGE_PRESETS.hero, cacheDir });
  expect(first.encoded).toBeGreaterThan(0);
  expect(second).toEqual({ image: first.image, encoded: 0 });
});

test('encodes in the order of the jobs, each width once, from a 16-bit PNG with transparency too', async () => {
  const png = await sharp({ create: { width: 640, height: 480, channels: 4, background: { r: 10, g: 120, b: 200, alpha: 0.5 } } })
    .png()
    .toColourspace('rgb16')
    .toBuffer();
  expect((await sharp(png).metadata()).depth).toBe('ushort');
  const files = await encodeImage(png, 4 / 3, [
    { width: 320, format: 'avif', options: { quality: 50, effort: 0 } },
    { width: 160, format: 'jpeg', options: { quality: 70 } },
    { width: 320, format: 'webp', options: { quality: 70 } },
  ]);
  const metas = await Promise.all(files.map((file) => sharp(file).metadata()));
  expect(metas.map(({ format, width, height, depth }) => [format, width, height, depth])).toEqual([
    ['heif', 320, 240, 'uchar'],
    ['jpeg', 160, 120, 'uchar'],
    ['webp', 320, 240, 'uchar'],
  ]);
  // The colour and transparency survive the 16-bit decode: the same pixels as encoding the PNG directly.
  const pixel = async (file: Buffer) => [...(await sharp(file).raw().toBuffer()).subarray(0, 4)];
  const direct = await sharp(png).resize(320, 240).avif({ quality: 50, effort: 0 }).toBuffer();
  const [ours, theirs] = [await pixel(files[0]!), await pixel(direct)];
  ours.forEach((value, i) => expect(Math.abs(value - theirs[i]!)).toBeLessThanOrEqual(2));
  expect(ours[3]).toBeGreaterThan(100);
  expect(ours[3]).toBeLessThan(155);
});

test('an image shown on many pages is prepared once per process, and again once its file changes', async () => {
  const cacheDir = path.join(dir, 'cache-shown');
  const shown = path.join(dir, 'shown.jpg');
  await copyFile(photo, shown);
  const first = await optimizeImage(shown, { ...IMAGE_PRESETS.hero, cacheDir });
  // With its cached files gone, only a second preparation would notice: the page gets the prepared image.
  await rm(cacheDir, { recursive: true });
  expect(await optimizeImage(shown, { ...IMAGE_PRESETS.hero, cacheDir })).toBe(first);
  // Another preset is another image.
  expect((await optimizeImage(shown, { ...IMAGE_PRESETS.portrait, cacheDir })).height).not.toBe(first.height);
  // An editor replaces the photo (as in `astro dev`): it is read and encoded again.
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#c42' } })
    .jpeg()
    .toFile(shown);
  await utimes(shown, new Date(), new Date(Date.now() + 5_000));
  const changed = await optimizeImage(shown, { ...IMAGE_PRESETS.hero, cacheDir });
  expect(changed.sourceSha256).not.toBe(first.sourceSha256);
  expect(changed.src).not.toBe(first.src);
});
