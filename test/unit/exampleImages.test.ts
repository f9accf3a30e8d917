import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { run } from '../../scripts/example-images.ts';
import { choosePortraitFeatures, pronounHint } from '../../scripts/example-images/choosePortraitFeatures.ts';
import { chooseSceneFeatures, COMPOSITIONS, HERO_SIZE } from '../../scripts/example-images/chooseSceneFeatures.ts';
import { createRng } from '../../scripts/example-images/createRng.ts';
import { drawScene } from '../../scripts/example-images/drawScene.ts';
import { exiftoolArgs, formatForPath, gpsExifForSharp, gpsTagFor } from '../../scripts/example-images/encodeImage.ts';
import { contrast, luminance, mix } from '../../scripts/example-images/mixColours.ts';
import { drawImageJob, planImageJob, type ContentEntry, type ImageKind } from '../../scripts/example-images/planImageJob.ts';

const draws = (seed: string | number, count = 20) => {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng.next());
};

/** The root element of an SVG string, parsed as XML. */
const svgRoot = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);

describe('createRng', () => {
  test('gives the same sequence for the same seed', () => {
    expect(draws('portrait:ana-lima')).toEqual(draws('portrait:ana-lima'));
    expect(draws(42)).toEqual(draws(42));
  });

  test('gives different sequences for different seeds', () => {
    expect(draws('portrait:ana-lima')).not.toEqual(draws('portrait:ben-okafor'));
    expect(draws(1)).not.toEqual(draws(2));
  });

  test('keeps every number within its range, with both ends of int() reachable', () => {
    const rng = createRng('ranges');
    const floats = Array.from({ length: 500 }, () => rng.range(-2, 3));
    const ints = Array.from({ length: 500 }, () => rng.int(1, 4));
    expect(Math.min(...floats)).toBeGreaterThanOrEqual(-2);
    expect(Math.max(...floats)).toBeLessThan(3);
    expect(new Set(ints)).toEqual(new Set([1, 2, 3, 4]));
  });

  test('never picks an item whose weight is zero', () => {
    const rng = createRng('weights');
    const picks = Array.from({ length: 300 }, () =>
      rng.weighted([
        ['never', 0],
        ['often', 3],
        ['sometimes', 1],
      ] as const),
    );
    expect(new Set(picks)).toEqual(new Set(['often', 'sometimes']));
  });

  test('refuses to pick from an empty list', () => {
    expect(() => createRng(1).pick([])).toThrow('empty list');
  });
});

describe('colour maths', () => {
  test.each([
    ['#000000', '#FFFFFF', 21],
    ['#FFFFFF', '#000000', 21],
    ['#777777', '#777777', 1],
    ['#767676', '#FFFFFF', 4.54],
    ['#0000FF', '#FFFFFF', 8.59],
  ])('the contrast ratio of %s on %s is %d', (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 2);
  });

  test('gives black a luminance of 0 and white a luminance of 1', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#FFFFFF')).toBeCloseTo(1, 10);
  });

  test('mixes two colours in proportion', () => {
    expect(mix('#000000', '#FFFFFF', 0)).toBe('#000000');
    expect(mix('#000000', '#FFFFFF', 1)).toBe('#ffffff');
    expect(mix('#000000', '#FFFFFF', 0.5)).toBe('#808080');
    expect(mix('#FF0000', '#0000FF', 0.25)).toBe('#bf0040');
  });
});

describe('portraits', () => {
  test('draws the same SVG for the same person every time', () => {
    const job = { kind: 'portrait', id: 'ana-lima', pronouns: 'she' } as const;
    expect(drawImageJob(job)).toBe(drawImageJob(job));
  });

  test('gives different people different portraits', () => {
    const people = ids('person', 60);
    const svgs = people.map((id) => drawImageJob({ kind: 'portrait', id }));
    expect(new Set(svgs).size).toBe(people.length);
  });

  test('gives beards and moustaches only to people who use he', () => {
    const people = ids('person', 150);
    for (const pronouns of ['she', 'neutral'] as const) {
      expect(people.filter((id) => choosePortraitFeatures(id, { pronouns }).facialHair !== 'none')).toEqual([]);
    }
    expect(people.some((id) => choosePortraitFeatures(id, { pronouns: 'he' }).facialHair !== 'none')).toBe(true);
  });

  test('frames glasses in a colour that stands out from the skin', () => {
    const withGlasses = ids('person', 200)
      .map((id) => choosePortraitFeatures(id))
      .filter((f) => f.glasses !== 'none');
    expect(withGlasses.length).toBeGreaterThan(10);
    for (const f of withGlasses) expect(contrast(f.glassesColour, f.skin.base)).toBeGreaterThanOrEqual(2.2);
  });

  test.each([
    ['she/her', 'she'],
    ['He/Him', 'he'],
    ['he/they', 'he'],
    ['they/them', 'neutral'],
    ['hello', 'neutral'],
    [undefined, 'neutral'],
    [['she', 'her'], 'neutral'],
  ])('reads pronouns %j as %s', (pronouns, hint) => {
    expect(pronounHint(pronouns)).toBe(hint);
  });
});

