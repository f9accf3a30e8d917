import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, test } from 'vitest';
import { feedHtml, xmlSafe } from '../../src/lib/feeds/feedHtml.ts';
import { storyFeedItem, type FeedStory } from '../../src/lib/feeds/feedItems.ts';
import { newestStories } from '../../src/lib/feeds/newestStories.ts';
import { jsonFeed, rssFeed, type FeedChannel } from '../../src/lib/feeds/writeFeeds.ts';

const SITE = 'https://org.example/';
const PAGE = 'https://org.example/spotlights/ana/';
const published = new Set(['/people/ana/', '/spotlights/ana/']);
const options = { pageUrl: PAGE, isPublished: (path: string) => published.has(path) };

const story = (overrides: Partial<FeedStory['data']> = {}, author: FeedStory['author'] = { id: 'ben', data: { name: 'Ben Ong' } }): FeedStory => ({
  id: 'ana-at-sea',
  data: { title: 'Ana at sea', summary: 'Ten years on ships.', date: new Date('2026-03-02T00:00:00Z'), theme: 'expertise', tags: ['boats'], ...overrides },
  department: { data: { name: 'The Lab' } },
  author,
});

const CHANNEL: FeedChannel = {
  title: 'Org',
  description: 'Stories.',
  homeUrl: SITE,
  feedUrl: 'https://org.example/rss.xml',
  language: 'en-GB',
  image: 'https://org.example/cards/site.png',
  built: new Date('2026-06-15T12:00:00Z'),
};

describe('story HTML for feeds', () => {
  test('every address becomes absolute, srcset candidates included', () => {
    const html = feedHtml(
      '<p><a href="/people/ana/">Ana</a> <a href="#notes">notes</a></p><picture><source srcset="/_img/a-480.webp 480w, /_img/a-800.webp 800w"><img src="/_img/a-800.jpg" alt="A"></picture>',
      options,
    );
    expect(html).toContain('href="https://org.example/people/ana/"');
    expect(html).toContain('href="https://org.example/spotlights/ana/#notes"');
    expect(html).toContain('srcset="https://org.example/_img/a-480.webp 480w, https://org.example/_img/a-800.webp 800w"');
    expect(html).toContain('src="https://org.example/_img/a-800.jpg"');
    expect(html).not.toMatch(/(?:href|src|srcset)="\//);
  });

  test('a link to content that is not published keeps its text and loses its tags; other sites keep theirs', () => {
    const html = feedHtml(
      '<p>From <a href="/people/gone/">the <em>crew</em> lead</a> and <a href="https://other.example/people/gone/">elsewhere</a>.</p>',
      options,
    );
    expect(html).toBe('<p>From the <em>crew</em> lead and <a href="https://other.example/people/gone/">elsewhere</a>.</p>');
  });

  test('scripts, styles, classes and data attributes go; the hero comes first with alt text and size', () => {
    const html = feedHtml('<style>p{}</style><p class="x" data-astro-cid-1 style="color:red" onclick="x()">Text</p><script>alert(1)</script>', {
      ...options,
      lead: { src: '/_img/hero-800.jpg', alt: 'Bottles "at dawn"', width: 800, height: 450 },
    });
    expect(html).toBe('<p><img src="https://org.example/_img/hero-800.jpg" alt="Bottles &quot;at dawn&quot;" width="800" height="450"></p>\n<p>Text</p>');
  });

  test('characters XML cannot hold are removed, everything else is kept', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000bd\ufffee\tf\ng 🌊')).toBe('abcde\tf\ng 🌊');
    expect(feedHtml('<p>bell\u0007 ok</p>', options)).toBe('<p>bell ok</p>');
  });
});

