import { describe, expect, test } from 'vitest';
import { buildShareLinks, postLength, shareText, taggedUrl, withDisclosure, type ShareInput } from '../../src/lib/output/buildShareLinks.ts';

const story: ShareInput = {
  id: 'night-shift',
  title: 'Fish & chips at 3 a.m. #nightshift "on call" 🚧',
  summary: 'The crew that keeps the water on.',
  share: { x: 'Proud of our night crew!', mastodon: 'Night crew, #LindenbrookWater style.' },
  siteUrl: 'https://stories.example.org/',
  disclosure: '#LindenbrookWater',
};
const links = Object.fromEntries(buildShareLinks(story).map((link) => [link.network, link]));

describe('share links', () => {
  test('every network gets a link, and the story address tagged for it', () => {
    expect(Object.keys(links)).toEqual(['linkedin', 'x', 'bluesky', 'mastodon', 'facebook', 'email']);
    const tagged = new URL(taggedUrl(story.siteUrl, story.id, 'bluesky'));
    expect(tagged.pathname).toBe('/spotlights/night-shift/');
    expect(Object.fromEntries(tagged.searchParams)).toEqual({ utm_source: 'bluesky', utm_medium: 'employee_share', utm_campaign: 'night-shift' });
  });

  test("the suggested text is the story's own for that network, else its title and summary, with the disclosure once", () => {
    expect(shareText(story, 'x')).toBe('Proud of our night crew! #LindenbrookWater');
    expect(shareText(story, 'mastodon')).toBe('Night crew, #LindenbrookWater style.');
    expect(shareText(story, 'bluesky')).toBe(`${story.title}: ${story.summary} #LindenbrookWater`);
    expect(withDisclosure('Hello #lindenbrookwater', '#LindenbrookWater')).toBe('Hello #lindenbrookwater');
    expect(withDisclosure('Hello', '')).toBe('Hello');
  });

  test('a title with &, #, quotes and emoji survives each share address, parsed back', () => {
    const x = new URL(links['x']!.href);
    expect(x.origin + x.pathname).toBe('https://x.com/intent/post');
    expect(x.searchParams.get('text')).toBe('Proud of our night crew! #LindenbrookWater');
    expect(new URL(x.searchParams.get('url')!).searchParams.get('utm_source')).toBe('x');
    const bluesky = new URL(links['bluesky']!.href);
    expect(bluesky.searchParams.get('text')).toBe(`${story.title}: ${story.summary} #LindenbrookWater ${taggedUrl(story.siteUrl, story.id, 'bluesky')}`);
    const email = new URL(links['email']!.href);
    expect(email.protocol).toBe('mailto:');
    expect(email.searchParams.get('subject')).toBe(story.title);
    expect(links['email']!.href).not.toContain('+');
    const linkedin = new URL(links['linkedin']!.href);
    expect(new URL(linkedin.searchParams.get('url')!).searchParams.get('utm_source')).toBe('linkedin');
    expect(new URL(new URL(links['facebook']!.href).searchParams.get('u')!).pathname).toBe('/spotlights/night-shift/');
  });

  test('Mastodon gets the address on the reader’s own server, relative', () => {
    const mastodon = new URL(links['mastodon']!.href, 'https://mastodon.social/');
    expect(mastodon.pathname).toBe('/share');
    expect(mastodon.searchParams.get('text')).toContain('utm_source=mastodon');
  });

  test.each([
    ['x', 'a'.repeat(256), 280],
    ['x', '王'.repeat(10), 44],
    ['mastodon', 'a'.repeat(10), 34],
    ['bluesky', '👩‍🔧', 'https://s.example/'.length + 2],
    ['linkedin', 'abc', 'https://s.example/'.length + 4],
  ] as const)('a %s post counts as the network counts it', (network, text, length) => {
    expect(postLength(network, text, 'https://s.example/')).toBe(length);
  });

  test('each counted network reports its limit', () => {
    expect([links['x']!.limit, links['bluesky']!.limit, links['mastodon']!.limit, links['linkedin']!.limit]).toEqual([280, 300, 500, 3000]);
    expect(links['facebook']!.limit).toBeUndefined();
  });
});
