import { describe, expect, test } from 'vitest';
import { findContactDetails } from '../../src/lib/output/findContactDetails.ts';
import { isWrittenIn, percentDecoded, readableTexts } from '../../src/lib/output/readableTexts.ts';

const SITE = 'https://stories.example';
/** The contact details the build would find in a file. */
const scan = (file: string, text: string) => [...new Set(readableTexts(file, text, { site: SITE }).flatMap((fragment) => findContactDetails(fragment)))];

describe('a page is read as a reader sees it', () => {
  test.each([
    ['an address split by emphasis', '<p><em>ada</em>@example.org</p>', ['ada@example.org']],
    ['an address split by nested inline markup', '<p><a href="/people/ada/"><b>ada</b></a><span>@</span><i>example</i>.org</p>', ['ada@example.org']],
    ['a number split by inline markup', '<p>Call <strong>07700</strong> <em>900123</em></p>', ['07700 900123']],
    ['a number broken over lines of the source', '<p>Call 07700\n    900123</p>', ['07700 900123']],
    ['a numeric entity', '<p>ada&#64;example.org</p>', ['ada@example.org']],
    ['a hexadecimal entity', '<p>ada&#x40;example.org</p>', ['ada@example.org']],
    ['a named entity', '<p>ada&commat;example.org</p>', ['ada@example.org']],
    ['no-break spaces as entities', '<p>+44&nbsp;7700&nbsp;900123 and 07700&#8239;900124</p>', ['+44 7700 900123', '07700 900124']],
    ['a zero-width space as an entity', '<p>ada&#8203;@example.org</p>', ['ada@example.org']],
    ['the page title', '<title>Call 07700 900123</title>', ['07700 900123']],
    ['hidden text, still published', '<p hidden>ada@example.org</p><p aria-hidden="true">07700 900123</p>', ['ada@example.org', '07700 900123']],
    ['a template', '<template><p>ada@example.org</p></template>', ['ada@example.org']],
    ['markup in noscript', '<noscript><p>ada&#64;example.org</p></noscript>', ['ada@example.org']],
    ['a comment', '<!-- ada@example.org -->', ['ada@example.org']],
    ['JSON-LD with an escaped at sign', '<script type="application/ld+json">{"name":"ada\\u0040example.org"}</script>', ['ada@example.org']],
  ])('finds %s', (_, html, hits) => {
    expect(scan('page/index.html', html)).toEqual(hits);
  });

  test.each([
    ['a percent-encoded mailto: link', '<a href="mailto:ada%40example.org">write</a>', ['ada@example.org']],
    ['a mailto: link with entities', '<a href="mailto:ada&#64;example.org">write</a>', ['ada@example.org']],
    ['a twice percent-encoded mailto: link', '<a href="mailto:ada%2540example.org">write</a>', ['ada@example.org']],
    ['the copy and body of a mailto: link', '<a href="mailto:?cc=bo%40example.org&body=Ring+07700+900123">share</a>', ['bo@example.org', '07700 900123']],
    ['a percent-encoded tel: link', '<a href="tel:%2B447700900123">call</a>', ['+447700900123']],
    ['a tel: link without +', '<a href="tel:447700900123">call</a>', ['447700900123']],
    ['a tel: link with separators', '<a href="tel:+44-7700-900123">call</a>', ['+44-7700-900123']],
    ['a tel: link with a tab and a line break in it', '<a href="t\tel:\n07700900123">call</a>', ['07700900123']],
    ['an e-mail address in a query string', '<a href="https://forms.example/?email=ada%40example.org">form</a>', ['ada@example.org']],
    ['a phone number in a query string, + for spaces', '<a href="https://forms.example/?phone=%2B44+7700+900123">form</a>', ['+44 7700 900123']],
    ['alt text', '<img alt="Call 07700 900123" src="/_img/0123456789ab-480.jpg">', ['07700 900123']],
    ['a title', '<abbr title="ada@example.org">Ada</abbr>', ['ada@example.org']],
    ['an aria-label', '<a aria-label="Call 07700&nbsp;900123" href="/">Call</a>', ['07700 900123']],
    ['a meta description', '<meta name="description" content="Write to ada@example.org">', ['ada@example.org']],
    ['an image on another site', '<img src="https://elsewhere.example/photo.jpg?from=ada%40example.org" alt="">', ['ada@example.org']],
    ['a frame document', '<iframe srcdoc="&lt;p&gt;&lt;em&gt;ada&lt;/em&gt;@example.org&lt;/p&gt;"></iframe>', ['ada@example.org']],
  ])('finds %s', (_, html, hits) => {
    expect(scan('page/index.html', html)).toEqual(hits);
  });

  test.each([
    ['table cells', '<table><tr><td>0151</td><td>4960</td></tr></table>'],
    ['paragraphs', '<p>Since 2019</p><p>1200 km</p><p>0151</p><p>4960</p>'],
    ['list items', '<ul><li>0151</li><li>4960</li></ul>'],
    ['a line break', '<p>0151<br>4960</p>'],
    ['images', '<p>0151<img alt="" src="/_img/0123456789ab-480.jpg">4960</p>'],
  ])('keeps numbers in separate %s apart', (_, html) => {
    expect(scan('page/index.html', html)).toEqual([]);
  });

  test("leaves out the site's own image addresses, named by content hashes, and reads other addresses", () => {
    const html =
      '<picture><source srcset="/_img/077009001234-480.avif 480w, /_img/077009001234-800.avif 800w"><img src="/_img/077009001234-800.jpg" alt="The works"></picture>' +
      `<meta property="og:image" content="${SITE}/_img/077009001234-1200.jpg"><a href="/people/ada/">Ada</a>`;
    const texts = readableTexts('page/index.html', html, { site: SITE });
    expect(texts.filter((text) => text.includes('_img'))).toEqual([]);
    expect(texts).toContain('/people/ada/');
    expect(texts).toContain('The works');
  });

  test('an image address on another site is not the site’s own', () => {
    expect(readableTexts('page/index.html', '<img src="https://elsewhere.example/_img/077009001234-800.jpg">', { site: SITE })).toContain(
      'https://elsewhere.example/_img/077009001234-800.jpg',
    );
  });

  test('SVG drawing instructions are not read', () => {
    expect(scan('page/index.html', '<svg viewBox="0 0 24 24"><path d="M12 2 2 7 10 10 10-4.48 10-10 0151 496 0123"/></svg>')).toEqual([]);
  });
});