describe('feed items and the feeds written from them', () => {
  const item = storyFeedItem(story(), { siteUrl: SITE, contentHtml: '<p>Body</p>', cardPath: '/cards/spotlight/ana-at-sea.jpg' });

  test('RSS 2.0 parses with every field readers and newsletter tools use', async () => {
    const feed = parseRssFeed(await rssFeed(CHANNEL, [item]));
    expect(feed).toMatchObject({
      title: 'Org',
      link: SITE,
      language: 'en-GB',
      lastBuildDate: 'Mon, 15 Jun 2026 12:00:00 GMT',
      image: { url: 'https://org.example/cards/site.png' },
      atom: { links: [{ href: 'https://org.example/rss.xml', rel: 'self' }] },
    });
    expect(feed.items).toHaveLength(1);
    expect(feed.items![0]).toMatchObject({
      title: 'Ana at sea',
      link: 'https://org.example/spotlights/ana-at-sea/',
      guid: { value: 'org.example:spotlight:ana-at-sea', isPermaLink: false },
      pubDate: 'Mon, 02 Mar 2026 00:00:00 GMT',
      description: 'Ten years on ships.',
      content: { encoded: '<p>Body</p>' },
      media: { contents: [{ url: 'https://org.example/cards/spotlight/ana-at-sea.jpg', medium: 'image', width: 1200, height: 630 }] },
      dc: { creators: ['Ben Ong'] },
    });
    expect(feed.items![0]!.categories!.map((c) => c.name)).toEqual(['Expertise', 'The Lab', 'boats']);
  });

  test('editing a story’s title, summary or text keeps its guid', async () => {
    const edited = storyFeedItem(story({ title: 'Ana at sea, revised', summary: 'New summary.' }), {
      siteUrl: SITE,
      contentHtml: '<p>Rewritten</p>',
      cardPath: '/cards/site.png',
    });
    const guids = await Promise.all([item, edited].map(async (one) => parseRssFeed(await rssFeed(CHANNEL, [one])).items![0]!.guid!.value));
    expect(guids[0]).toBe(guids[1]);
  });

  test('no dc:creator without a public author; a PNG card is typed as one', async () => {
    const anonymous = storyFeedItem({ ...story(), author: undefined }, { siteUrl: SITE, contentHtml: '<p>x</p>', cardPath: '/cards/site.png' });
    const xml = await rssFeed(CHANNEL, [anonymous]);
    expect(xml).not.toContain('dc:creator');
    expect(xml).toContain('url="https://org.example/cards/site.png" medium="image" type="image/png"');
  });

  test('titles with XML-invalid characters and markup still parse back to their text', async () => {
    const odd = storyFeedItem(story({ title: 'Tom & "Jerry" <3\u0001' }), { siteUrl: SITE, contentHtml: '<p>x</p>', cardPath: '/cards/site.png' });
    expect(parseRssFeed(await rssFeed(CHANNEL, [odd])).items![0]!.title).toBe('Tom & "Jerry" <3');
  });

  test('JSON Feed 1.1 carries the same items', () => {
    const feed = parseJsonFeed(JSON.parse(jsonFeed({ ...CHANNEL, feedUrl: 'https://org.example/feed.json' }, [item])));
    expect(feed).toMatchObject({ title: 'Org', home_page_url: SITE, feed_url: 'https://org.example/feed.json', language: 'en-GB' });
    expect(feed.items![0]).toMatchObject({
      id: item.guid,
      url: item.url,
      title: 'Ana at sea',
      content_html: '<p>Body</p>',
      image: 'https://org.example/cards/spotlight/ana-at-sea.jpg',
      date_published: '2026-03-02T00:00:00.000Z',
      tags: ['Expertise', 'The Lab', 'boats'],
      authors: [{ name: 'Ben Ong', url: 'https://org.example/people/ben/' }],
    });
  });
});

describe('newestStories', () => {
  const stories = ['e', 'd', 'c', 'b', 'a'].map((id) => ({ id }));
  test('takes the first stories of a list given newest first, up to the limit', () => {
    expect(newestStories(stories, 3).map((story) => story.id)).toEqual(['e', 'd', 'c']);
    expect(newestStories(stories, 30).map((story) => story.id)).toEqual(['e', 'd', 'c', 'b', 'a']);
  });
  test('leaves out held-back stories without counting them', () => {
    expect(newestStories(stories, 2, (id) => id === 'e' || id === 'c').map((story) => story.id)).toEqual(['d', 'b']);
  });
});
