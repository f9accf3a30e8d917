import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { caniemail } from 'caniemail';
import { parseRssFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';
import { readPage } from '../helpers/dist.ts';
import { FIXTURE_OUT } from '../setup/buildFixture.ts';

const SITE = 'https://fixture.example';
const read = (file: string) => readFile(path.join(FIXTURE_OUT, file), 'utf8');
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
const editions = (await listFiles(FIXTURE_OUT)).filter((file) => file.startsWith('newsletter/'));
/** Nora works in the featured lab and is public, but her consent scope lacks `newsletter`; open-lab-day features her. */
const NOT_IN_NEWSLETTER = ['Nora', 'Quietphoto', 'nora-nophoto', 'open-lab-day', 'An open day at the lab'];

test('the newsletter builds its archive, its feed and three editions of its one published issue', () => {
  expect(editions.sort()).toEqual([
    'newsletter/2026-02/email.html',
    'newsletter/2026-02/email.txt',
    'newsletter/2026-02/index.html',
    'newsletter/index.html',
    'newsletter/rss.xml',
  ]);
});

test.each(editions)('%s shows nobody without newsletter consent, nor their story', async (file) => {
  const content = await read(file);
  for (const needle of NOT_IN_NEWSLETTER) expect(content, needle).not.toContain(needle);
});

describe('the web edition', () => {
  test('the archive lists the issue with its featured department', async () => {
    const doc = await readPage(FIXTURE_OUT, '/newsletter/');
    expect(text(doc.querySelector('.issues h2'))).toBe('February at Fixture Works');
    expect(text(doc.querySelector('.issues .meta'))).toBe('2 February 2026 · In focus: The Lab');
    expect(doc.querySelector('.issues a')?.getAttribute('href')).toBe('/newsletter/2026-02/');
  });

  test('an issue has the letter, who does what in the department, its spotlights and recent kudos', async () => {
    const doc = await readPage(FIXTURE_OUT, '/newsletter/2026-02/');
    expect(text(doc.querySelector('.letter'))).toBe('This month we visit the lab.');
    expect(text(doc.querySelector('#who'))).toBe('The Lab');
    const team = [...doc.querySelectorAll('.team .person')].map((card) => [
      text(card.querySelector('.name')),
      text(card.querySelector('.role')),
      text(card.querySelector('.summary')),
    ]);
    expect(team).toEqual([
      ['Paula Public', 'Lab Chemist', 'Runs the daily tests that tell us the water is safe.'],
      ['Sunniva Nosocial', 'Reservoir Keeper', 'Looks after the reservoir and the birds on it.'],
    ]);
    expect([...doc.querySelectorAll('#spotlights ~ ul a[href^="/spotlights/"]')].map((a) => a.getAttribute('href'))).toEqual(['/spotlights/morning-samples/']);
    expect([...doc.querySelectorAll('.kudos blockquote')].map(text)).toEqual(['Zoë drove the samples through the snow so the lab could open on time.']);
  });

  test('pages advertise the newsletter feed; the sitemap lists the web edition but no email edition', async () => {
    const doc = await readPage(FIXTURE_OUT, '/newsletter/2026-02/');
    expect(doc.querySelector('link[rel="alternate"][href="/newsletter/rss.xml"]')).not.toBeNull();
    const sitemap = await read('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${SITE}/newsletter/2026-02/</loc>`);
    expect(sitemap).not.toContain('email');
  });
});

describe('the newsletter feed', () => {
  test('one item per issue whose content is the whole issue', async () => {
    const feed = parseRssFeed(await read('newsletter/rss.xml'));
    expect(feed.atom?.links?.[0]?.href).toBe(`${SITE}/newsletter/rss.xml`);
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items!;
    expect(item).toMatchObject({
      title: 'February at Fixture Works',
      link: `${SITE}/newsletter/2026-02/`,
      guid: { value: 'fixture.example:newsletter:2026-02', isPermaLink: false },
      description: 'This month we visit the lab.',
      pubDate: 'Mon, 02 Feb 2026 00:00:00 GMT',
    });
    const body = parseHTML(`<!doctype html><html><body>${item!.content!.encoded}</body></html>`).document.body;
    for (const expected of [
      'This month we visit the lab.',
      'Who does what',
      'Paula Public',
      'Sunniva Nosocial',
      'Morning samples with Paula',
      'Helping hand',
    ]) {
      expect(body.textContent).toContain(expected);
    }
  });
});

describe('the email edition', async () => {
  const html = await read('newsletter/2026-02/email.html');
  const doc = parseHTML(html).document;

  test('is under Gmail’s 102 KB clipping size, with no script, no stylesheet and no style element', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(102 * 1024);
    expect(doc.querySelectorAll('script, link, style').length).toBe(0);
    expect(html).not.toMatch(/@import|@font-face|fonts\.googleapis/);
  });

  test('every element that shows text or lays out the column carries its own style', () => {
    for (const element of doc.querySelectorAll('body p, body h1, body h2, body h3, body a, body td'))
      expect(element.getAttribute('style'), element.outerHTML.slice(0, 120)).toBeTruthy();
  });

  test('every image has alt text, width and height and an absolute address of a published JPEG', async () => {
    const images = [...doc.querySelectorAll('img')];
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const img of images) {
      expect(img.hasAttribute('alt')).toBe(true);
      expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
      const src = img.getAttribute('src')!;
      expect(src.startsWith(`${SITE}/_img/`), src).toBe(true);
      const file = path.join(FIXTURE_OUT, new URL(src).pathname);
      expect(existsSync(file), src).toBe(true);
      expect((await sharp(file).metadata()).format).toBe('jpeg');
    }
  });

  test('every link is absolute but the unsubscribe merge tag set in site.yaml', () => {
    const links = [...doc.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')!]);
    for (const [label, href] of links) if (label !== 'Unsubscribe') expect(href).toMatch(/^https:\/\/fixture\.example\//);
    expect(links).toContainEqual(['Unsubscribe', '{{ unsubscribe_url }}']);
    expect(links).toContainEqual(['View on the web', `${SITE}/newsletter/2026-02/`]);
  });

  test('dark mode: a colour-scheme meta, no media query, no background image, light grounds under dark text', () => {
    expect(doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content')).toBe('light dark');
    expect(html).not.toMatch(/prefers-color-scheme|background-image|url\(/);
    expect(doc.querySelector('body > div')?.getAttribute('style')).toContain('display:none');
  });

  test('uses nothing that Gmail, Outlook (Windows and web), Apple Mail or Yahoo do not support, by caniemail.com', () => {
    const result = caniemail({ clients: ['gmail.*', 'outlook.windows', 'outlook.outlook-com', 'apple-mail.*', 'yahoo.*'], html });
    /**
     * Known and accepted: clients without `color-scheme` support ignore the meta (asked for, for the
     * clients that honour it); Gmail's mobile web client shows the preheader as a first line; the Yahoo
     * apps turn `<body>` into a `<div>` (the background is on the wrapper table) and read `height:auto`
     * as `min-height:auto` (which changes nothing).
     */
    const accepted: Record<string, string[]> = {
      'color-scheme meta tag': ['*'],
      'display:none': ['gmail.mobile-webmail'],
      '<body> element': ['yahoo.android', 'yahoo.ios'],
      'height property': ['yahoo.android', 'yahoo.desktop-webmail', 'yahoo.ios'],
    };
    const unsupported: string[] = [];
    for (const [client, issues] of result.issues.errors) {
      for (const issue of Array.isArray(issues) ? issues : [issues]) {
        const allowed = accepted[issue.title];
        if (!allowed || !(allowed.includes('*') || allowed.includes(client))) unsupported.push(`${issue.title} in ${client}`);
      }
    }
    expect(unsupported).toEqual([]);
  });
});

describe('the text edition', () => {
  test('carries the same issue as plain text with numbered link footnotes', async () => {
    const plain = await read('newsletter/2026-02/email.txt');
    expect(plain).toMatch(/^Fixture Works · February 2026\n\nFebruary at Fixture Works\n=+\n/);
    expect(plain).toContain('Paula Public [2]\nLab Chemist · team lead\nRuns the daily tests that tell us the water is safe.');
    expect(plain).toContain('Morning samples with Paula [4]');
    expect(plain).toContain('[4] https://fixture.example/spotlights/morning-samples/');
    expect(plain).toContain('Unsubscribe: {{ unsubscribe_url }}');
    expect(plain).not.toMatch(/<[a-z]/i);
  });
});
