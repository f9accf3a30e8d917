import { describe, expect, test } from 'vitest';
import { classifyLink, type BuiltSite, type LinkTarget } from '../../src/lib/output/classifyLink.ts';

const withdrawn = { why: 'that person is not public (consent is withdrawn)' };
const inReview = { why: 'that story is not published (status is review)' };

const SITE: BuiltSite = {
  siteUrl: 'https://stories.example',
  files: new Set([
    '/index.html',
    '/404.html',
    '/robots.txt',
    '/people/index.html',
    '/people/ada-example/index.html',
    '/people/zoë-ng/index.html',
    '/spotlights/index.html',
    '/spotlights/first-light/index.html',
    '/search/index.html',
    '/_img/0123456789ab-800.jpg',
    '/_astro/site.css',
  ]),
  unpublished: new Map([
    ['/people/wren-withdrawn/', withdrawn],
    ['/spotlights/in-review/', inReview],
  ]),
};

const FROM = '/spotlights/first-light/';

describe('a link on a built page goes', () => {
  test.each<[string, string, LinkTarget]>([
    ['a site-relative page', '/people/ada-example/', { kind: 'published', path: '/people/ada-example/' }],
    ['a page without its trailing slash', '/people/ada-example', { kind: 'published', path: '/people/ada-example/' }],
    ['a page with a #fragment', '/people/ada-example/#bio', { kind: 'published', path: '/people/ada-example/' }],
    ['a page with a ?query', '/search/?q=filters&type=Person', { kind: 'published', path: '/search/' }],
    ['a relative page', '../../people/ada-example/', { kind: 'published', path: '/people/ada-example/' }],
    ['a sibling, relatively', '../first-light/', { kind: 'published', path: '/spotlights/first-light/' }],
    ['the site’s own address', 'https://stories.example/people/ada-example/', { kind: 'published', path: '/people/ada-example/' }],
    ['the site’s own address over http, without a slash', 'http://stories.example/people/ada-example', { kind: 'published', path: '/people/ada-example/' }],
    ['the site’s own address, protocol-relative', '//stories.example/spotlights/', { kind: 'published', path: '/spotlights/' }],
    ['the home page, as the site’s address alone', 'https://stories.example', { kind: 'published', path: '/' }],
    ['a percent-encoded page', '/people/zo%C3%AB-ng/', { kind: 'published', path: '/people/zoë-ng/' }],
    ['a page written with a decomposed letter', '/people/zoe%CC%88-ng/', { kind: 'published', path: '/people/zoë-ng/' }],
    ['the same page, by #fragment alone', '#user-content-fn-1', { kind: 'published', path: FROM }],
    ['the same page, empty', '', { kind: 'published', path: FROM }],
    ['a file', '/robots.txt', { kind: 'published', path: '/robots.txt' }],
    ['an image the build made', '/_img/0123456789ab-800.jpg', { kind: 'published', path: '/_img/0123456789ab-800.jpg' }],
    ['another site', 'https://example.org/people/wren-withdrawn/', { kind: 'external' }],
    ['a subdomain of the site', 'https://www.stories.example/people/nobody/', { kind: 'external' }],
    ['an e-mail address', 'mailto:stories@stories.example', { kind: 'external' }],
    ['a phone number', 'tel:+442079460000', { kind: 'external' }],
    ['a person who is not public', '/people/wren-withdrawn/', { kind: 'unpublished', path: '/people/wren-withdrawn/', page: withdrawn }],
    ['a story in review, relatively and with a fragment', '../in-review/#top', { kind: 'unpublished', path: '/spotlights/in-review/', page: inReview }],
    [
      'a story in review, by the site’s address without a slash',
      'https://stories.example/spotlights/in-review',
      { kind: 'unpublished', path: '/spotlights/in-review/', page: inReview },
    ],
    ['a withdrawn person, percent-encoded', '/people/wren%2Dwithdrawn/', { kind: 'unpublished', path: '/people/wren-withdrawn/', page: withdrawn }],
    ['a typo, with the closest page', '/people/ada-exmaple/', { kind: 'missing', path: '/people/ada-exmaple/', closest: '/people/ada-example/' }],
    ['a typo in the folder', '/peple/ada-example/', { kind: 'missing', path: '/peple/ada-example/', closest: '/people/ada-example/' }],
    [
      'a typo on the site’s address',
      'https://stories.example/spotlight/first-light',
      { kind: 'missing', path: '/spotlight/first-light/', closest: '/spotlights/first-light/' },
    ],
    [
      'a typo of an unpublished page, which says so',
      '/spotlights/in-reveiw/',
      { kind: 'missing', path: '/spotlights/in-reveiw/', closest: '/spotlights/in-review/' },
    ],
    ['a page nothing resembles', '/people/qqqqqqqqqqqq/', { kind: 'missing', path: '/people/qqqqqqqqqqqq/', closest: undefined }],
    ['a page in the wrong case', '/People/Ada-Example/', { kind: 'missing', path: '/People/Ada-Example/', closest: '/people/ada-example/' }],
    ['broken percent-encoding', '/people/ada%E0%A4%A/', { kind: 'missing', path: '/people/ada%E0%A4%A/' }],
    ['an image that was never made, which is a file and not a page', '/_img/ffffffffffff-800.jpg', { kind: 'missing', path: '/_img/ffffffffffff-800.jpg' }],
    ['a stylesheet that is not there', '/_astro/other.css', { kind: 'missing', path: '/_astro/other.css' }],
  ])('to %s: %j', (_, href, target) => {
    expect(classifyLink(href, FROM, SITE)).toEqual(target);
  });

  test('relative to the page it is on, not the site root', () => {
    expect(classifyLink('ada-example/', '/people/', SITE)).toEqual({ kind: 'published', path: '/people/ada-example/' });
    expect(classifyLink('ada-example/', '/404.html', SITE)).toMatchObject({ kind: 'missing', path: '/ada-example/' });
  });
});
