import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { bareProjectFiles } from '../../scripts/bench/bareProject.ts';
import { drawPhoto, drawPhotoPixels } from '../../scripts/bench/drawPhoto.ts';
import { generateOrganisation, type GeneratedFile } from '../../scripts/bench/generateOrganisation.ts';
import { alignColumns, formatTable, phaseFigures, ratioVsBare, renderMs, type BenchReport, type BuildFigures } from '../../scripts/bench/measure.ts';
import { addFrontmatter, editForRebuild, planPhotos, publishedSpotlights, REBUILD_SENTENCE } from '../../scripts/bench/planPhotos.ts';
import { loadContentFolder } from '../../src/lib/content/loadContentFolder.ts';
import type { PhaseRecord } from '../../src/lib/output/buildPhases.ts';

/** Reading a whole organisation or encoding a photo takes seconds when the machine is busy; not a speed target. */
const SLOW_ON_A_BUSY_MACHINE = 30_000;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SIZE = { people: 12, departments: 2, spotlights: 40, seed: 'bench' };
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'insource-bench-report-'));
  dirs.push(dir);
  return dir;
}

async function writeAll(dir: string, files: readonly GeneratedFile[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
    await writeFile(path.join(dir, file.path), file.text);
  }
}

const COLD: PhaseRecord[] = [
  { phase: 'content sync', ms: 3000 },
  { phase: 'pages', ms: 9000 },
  { phase: 'cards', ms: 2000, counts: { drawn: 40, cached: 0 } },
  { phase: 'images', ms: 4000, counts: { encoded: 16 } },
  { phase: 'search index', ms: 1234 },
];
const BARE: PhaseRecord[] = [
  { phase: 'content sync', ms: 1000 },
  { phase: 'pages', ms: 1000 },
];

describe('bench phases and ratio_vs_bare', () => {
  test('phases are reported in seconds, with the counts of the phases that counted something', () => {
    expect(phaseFigures(COLD)).toEqual({
      phases: { 'content sync': 3, pages: 9, cards: 2, images: 4, 'search index': 1.23 },
      phase_counts: { cards: { drawn: 40, cached: 0 }, images: { encoded: 16 } },
    });
  });

  test('page rendering is content sync and pages without the cards and images drawn inside them', () => {
    expect(renderMs(COLD)).toBe(3000 + 9000 - 2000 - 4000);
    expect(renderMs(BARE)).toBe(2000);
    expect(renderMs([{ phase: 'links', ms: 500 }])).toBe(0);
  });

  test('ratio_vs_bare divides rendering per page on each side', () => {
    // Insource: 6000 ms over 100 pages = 60 ms; bare: 2000 ms over 50 pages = 40 ms.
    expect(ratioVsBare({ records: COLD, pages: 100 }, { records: BARE, pages: 50 })).toBe(1.5);
    expect(ratioVsBare({ records: COLD, pages: 100 }, { records: BARE, pages: 0 })).toBeNull();
    expect(ratioVsBare({ records: COLD, pages: 100 }, { records: [], pages: 50 })).toBeNull();
  });
});

describe('bench table', () => {
  const build = (records: PhaseRecord[], pages: number, wall_s: number): BuildFigures => ({
    pages,
    wall_s,
    ms_per_page: (wall_s * 1000) / pages,
    peak_rss_mib: 900,
    output_mib: 12.5,
    files: 300,
    render_ms_per_page: renderMs(records) / pages,
    ...phaseFigures(records),
  });
  const report: BenchReport = {
    ...build(COLD, 100, 20),
    ratio_vs_bare: 1.5,
    check_s: 1.5,
    rebuild: build(
      [
        { phase: 'content sync', ms: 2500 },
        { phase: 'pages', ms: 4000 },
        { phase: 'cards', ms: 10, counts: { drawn: 1, cached: 39 } },
      ],
      100,
      9,
    ),
    bare: build(BARE, 50, 4),
  };
  const size = { people: 10, departments: 2, spotlights: 50 };

  test('columns line up even when some rows have fewer cells', () => {
    expect(alignColumns([['a', 'bbb', 'c'], ['phases'], ['dddd', 'e', 'f']]).split('\n')).toEqual(['a       bbb  c', 'phases', 'dddd    e    f']);
  });

  test('each build has a column and each phase a row, with its counts; a phase a build did not run is left blank', () => {
    const lines = formatTable(size, report).split('\n');
    const header = lines.find((line) => line.includes('Insource'))!;
    expect(header.indexOf('rebuild')).toBeGreaterThan(header.indexOf('Insource'));
    expect(header.indexOf('bare Astro')).toBeGreaterThan(header.indexOf('rebuild'));
    const cells = (label: string) => {
      const line = lines.find((l) => l.trimStart().startsWith(label))!;
      return [
        line.slice(header.indexOf('Insource'), header.indexOf('rebuild')).trim(),
        line.slice(header.indexOf('rebuild'), header.indexOf('bare Astro')).trim(),
        line.slice(header.indexOf('bare Astro')).trim(),
      ];
    };
    expect(cells('cards')).toEqual(['2.00 s (drawn 40, cached 0)', '0.01 s (drawn 1, cached 39)', '']);
    expect(cells('search index')).toEqual(['1.23 s', '', '']);
    expect(cells('content sync')).toEqual(['3.00 s', '2.50 s', '1.00 s']);
    expect(cells('per page (rendering)')).toEqual(['60.00 ms', '64.90 ms', '40.00 ms']);
    expect(lines.find((line) => line.startsWith('ratio vs bare'))).toContain('1.50 (page rendering per page: content sync + pages - cards - images');
    expect(lines.find((line) => line.startsWith('npm run check'))).toContain('1.50 s');
  });

  test('without a baseline the ratio says it was not measured', () => {
    const { bare: _, ...alone } = report;
    const text = formatTable(size, { ...alone, ratio_vs_bare: null });
    expect(text).toMatch(/^ratio vs bare\s+not measured$/m);
    expect(text).not.toContain('bare Astro');
  });
});

