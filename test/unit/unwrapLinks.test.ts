import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { findLinks, unwrapLinks } from '../../src/lib/output/unwrapLinks.ts';

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