describe('scenes', () => {
  test('draw the same SVG for the same spotlight every time', () => {
    const job = { kind: 'hero', id: '2025/the-leak-team', hints: ['expertise'] } as const;
    expect(drawImageJob(job)).toBe(drawImageJob(job));
  });

  test('differ between spotlights', () => {
    const stories = ids('2025/story', 40);
    expect(new Set(stories.map((id) => drawImageJob({ kind: 'hero', id }))).size).toBe(stories.length);
  });

  test('mostly follow a motif named in the id', () => {
    const pipes = ids('spotlight:2025/fixing-a-leak', 40).filter((id) => chooseSceneFeatures(id).composition === 'pipes');
    expect(pipes.length).toBeGreaterThanOrEqual(30);
  });

  test('take a motif from tags and theme when the id names none', () => {
    const rivers = ids('spotlight:2025/a-fine-day', 40).filter((id) => chooseSceneFeatures(id, ['reservoir']).composition === 'river');
    expect(rivers.length).toBeGreaterThanOrEqual(30);
  });

  test('are drawn at night when the id says evening or night', () => {
    expect(chooseSceneFeatures('spotlight:2025/the-night-shift').night).toBe(true);
    expect(chooseSceneFeatures('spotlight:2025/an-evening-at-the-works').night).toBe(true);
  });
});

describe('SVG output', () => {
  const sizes: ReadonlyArray<readonly [ImageKind, number, number]> = [
    ['portrait', 640, 800],
    ['department', 1200, 800],
    ['hero', 1600, 900],
  ];

  test.each(sizes)('a %s is an <svg> root of %ix%i that sharp reads at that size', async (kind, width, height) => {
    const svg = drawImageJob({ kind, id: 'customer-care' });
    const root = svgRoot(svg);
    expect(root.tagName.toLowerCase()).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    // librsvg, behind sharp, rejects XML that is not well-formed.
    expect(await sharp(Buffer.from(svg)).metadata()).toMatchObject({ format: 'svg', width, height });
  });

  const variants = COMPOSITIONS.flatMap((composition) => [[composition, 'day'] as const, [composition, 'night'] as const]);

  test.each(variants)('a %s scene by %s is well-formed and every url(#id) it uses is defined', async (composition, time) => {
    const features = { ...chooseSceneFeatures(`scene:${composition}`), composition, night: time === 'night' };
    const svg = drawScene(features, HERO_SIZE.width, HERO_SIZE.height);
    const root = svgRoot(svg);
    expect(root.tagName.toLowerCase()).toBe('svg');
    const used = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
    for (const id of used) expect(root.querySelector(`[id="${id}"]`), `#${id}`).not.toBeNull();
    expect(await sharp(Buffer.from(svg)).metadata()).toMatchObject({ width: HERO_SIZE.width, height: HERO_SIZE.height });
  });

  test('every portrait style refers only to ids it defines', () => {
    for (const id of ids('person', 40)) {
      const svg = drawImageJob({ kind: 'portrait', id, pronouns: 'he' });
      const root = svgRoot(svg);
      for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(root.querySelector(`[id="${ref}"]`), `${id}: #${ref}`).not.toBeNull();
    }
  });
});

describe('planImageJob', () => {
  const content = path.resolve('/site/content');
  const person = (data: Record<string, unknown>): ContentEntry => ({
    file: path.join(content, 'people', 'ana-lima.md'),
    collectionDir: path.join(content, 'people'),
    kind: 'portrait',
    field: 'photo',
    data,
  });

  test('plans a portrait beside the person file, named by the photo src', () => {
    expect(planImageJob(person({ name: 'Ana Lima', pronouns: 'she/her', photo: { src: './ana-lima.jpg', alt: 'Ana' } }))).toEqual({
      job: {
        kind: 'portrait',
        id: 'ana-lima',
        output: path.join(content, 'people', 'ana-lima.jpg'),
        withdrawn: false,
        name: 'Ana Lima',
        pronouns: 'she',
        hints: [],
      },
    });
  });

  test('marks the portrait of a person who withdrew consent', () => {
    const planned = planImageJob(person({ name: 'Ana Lima', photo: './ana-lima.jpg', consent: { status: 'withdrawn' } }));
    expect(planned && 'job' in planned && planned.job.withdrawn).toBe(true);
  });

  test('names a nested spotlight by its path and takes its tags and theme as hints', () => {
    const planned = planImageJob({
      file: path.join(content, 'spotlights', '2025', 'river-day.mdx'),
      collectionDir: path.join(content, 'spotlights'),
      kind: 'hero',
      field: 'hero',
      data: { title: 'River day', hero: { src: '../images/river-day.webp' }, tags: ['water', 3], theme: 'culture' },
    });
    expect(planned).toMatchObject({
      job: { id: '2025/river-day', name: 'River day', output: path.join(content, 'spotlights', 'images', 'river-day.webp'), hints: ['water', 'culture'] },
    });
  });

  test('has nothing to plan for an entry without an image', () => {
    expect(planImageJob(person({ name: 'Ana Lima' }))).toBeUndefined();
  });

  test.each(['https://example.org/ana.jpg', '/images/ana.jpg', '@assets/ana.jpg', '~/ana.jpg'])('warns that %s is not a relative path', (src) => {
    expect(planImageJob(person({ photo: src }))).toEqual({ warning: expect.stringContaining(`"${src}" is not a relative path`) });
  });

  test('warns about an image type it cannot write', () => {
    expect(planImageJob(person({ photo: './ana.gif' }))).toEqual({ warning: expect.stringContaining('unsupported image extension in "./ana.gif"') });
  });
});

