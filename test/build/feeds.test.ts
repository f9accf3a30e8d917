import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { FIXTURE_CONTENT_PAGES, FIXTURE_OUT } from '../setup/buildFixture.ts';

const SITE = 'https://fixture.example';
const read = (file: string) => readFile(path.join(FIXTURE_OUT, file), 'utf8');
const rss = parseRssFeed(await read('rss.xml'));
const items = rss.items ?? [];
const item = (id: string) => items.find((one) => one.link === `${SITE}/spotlights/${id}/`)!;
const html = (id: string) => parseHTML(`<!doctype html><html><body>${item(id).content!.encoded}</body></html>`).document;
/** The published stories, newest first, as the fixture publishes them. */
const STORIES = ['zoe-at-sea', 'morning-samples', 'open-lab-day', 'reservoir-dawn'];

describe('the site feed (/rss.xml)', () => {
  test('holds exactly the published stories, newest first, each with a guid made from its id', () => {
    expect(FIXTURE_CONTENT_PAGES.filter((page) => page.startsWith('/spotlights/')).sort()).toEqual(STORIES.map((id) => `/spotlights/${id}/`).sort());
    expect(items.map((one) => one.link)).toEqual(STORIES.map((id) => `${SITE}/spotlights/${id}/`));
    expect(items.map((one) => one.guid)).toEqual(STORIES.map((id) => ({ value: `fixture.example:spotlight:${id}`, isPermaLink: false })));
    const dates = items.map((one) => Date.parse(one.pubDate!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(items[0]!.pubDate).toBe('Sun, 01 Feb 2026 00:00:00 GMT');
  });

  test('the channel names the site, its language, its own address, its image and when it was built', () => {
    expect(rss).toMatchObject({
      title: 'Fixture Works',
      link: `${SITE}/`,
      description: 'A small organisation for testing Insource.',
      language: 'en-GB',
      lastBuildDate: 'Sun, 01 Nov 2026 12:00:00 GMT',
      image: { url: `${SITE}/cards/site.png`, title: 'Fixture Works', link: `${SITE}/` },
      atom: { links: [{ href: `${SITE}/rss.xml`, rel: 'self', type: 'application/rss+xml' }] },
    });
  });

  test('an MDX story is whole: its text, its components, its photo, with absolute addresses', () => {
    const doc = html('zoe-at-sea');
    expect(doc.querySelector('h2')?.textContent).toBe('Listening for leaks');
    expect(doc.querySelector('blockquote')?.textContent).toBe('A pipe tells you where it hurts, if you listen.');
    const img = doc.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe('A harbour at dawn');
    expect(img.getAttribute('src')).toMatch(/^https:\/\/fixture\.example\/_img\/[^/]+\.jpg$/);
    expect(item('zoe-at-sea').title).toBe('From the sea to the mains: Zoë’s "#1" rule & 🌊');
  });

  test('a story with a hero shows it first, with alt text, width and height', () => {
    const first = html('morning-samples').body.firstElementChild!.querySelector('img')!;
    expect(first.getAttribute('alt')).toBe('Sample bottles in morning light');
    expect(Number(first.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(first.getAttribute('height'))).toBeGreaterThan(0);
  });

  test.each(STORIES)('every address in %s is absolute, and every image it shows was published', (id) => {
    const doc = html(id);
    const addresses = [
      ...[...doc.querySelectorAll('[href]')].map((element) => element.getAttribute('href')!),
      ...[...doc.querySelectorAll('[src]')].map((element) => element.getAttribute('src')!),
      ...[...doc.querySelectorAll('[srcset]')].flatMap((element) =>
        element
          .getAttribute('srcset')!
          .split(',')
          .map((part) => part.trim().split(' ')[0]!),
      ),
    ];
    for (const address of addresses) expect(address, address).toMatch(/^https?:\/\//);
    for (const address of addresses.filter((one) => one.startsWith(`${SITE}/_img/`))) {
      expect(existsSync(path.join(FIXTURE_OUT, new URL(address).pathname)), address).toBe(true);
    }
    expect(doc.querySelector('script, style, [class], [data-astro-cid]')).toBeNull();
  });

  test('links to people and stories that are not public are plain text, as on the page', () => {
    const doc = html('morning-samples');
    expect(doc.body.textContent).toContain('She learned the routine from the crew lead, as told in\na story still to come.');
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).not.toContainEqual(expect.stringMatching(/wilhelmina|riverbank/));
  });

  test('the story’s card is its media:content, the site’s card when the story has none; the author only when public', () => {
    const media = (id: string) => item(id).media?.contents?.[0];
    expect(media('morning-samples')).toMatchObject({ url: `${SITE}/cards/spotlight/morning-samples.jpg`, medium: 'image', width: 1200, height: 630 });
    expect(media('reservoir-dawn')).toMatchObject({ url: `${SITE}/cards/site.png`, medium: 'image', width: 1200, height: 630 });
    expect(item('zoe-at-sea').dc?.creators).toEqual(['Paula Public']);
    // Its author's consent expired.
    expect(item('morning-samples').dc).toBeUndefined();
    expect(item('morning-samples').categories!.map((category) => category.name)).toEqual(['Expertise', 'The Lab', 'water-quality', 'lab-life']);
  });
});

describe('department feeds and JSON Feed', () => {
  test('each department’s feed holds its own published stories and says which department it is', async () => {
    const lab = parseRssFeed(await read('departments/lab/rss.xml'));
    expect(lab.title).toBe('The Lab · Fixture Works');
    expect(lab.atom?.links?.[0]?.href).toBe(`${SITE}/departments/lab/rss.xml`);
    const field = parseRssFeed(await read('departments/field/rss.xml'));
    const all = [...(lab.items ?? []), ...(field.items ?? [])].map((one) => one.link).sort();
    expect(all).toEqual(items.map((one) => one.link).sort());
    // The department feeds carry the same items as the site feed.
    for (const one of lab.items ?? []) expect(one).toEqual(items.find((other) => other.link === one.link));
  });

  test('/feed.json is JSON Feed 1.1 with the same items', async () => {
    const feed = parseJsonFeed(JSON.parse(await read('feed.json')));
    expect(feed.feed_url).toBe(`${SITE}/feed.json`);
    expect(feed.items!.map((one) => [one.id, one.url, one.title, one.content_html])).toEqual(
      items.map((one) => [one.guid!.value, one.link, one.title, one.content!.encoded]),
    );
  });

  test('pages advertise the site’s feeds, and a department page its own', async () => {
    const alternates = async (url: string) =>
      [...(await readPage(FIXTURE_OUT, url)).querySelectorAll('link[rel="alternate"]')].map((link) => [link.getAttribute('type'), link.getAttribute('href')]);
    expect(await alternates('/')).toEqual([
      ['application/rss+xml', '/rss.xml'],
      ['application/feed+json', '/feed.json'],
    ]);
    expect(await alternates('/departments/lab/')).toContainEqual(['application/rss+xml', '/departments/lab/rss.xml']);
  });
});