describe('bare Astro baseline', () => {
  const spotlights = '/tmp/some bench/content/spotlights';
  const files = bareProjectFiles({ site: 'https://bare.bench.example', spotlights, phasesIntegration: path.join(ROOT, 'src/integrations/buildPhases.ts') });
  const text = (file: string) => files.find((f) => f.path === file)?.text ?? '';

  test('its config sets the site, its own cache folder and the phase timer, nothing else', async () => {
    const dir = await tempDir();
    await writeAll(dir, files);
    // The config imports astro/config from the project's node_modules, linked in as a bench does.
    await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const config = (await import(pathToFileURL(path.join(dir, 'astro.config.mjs')).href)).default as Record<string, unknown>;
    expect(Object.keys(config).sort()).toEqual(['cacheDir', 'integrations', 'site']);
    expect(config['site']).toBe('https://bare.bench.example');
    expect((config['integrations'] as Array<{ name: string }>).map((integration) => integration.name)).toEqual(['insource:build-phases']);
  });

  test('one glob collection over the spotlight folder and one dynamic route rendering each entry in a layout', () => {
    expect(files.map((file) => file.path).sort()).toEqual(['astro.config.mjs', 'src/content.config.ts', 'src/layouts/Base.astro', 'src/pages/[...id].astro']);
    expect(text('src/content.config.ts')).toContain(`glob({ base: ${JSON.stringify(spotlights)}, pattern: '**/*.md' })`);
    // Entry ids hold the year folder (2025/story-1), so the route takes a rest parameter.
    expect(text('src/pages/[...id].astro')).toMatch(/params: \{ id: entry\.id \}/);
    expect(text('src/pages/[...id].astro')).toContain('await render(entry)');
    expect(text('src/pages/[...id].astro')).toContain('<Content />');
  });
});