describe('encoding', () => {
  test.each([
    ['a.jpg', 'jpeg'],
    ['a.JPEG', 'jpeg'],
    ['a.webp', 'webp'],
    ['a.png', 'png'],
    ['a.gif', undefined],
  ])('writes %s as %s', (file, format) => {
    expect(formatForPath(file)).toBe(format);
  });

  test('tags a withdrawn portrait with the same GPS position every time', () => {
    expect(gpsTagFor('ana-lima', 'Ana Lima')).toEqual(gpsTagFor('ana-lima', 'Ana Lima'));
    expect(gpsTagFor('ana-lima', 'Ana Lima', 2025).copyright).toBe('Copyright 2025 Ana Lima. All rights reserved.');
  });

  test('writes GPS as EXIF degrees, minutes and hundredths of seconds with the hemisphere', () => {
    const exif = gpsExifForSharp({ latitude: 52.5, longitude: -1.25, artist: 'Ana', copyright: 'c' });
    expect(exif['IFD3']).toEqual({ GPSLatitudeRef: 'N', GPSLatitude: '52/1 30/1 0/100', GPSLongitudeRef: 'W', GPSLongitude: '1/1 15/1 0/100' });
  });

  test('asks exiftool for unsigned coordinates with their hemisphere, and names the file last', () => {
    const args = exiftoolArgs({ latitude: -33.9, longitude: 18.4, artist: 'Ana', copyright: 'c' }, 'ana.jpg');
    expect(args).toEqual(expect.arrayContaining(['-GPSLatitude=33.9', '-GPSLatitudeRef=S', '-GPSLongitude=18.4', '-GPSLongitudeRef=E']));
    expect(args.at(-1)).toBe('ana.jpg');
  });
});

describe('npm run example:images', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'example-images-'));
    await mkdir(path.join(dir, 'people'), { recursive: true });
    await writeFile(path.join(dir, 'people', 'ana-lima.md'), '---\nname: Ana Lima\nphoto:\n  src: ./ana-lima.png\n  alt: Ana\n---\n');
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  test('draws each referenced image, and leaves it alone next time unless forced', async () => {
    const image = path.join(dir, 'people', 'ana-lima.png');
    expect(await run(['--dir', dir])).toBe(0);
    expect(await sharp(image).metadata()).toMatchObject({ format: 'png', width: 640, height: 800 });
    await writeFile(image, 'kept');
    expect(await run(['--dir', dir])).toBe(0);
    expect(await readFile(image, 'utf8')).toBe('kept');
    expect(await run(['--dir', dir, '--force'])).toBe(0);
    expect(await sharp(image).metadata()).toMatchObject({ format: 'png' });
  });

  test("gives a withdrawn person's portrait the GPS position and credits the privacy tests look for", async () => {
    await writeFile(
      path.join(dir, 'people', 'wil-hidden.md'),
      '---\nname: Wil Hidden\nphoto:\n  src: ./wil-hidden.jpg\n  alt: Wil\nconsent:\n  status: withdrawn\n---\n',
    );
    expect(await run(['--dir', dir])).toBe(0);
    const tags = await exifr.parse(path.join(dir, 'people', 'wil-hidden.jpg'), { gps: true, tiff: true });
    expect(tags).toMatchObject({ Artist: 'Wil Hidden', Copyright: expect.stringContaining('Wil Hidden') });
    expect(tags.latitude).toBeTypeOf('number');
    expect(tags.longitude).toBeTypeOf('number');
  });

  test('shows help, and refuses an unknown option with exit code 2 and a message', async () => {
    const out = vi.mocked(process.stdout.write);
    const error = vi.mocked(console.error);
    out.mockClear();
    error.mockClear();
    expect(await run(['--help'])).toBe(0);
    expect(out.mock.calls.flat().join('\n')).toContain('Usage: npm run example:images');
    expect(await run(['--colour'])).toBe(2);
    expect(error.mock.calls.flat().join('\n')).toContain('--colour');
  });
});
