import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';
import { planCards } from '../../src/lib/cards/planCards.ts';
import { loadContentFolder } from '../../src/lib/content/loadContentFolder.ts';
import { readPage } from '../helpers/dist.ts';
import { readIndexedPages } from '../helpers/pagefind.ts';
import { readPhases } from '../../src/lib/output/buildPhases.ts';
import { FIXTURE, FIXTURE_CARD_CACHE, FIXTURE_OUT, FIXTURE_PHASES } from '../setup/buildFixture.ts';

const SITE = 'https://fixture.example';
const files = await listFiles(FIXTURE_OUT);
const cards = files.filter((file) => file.startsWith('cards/')).sort();
const meta = (doc: Document, property: string) => doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content');

describe('social cards', () => {
  test('the build publishes exactly the cards the consent rules allow: shareable stories and people, departments, the site', async () => {
    expect(cards).toEqual([
      'cards/department/field.png',
      'cards/department/lab.png',
      'cards/person/paula-public.jpg',
      'cards/person/zoe-initials.png',
      'cards/site.png',
      'cards/spotlight/morning-samples.jpg',
      'cards/spotlight/zoe-at-sea.png',
    ]);
    // The same set as the model without Astro plans, so the two can never drift apart.
    const { model } = await loadContentFolder(FIXTURE.content, { now: new Date(FIXTURE.now), publicDir: 'public' });
    const planned = planCards(model!);
    expect([planned.site, ...planned.cards.values()].map((card) => card.path.slice(1)).sort()).toEqual(cards);
  });

  test('the build draws every card on worker threads into the card cache, and records the cards phase', async () => {
    const phase = (await readPhases(FIXTURE_PHASES)).find((record) => record.phase === 'cards');
    expect(phase?.counts).toEqual({ drawn: cards.length, cached: 0 });
    const cached = (await readdir(FIXTURE_CARD_CACHE)).sort();
    expect(cached).toHaveLength(cards.length);
    const published = await Promise.all(cards.map((card) => readFile(path.join(FIXTURE_OUT, card))));
    const kept = await Promise.all(cached.map((name) => readFile(path.join(FIXTURE_CARD_CACHE, name))));
    for (const bytes of published) expect(kept.some((other) => other.equals(bytes))).toBe(true);
  });

  test('nobody without social consent, and nobody who is not public, is in any card', () => {
    expect(cards.join('\n')).not.toMatch(/sunniva|nora|wilhelmina|exavier|reservoir-dawn|open-lab-day/);
  });

  test.each(cards)('%s is 1200 × 630 and at most 100 KB', async (card) => {
    const bytes = await readFile(path.join(FIXTURE_OUT, card));
    const info = await sharp(bytes).metadata();
    expect([info.width, info.height, info.format]).toEqual([1200, 630, card.endsWith('.jpg') ? 'jpeg' : 'png']);
    expect(bytes.length).toBeLessThanOrEqual(100_000);
    expect(info.exif).toBeUndefined();
  });
});

describe('link previews', () => {
  test.each([
    ['/spotlights/morning-samples/', '/cards/spotlight/morning-samples.jpg', 'Morning samples with Paula: a story from Fixture Works'],
    ['/people/paula-public/', '/cards/person/paula-public.jpg', undefined],
    ['/departments/lab/', '/cards/department/lab.png', undefined],
    ['/spotlights/reservoir-dawn/', '/cards/site.png', undefined],
    ['/people/sunniva-nosocial/', '/cards/site.png', undefined],
    ['/', '/cards/site.png', undefined],
  ])('%s previews %s', async (url, card, alt) => {
    const doc = await readPage(FIXTURE_OUT, url);
    expect(meta(doc, 'og:image')).toBe(`${SITE}${card}`);
    expect(meta(doc, 'twitter:image')).toBe(`${SITE}${card}`);
    expect([meta(doc, 'og:image:width'), meta(doc, 'og:image:height'), meta(doc, 'twitter:card')]).toEqual(['1200', '630', 'summary_large_image']);
    if (alt) expect(meta(doc, 'og:image:alt')).toBe(alt);
  });
});

describe('share links and the share kit', () => {
  test('a story whose people all agreed carries share links whose addresses parse back to its text and tagged URL', async () => {
    const doc = await readPage(FIXTURE_OUT, '/spotlights/morning-samples/');
    const links = [...doc.querySelectorAll('section.share a[href]')].map((a) => a.getAttribute('href')!);
    const x = new URL(links.find((href) => href.startsWith('https://x.com/'))!);
    const tagged = new URL(x.searchParams.get('url')!);
    expect(tagged.origin + tagged.pathname).toBe(`${SITE}/spotlights/morning-samples/`);
    expect(Object.fromEntries(tagged.searchParams)).toEqual({ utm_source: 'x', utm_medium: 'employee_share', utm_campaign: 'morning-samples' });
    expect(x.searchParams.get('text')).toMatch(/\S/);
    const linkedin = new URL(links.find((href) => href.startsWith('https://www.linkedin.com/'))!);
    expect(new URL(linkedin.searchParams.get('url')!).searchParams.get('utm_source')).toBe('linkedin');
    const mail = new URL(links.find((href) => href.startsWith('mailto:'))!);
    expect(mail.searchParams.get('subject')).toBe('Morning samples with Paula');
  });

  test('a title with &, #, quotes and an emoji comes back whole from every share address', async () => {
    const title = 'From the sea to the mains: Zoë’s "#1" rule & 🌊';
    const doc = await readPage(FIXTURE_OUT, '/spotlights/zoe-at-sea/');
    const links = [...doc.querySelectorAll('section.share a[href]')].map((a) => new URL(a.getAttribute('href')!));
    const param = (host: string, name: string) => links.find((url) => url.href.startsWith(host))!.searchParams.get(name)!;
    expect(param('mailto:', 'subject')).toBe(title);
    for (const [host, name] of [
      ['https://x.com/', 'text'],
      ['https://bsky.app/', 'text'],
    ] as const) {
      expect(param(host, name)).toContain(title);
    }
    const tagged = new URL(param('https://x.com/', 'url'));
    expect(tagged.pathname).toBe('/spotlights/zoe-at-sea/');
    expect(tagged.searchParams.get('utm_campaign')).toBe('zoe-at-sea');
  });

  test('a story featuring someone without social consent has no share links and no kit', async () => {
    const doc = await readPage(FIXTURE_OUT, '/spotlights/reservoir-dawn/');
    expect(doc.querySelector('section.share')).toBeNull();
    expect(files).not.toContain('spotlights/reservoir-dawn/share/index.html');
  });

  test('kits exist for the shareable stories only, and are kept out of search engines, the sitemap and the search index', async () => {
    expect(files.filter((file) => file.endsWith('/share/index.html')).sort()).toEqual([
      'spotlights/morning-samples/share/index.html',
      'spotlights/zoe-at-sea/share/index.html',
    ]);
    const kit = await readPage(FIXTURE_OUT, '/spotlights/morning-samples/share/');
    expect(meta(kit, 'robots')).toBe('noindex');
    expect(kit.querySelector('[data-pagefind-body]')).toBeNull();
    expect(kit.querySelector('img')?.getAttribute('src')).toBe('/cards/spotlight/morning-samples.jpg');
    expect(kit.querySelectorAll('.posts > li')).toHaveLength(6);
    expect(await readFile(path.join(FIXTURE_OUT, 'sitemap-0.xml'), 'utf8')).not.toContain('/share/');
    expect((await readIndexedPages(FIXTURE_OUT)).map((page) => page.url)).not.toContain('/spotlights/morning-samples/share/');
  });
});