describe('bench photos', () => {
  const organisation = generateOrganisation(SIZE);
  const front = (file: GeneratedFile) => parseFrontmatter(file.text).frontmatter as Record<string, unknown>;

  test('every person whose consent includes photos gets a portrait next to their file, and nobody else', () => {
    const noPhoto = organisation.map((file) =>
      file.path === 'people/person-5.md' ? { ...file, text: file.text.replace(/scope: \[profile, photo, /, 'scope: [profile, ') } : file,
    );
    expect(noPhoto.find((file) => file.path === 'people/person-5.md')!.text).not.toContain('photo');
    const { files, photos } = planPhotos(noPhoto, 'bench');
    const portraits = photos.filter((photo) => photo.kind === 'portrait');
    expect(portraits.map((photo) => photo.path)).toEqual(
      Array.from({ length: 12 }, (_, i) => `people/person-${i + 1}.jpg`).filter((file) => file !== 'people/person-5.jpg'),
    );
    expect(portraits.every((photo) => photo.width === 1200 && photo.height === 1200)).toBe(true);
    const person = front(files.find((file) => file.path === 'people/person-1.md')!);
    expect(person['photo']).toEqual({ src: './person-1.jpg', alt: expect.stringMatching(/^Portrait of .+ 1,/) });
    expect(front(files.find((file) => file.path === 'people/person-5.md')!)['photo']).toBeUndefined();
  });

  test('as many published spotlights as there are people get a hero, and no draft, story in review or withdrawn person', () => {
    const { files, photos } = planPhotos(organisation, 'bench');
    const heroes = photos.filter((photo) => photo.kind === 'hero');
    const published = publishedSpotlights(organisation).map((file) => file.path.replace(/\.md$/, '.jpg'));
    expect(published.length).toBeGreaterThan(12);
    expect(heroes.map((photo) => photo.path)).toEqual(published.slice(0, 12));
    expect(heroes.every((photo) => photo.width === 2400 && photo.height === 1600)).toBe(true);
    const withHero = files.filter((file) => 'hero' in front(file)).map((file) => front(file));
    expect(withHero).toHaveLength(12);
    expect(withHero.every((data) => data['status'] === 'approved')).toBe(true);
  });

  test('the same organisation and seed plan the same photos, each drawn from its own seed', () => {
    const plan = planPhotos(organisation, 'bench');
    expect(planPhotos(organisation, 'bench')).toEqual(plan);
    expect(new Set(plan.photos.map((photo) => photo.seed)).size).toBe(plan.photos.length);
    expect(planPhotos(organisation, 'other').photos.map((photo) => photo.seed)).not.toEqual(plan.photos.map((photo) => photo.seed));
  });

  test(
    'the content with its photos passes the build checks and publishes every portrait and hero of published content',
    async () => {
      const dir = await tempDir();
      const { files, photos } = planPhotos(organisation, 'bench');
      await writeAll(dir, files);
      // Flat stand-ins, each its own colour (a picture shared by two people fails the build), at the planned size.
      await Promise.all(
        photos.map((photo, i) =>
          sharp({ create: { width: photo.width, height: photo.height, channels: 3, background: { r: i, g: 255 - i, b: (i * 7) % 256 } } })
            .jpeg()
            .toFile(path.join(dir, photo.path)),
        ),
      );
      const { issues, model } = await loadContentFolder(dir, { now: new Date('2026-06-01'), publicDir: 'public' });
      expect(issues).toEqual([]);
      const publishedPeople = model!.people;
      expect(publishedPeople.length).toBeGreaterThan(0);
      expect(publishedPeople.every((person) => person.data.photo?.src === `./${person.id}.jpg`)).toBe(true);
      expect(model!.spotlights.filter((spotlight) => spotlight.data.hero).length).toBe(12);
    },
    SLOW_ON_A_BUSY_MACHINE,
  );

  test('the rebuild adds one sentence to the body of the first published spotlight and changes nothing else', () => {
    const edit = editForRebuild(organisation);
    const original = organisation.find((file) => file.path === edit.path)!;
    expect(publishedSpotlights(organisation)[0]!.path).toBe(edit.path);
    expect(edit.text).toBe(`${original.text.trimEnd()} ${REBUILD_SENTENCE}\n`);
    expect(parseFrontmatter(edit.text).frontmatter).toEqual(parseFrontmatter(original.text).frontmatter);
    expect(() => editForRebuild(organisation.filter((file) => !file.path.startsWith('spotlights/')))).toThrow(/no spotlight to edit/);
  });

  test('front matter lines go before the closing ---, leaving the body alone', () => {
    expect(addFrontmatter('---\na: 1\n---\nBody\n---\n', ['b: 2'])).toBe('---\na: 1\nb: 2\n---\nBody\n---\n');
    expect(() => addFrontmatter('No front matter', ['b: 2'])).toThrow();
  });

  test('pixels are the same for a seed, differ between seeds, and are not flat', () => {
    const pixels = drawPhotoPixels(120, 80, 'a');
    expect(drawPhotoPixels(120, 80, 'a').equals(pixels)).toBe(true);
    expect(drawPhotoPixels(120, 80, 'b').equals(pixels)).toBe(false);
    // Neighbouring pixels differ (grain), and the picture spans a wide range (gradient, shapes).
    let differing = 0;
    for (let i = 3; i < pixels.length; i += 3) if (pixels[i] !== pixels[i - 3]) differing++;
    expect(differing / (pixels.length / 3)).toBeGreaterThan(0.8);
    expect(Math.max(...pixels) - Math.min(...pixels)).toBeGreaterThan(100);
  });

  test.each([
    ['portrait', 1200, 1200],
    ['hero', 2400, 1600],
  ])(
    'a %s is a %ix%i JPEG of a real photo size, carrying GPS for the pipeline to strip',
    async (_, width, height) => {
      const gps = { latitude: 52.0907, longitude: 5.1214, artist: 'Ana Abara 1', copyright: 'Copyright 2024 Ana Abara 1' };
      const jpeg = await drawPhoto({ width, height, seed: `bench:${width}`, gps });
      const meta = await sharp(jpeg).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', width, height]);
      expect(jpeg.length).toBeGreaterThan(150 * 1024);
      expect(jpeg.length).toBeLessThan(600 * 1024);
      const tags = await exifr.parse(jpeg, { gps: true, tiff: true });
      expect(tags.latitude).toBeCloseTo(gps.latitude, 3);
      expect(tags.Artist).toBe(gps.artist);
    },
    SLOW_ON_A_BUSY_MACHINE,
  );
});