test.each([
  [
    'an XML feed with escaped HTML',
    'feed.xml',
    '<rss><item><description>&lt;p&gt;&lt;em&gt;ada&lt;/em&gt;@example.org&lt;/p&gt;</description></item></rss>',
    ['ada@example.org'],
  ],
  ['an XML feed with CDATA', 'feed.xml', '<rss><item><description><![CDATA[<p>Call <b>07700</b> 900123</p>]]></description></item></rss>', ['07700 900123']],
  [
    'XML entities and attributes',
    'feed.xml',
    '<feed><author>ada&#x40;example.org</author><link href="mailto:bo%40example.org"/></feed>',
    ['ada@example.org', 'bo@example.org'],
  ],
  ['an XML comment', 'feed.xml', '<feed><!-- ada@example.org --><title>Stories</title></feed>', ['ada@example.org']],
  ['a sitemap', 'sitemap-0.xml', `<urlset><url><loc>${SITE}/people/ada/</loc><lastmod>2026-03-14T05:00:00.000Z</lastmod></url></urlset>`, []],
  ['JSON strings, escaped', 'data.json', '{"people":[{"note":"ada\\u0040example.org","tel":"tel:%2B447700900123"}]}', ['ada@example.org', '+447700900123']],
  ['JSON with markup', 'data.json', '{"html":"<p><em>ada</em>@example.org</p>"}', ['ada@example.org']],
  [
    'a search-index fragment, inflated',
    'pagefind/fragment/en_1a2b3c4.pf_fragment',
    'pagefind_dcd{"url":"/spotlights/x/","content":"Call 07700\u00a0900123.","meta":{"image":"/_img/0123456789ab-480.jpg"},"filters":{},"anchors":[]}',
    ['07700 900123'],
  ],
  ['robots.txt with an encoded address', 'robots.txt', `User-agent: *\nSitemap: ${SITE}/sitemap-index.xml?contact=ada%40example.org`, ['ada@example.org']],
  ['a web manifest', 'site.webmanifest', '{"description":"ada&#64;example.org"}', ['ada@example.org']],
])('reads %s', (_, file, text, hits) => {
  expect(scan(file, text)).toEqual(hits);
});

test.each(['_astro/search.js', '_astro/published.css', '_img/0123456789ab-480.avif', 'pagefind/index/en_a725d83.pf_index', 'pagefind/wasm.en.pagefind'])(
  'does not read %s',
  (file) => {
    expect(readableTexts(file, 'ada@example.org')).toEqual([]);
  },
);

test.each([
  ['ada%40example.org', 'ada@example.org'],
  ['ada%2540example.org', 'ada@example.org'],
  ['caf%C3%A9', 'café'],
  ['caf%E9', 'café'],
  ['100%', '100%'],
])('percent-decodes %s as %s', (text, decoded) => {
  expect(percentDecoded(text)).toBe(decoded);
});

describe('names the content file where a hit was written, however it was written', () => {
  test.each([
    ['plainly', 'Write to ada@example.org.', 'ada@example.org'],
    ['with emphasis', 'Write to *ada*@example.org.', 'ada@example.org'],
    ['with HTML', 'Write to <em>ada</em>@example.org.', 'ada@example.org'],
    ['escaped', 'Write to ada\\@example.org.', 'ada@example.org'],
    ['as a numeric entity', 'Write to ada&#64;example.org.', 'ada@example.org'],
    ['as a named entity', 'Write to ada&commat;example.org.', 'ada@example.org'],
    ['with an invisible space', 'Write to ada&#8203;@example.org.', 'ada@example.org'],
    ['percent-encoded in a link', '[Write](mailto:ada%40example.org)', 'ada@example.org'],
    ['in capitals', 'Write to ADA@Example.org.', 'ada@example.org'],
    ['with no-break spaces', 'Call +44\u00a07700\u00a0900123.', '+44 7700 900123'],
    ['with &nbsp;', 'Call +44&nbsp;7700&nbsp;900123.', '+44 7700 900123'],
    ['with other separators', 'Call **07700**-900-123.', '07700 900123'],
    ['percent-encoded in a tel: link', '[call](tel:%2B447700900123)', '+447700900123'],
    ['as a YAML field', 'bio: "Ring 0151 496 0123"', '0151–496–0123'],
  ])('%s', (_, source, hit) => {
    expect(isWrittenIn(source, hit)).toBe(true);
  });

  test.each([
    ['another address', 'Write to bo@example.org.', 'ada@example.org'],
    ['the same words without the at sign', 'Ada, example.org', 'ada@example.org'],
    ['the digits split by a word', 'Call 07700 or 900123.', '07700 900123'],
  ])('but not %s', (_, source, hit) => {
    expect(isWrittenIn(source, hit)).toBe(false);
  });
});
