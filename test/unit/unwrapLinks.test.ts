import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { findLinks, hrefsIn, unwrapLinks } from '../../src/lib/output/unwrapLinks.ts';

const PAGE = [
  '<!doctype html><html><head><link rel="canonical" href="https://stories.example/"></head><body>',
  '<p>From <a href="/people/wren/" title="Wren &amp; co">the <em>crew</em> lead</a> and <a href="/people/ada/">Ada</a>.</p>',
  '<p><a name="top">An anchor</a> and <a href="/search/?q=a&amp;type=Person">search</a>.</p>',
  '</body></html>',
].join('\n');

describe('links in a built page', () => {
  test('are found with their href decoded and their text, and only <a href>', () => {
    expect(findLinks(PAGE).map(({ href, text }) => ({ href, text }))).toEqual([
      { href: '/people/wren/', text: 'the crew lead' },
      { href: '/people/ada/', text: 'Ada' },
      { href: '/search/?q=a&type=Person', text: 'search' },
    ]);
  });

  test('become their text when unwrapped, and nothing else in the page changes', () => {
    const wren = findLinks(PAGE).filter((link) => link.href === '/people/wren/');
    const html = unwrapLinks(PAGE, wren);
    expect(html).toBe(PAGE.replace('<a href="/people/wren/" title="Wren &amp; co">the <em>crew</em> lead</a>', 'the <em>crew</em> lead'));
    const { document } = parseHTML(html);
    expect(document.querySelector('p')!.innerHTML).toBe('From the <em>crew</em> lead and <a href="/people/ada/">Ada</a>.');
  });

  test('are unwrapped together, nested in other elements or side by side', () => {
    const html = '<ul><li><a href="/a/">A</a><a href="/b/"><strong>B</strong></a></li></ul>';
    expect(unwrapLinks(html, findLinks(html))).toBe('<ul><li>A<strong>B</strong></li></ul>');
  });
});

describe('hrefsIn, read without parsing', () => {
  test.each([
    ['quoted', '<a href="/people/ada/">Ada</a>'],
    ['in capitals, with spaces around =', "<A HREF = '/people/o\"brien/'>O</A>"],
    ['unquoted, with a quote inside', "<a href=/people/o'brien/>O</a>"],
    ['unquoted, with a no-break space inside', '<a href=/people/ada\u00a0b/>Ada</a>'],
    ['with character references', '<a href="&#x2F;people&#47;ada/?a=1&amp;b=2&copy=3">Ada</a>'],
    ['right after another attribute', '<a class="x"href="/people/ada/">Ada</a>'],
    ['after a slash', '<a/href="/people/ada/">Ada</a>'],
    ['after a line break', '<a\nhref\n=\n"/people/ada/">Ada</a>'],
    ['the first of two', '<a href="/people/ada/" href="/people/wren/">Ada</a>'],
    ['inside a template', '<template><a href="/people/ada/">Ada</a></template>'],
  ])('finds every address findLinks finds: %s', (_, html) => {
    const links = findLinks(html).map((link) => link.href);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(hrefsIn(html)).toContain(href);
  });

  test('also lists addresses findLinks leaves out, never fewer', () => {
    expect(hrefsIn('<link href="/a.css"><!-- <a href="/people/ada/"> -->')).toEqual(['/a.css', '/people/ada/']);
  });
});
