import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';
import { run } from '../../scripts/build.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/buildSite.ts';
import { readPage } from '../helpers/dist.ts';
import { FIXTURE, FIXTURE_OUT } from '../setup/buildFixture.ts';

let preview: BuildResult;
let files: string[];
beforeAll(async () => {
  preview = await buildSite({ content: FIXTURE.content, name: 'fixture-preview', env: { INSOURCE_NOW: FIXTURE.now }, args: ['--preview'] });
  expect(preview.code, preview.output).toBe(0);
  files = await listFiles(preview.outDir);
});

const banner = async (out: string, url: string) => (await readPage(out, url)).querySelector('.preview-banner')?.textContent?.replace(/\s+/g, ' ').trim();

describe("an editor's preview build", () => {
  test.each([
    ['/spotlights/draft-drumbeat/', 'Not on the public site: status is draft.'],
    ['/spotlights/review-riverbank/', 'Not on the public site: status is review.'],
    ['/spotlights/future-falcon/', 'Not on the public site: scheduled for 2099-01-01.'],
    ['/people/exavier-expired/', 'Not on the public site: consent expired after 2025-06-30.'],
  ])('shows %s with a banner saying what holds it back', async (url, text) => {
    expect(await banner(preview.outDir, url)).toBe(text);
  });

  test('marks every page noindex, closes robots.txt, and has no sitemap and no search index', async () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    for (const page of pages)
      expect((await readPage(preview.outDir, `/${page}`)).querySelector('meta[name="robots"]')?.getAttribute('content'), page).toBe('noindex');
    expect(await readFile(path.join(preview.outDir, 'robots.txt'), 'utf8')).toContain('Disallow: /');
    expect(files.filter((file) => file.startsWith('sitemap') || file.startsWith('pagefind/'))).toEqual([]);
  });

  test('shows nobody who withdrew, even to editors', () => {
    expect(files.filter((file) => file.includes('wilhelmina'))).toEqual([]);
  });

  test('keeps everything held back out of its feeds', async () => {
    const feeds = files.filter((file) => /\.(xml|json)$/.test(file));
    expect(feeds).toContain('rss.xml');
    for (const feed of feeds)
      expect(await readFile(path.join(preview.outDir, feed), 'utf8'), feed).not.toMatch(/draft-drumbeat|review-riverbank|future-falcon|exavier/);
  });

  test('gives nothing held back a share kit, a card or share links', async () => {
    expect(files.filter((file) => /draft-drumbeat|review-riverbank|future-falcon|exavier/.test(file) && !file.endsWith('/index.html'))).toEqual([]);
    expect(files).not.toContain('spotlights/draft-drumbeat/share/index.html');
    expect((await readPage(preview.outDir, '/spotlights/draft-drumbeat/')).querySelector('section.share')).toBeNull();
  });

  test('the public build of the same content shows none of it', async () => {
    for (const url of ['spotlights/draft-drumbeat', 'spotlights/review-riverbank', 'people/wilhelmina-withdrawn'])
      expect(existsSync(path.join(FIXTURE_OUT, url))).toBe(false);
    expect((await readPage(FIXTURE_OUT, '/')).querySelector('.preview-ribbon')).toBeNull();
  });

  test('is never built into dist/, the folder that is deployed', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      expect(await run(['--preview', '--out', path.join(ROOT, 'dist')])).toBe(1);
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).toContain('A preview shows drafts and people without consent, so it is never built into dist/');
  });
});
