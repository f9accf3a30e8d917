import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFiles, readPage } from './helpers/dist.ts';
import { FIXTURE_OUT } from './setup/buildFixture.ts';

const pages = (await listFiles(FIXTURE_OUT)).filter((file) => file.endsWith('.html'));
const urlOf = (file: string) => `/${path.relative(FIXTURE_OUT, file).replace(/index\.html$/, '')}`;

describe('every page', () => {
  test.each(pages.map(urlOf))('%s has one h1, a skip link first, landmarks, a canonical URL and no script', async (url) => {
    const doc = await readPage(FIXTURE_OUT, url === '/404.html' ? '404.html' : url);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('body a')?.getAttribute('href')).toBe('#main');
    expect(doc.querySelector('main#main')).not.toBeNull();
    expect(doc.querySelector('header nav[aria-label="Main"]')).not.toBeNull();
    expect(doc.documentElement.getAttribute('lang')).toBe('en-GB');
    // The 404 page has no address of its own, so it names none.
    const canonical = url === '/404.html' ? null : `https://fixture.example${url}`;
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null).toBe(canonical);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    for (const img of doc.querySelectorAll('img')) expect(img.hasAttribute('alt')).toBe(true);
  });
});

describe('spotlight page', async () => {
  const doc = await readPage(FIXTURE_OUT, '/spotlights/morning-samples/');

  test('shows title, date, reading time and links to the featured people', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Morning samples with Paula');
    expect(doc.querySelector('time')?.getAttribute('datetime')).toBe('2026-01-12');
    expect(doc.querySelector('.meta')?.textContent).toMatch(/1 min read/);
    // The author's consent expired: the story stays, the byline goes.
    expect(doc.querySelector('.meta')?.textContent).not.toMatch(/Words by/);
    const people = [...doc.querySelectorAll('.featuring a')].map((a) => a.getAttribute('href'));
    expect(people).toEqual(['/people/paula-public/', '/people/zoe-initials/']);
  });

  test('headings get ids from rehype-slug, so the unified processor ran', () => {
    const ids = [...doc.querySelectorAll('.story h2')].map((h) => h.id);
    expect(ids).toEqual(['the-first-sample', 'what-happens-next']);
  });

  test('the hero is a responsive picture with AVIF and WebP sources', () => {
    const sources = [...doc.querySelectorAll('.hero source')].map((s) => s.getAttribute('type'));
    expect(sources).toEqual(['image/avif', 'image/webp', 'image/jpeg']);
    expect(doc.querySelector('.hero img')?.getAttribute('alt')).toBe('Sample bottles in morning light');
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(/^https:\/\/fixture\.example\/_img\/[a-f0-9]{12}-\d+\.jpg$/);
  });

  test('links its theme, department and tags', () => {
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/themes/expertise/', '/departments/lab/', '/tags/water-quality/', '/tags/lab-life/']));
  });
});

test('an MDX spotlight renders its Markdown', async () => {
  const doc = await readPage(FIXTURE_OUT, '/spotlights/zoe-at-sea/');
  expect(doc.querySelector('.story h2')?.id).toBe('listening-for-leaks');
  expect(doc.querySelector('.meta')?.textContent).toMatch(/Words by Paula Public/);
});

describe('department page', () => {
  test('lists the lead and public staff with role summaries', async () => {
    const doc = await readPage(FIXTURE_OUT, '/departments/lab/');
    const names = [...doc.querySelectorAll('.team .name')].map((n) => n.textContent);
    expect(names).toEqual(['Paula Public', 'Nora Quietphoto']);
    expect(doc.querySelector('.lead .badge')?.textContent).toBe('Leads the department');
    expect(doc.querySelector('.team')?.textContent).toContain('Collects samples across the valley.');
  });

  test('drops a lead whose consent was withdrawn and shows only public staff', async () => {
    const doc = await readPage(FIXTURE_OUT, '/departments/field/');
    expect(doc.querySelector('.lead')).toBeNull();
    expect([...doc.querySelectorAll('.team .name')].map((n) => n.textContent)).toEqual(['Zoë Ångström-Núñez']);
  });
});

describe('people', () => {
  test('a person without photo consent gets initials, never an image', async () => {
    const doc = await readPage(FIXTURE_OUT, '/people/nora-nophoto/');
    expect(doc.querySelector('.portrait img')).toBeNull();
    expect(doc.querySelector('.portrait .initials')?.textContent?.trim()).toBe('NQ');
  });

  test('names with diacritics render as written, and initials follow them', async () => {
    const doc = await readPage(FIXTURE_OUT, '/people/zoe-initials/');
    expect(doc.querySelector('h1')?.textContent).toBe('Zoë Ångström-Núñez');
    expect(doc.querySelector('.portrait .initials')?.textContent?.trim()).toBe('ZÅ');
  });

  test('a person page shows role, links, stories and kudos', async () => {
    const doc = await readPage(FIXTURE_OUT, '/people/paula-public/');
    expect(doc.querySelector('.role')?.textContent).toContain('Lab Chemist');
    expect(doc.querySelector('.links a')?.getAttribute('href')).toBe('https://www.linkedin.com/in/example-paula');
    expect([...doc.querySelectorAll('#stories ~ ul a, #stories + ul a')].map((a) => a.getAttribute('href'))).toContain('/spotlights/morning-samples/');
    expect(doc.querySelector('.kudos blockquote')?.textContent).toContain('drove the samples through the snow');
  });

  test('the people index lists exactly the public people', async () => {
    const doc = await readPage(FIXTURE_OUT, '/people/');
    expect([...doc.querySelectorAll('.name a')].map((a) => a.textContent)).toEqual(['Nora Quietphoto', 'Paula Public', 'Zoë Ångström-Núñez']);
  });
});

test('the home page features the department of the latest newsletter issue', async () => {
  const doc = await readPage(FIXTURE_OUT, '/');
  expect(doc.querySelector('#featured-department')?.textContent).toBe('Meet The Lab');
  expect(doc.querySelector('.featured h2')?.textContent).toBe('From the sea to the mains');
});

test('theme and tag pages exist only for published stories', async () => {
  const urls = pages.map(urlOf);
  expect(urls.filter((u) => u.startsWith('/themes/')).sort()).toEqual(['/themes/culture/', '/themes/expertise/']);
  expect(urls.filter((u) => u.startsWith('/tags/')).sort()).toEqual(['/tags/lab-life/', '/tags/water-quality/']);
  const tag = await readPage(FIXTURE_OUT, '/tags/lab-life/');
  expect(tag.querySelectorAll('.grid > li')).toHaveLength(2);
});

test('the sitemap lists every page and nothing else', async () => {
  const xml = await readFile(path.join(FIXTURE_OUT, 'sitemap-0.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
  const expected = pages.map(urlOf).filter((u) => u !== '/404.html').map((u) => `https://fixture.example${u}`).sort();
  expect(locs).toEqual(expected);
});
