import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { photoFolder } from './markdown.ts';

const { render } = photoFolder();

describe('raw HTML keeps formatting and loses everything active', () => {
  test.each([
    ['<script>alert(1)</script>\n\nText.', '<p>Text.</p>'],
    ['<p onclick="alert(1)">Hi <em>there</em></p>', '<p>Hi <em>there</em></p>'],
    ['<a href="javascript:alert(1)">x</a> and <a href=" JaVaScRiPt:alert(1)">y</a>', '<p><a>x</a> and <a>y</a></p>'],
    ['<iframe src="https://evil.example/"></iframe>\n\nText.', '<p>Text.</p>'],
    ['<style>body{display:none}</style>\n\nText.', '<p>Text.</p>'],
    ['<form action="https://evil.example/"><input name="q"></form>\n\nText.', '<p>Text.</p>'],
    ['<svg><script>alert(1)</script></svg>\n\nText.', '<p></p><p>Text.</p>'],
    [
      '<figure><blockquote>Water first.</blockquote><figcaption>Ada</figcaption></figure>',
      '<figure><blockquote>Water first.</blockquote><figcaption>Ada</figcaption></figure>',
    ],
    ['<a href="https://example.org/" target="_blank" style="color:red">Notes</a>', '<p><a href="https://example.org/">Notes</a></p>'],
  ])('%j', async (markdown, html) => {
    expect((await render(markdown)).replace(/\n+/g, '')).toBe(html);
  });

  test('a picture written in HTML keeps only the image, so no source can load from another site', async () => {
    const html = await render('<picture><source srcset="https://tracker.example/p.gif?r=1 1w"><img src="./beds.jpg" alt="The filter beds"></picture>');
    expect(html).not.toContain('tracker.example');
    expect(html.match(/<picture>/g)).toHaveLength(1);
    expect(html).toMatch(/^<p><picture><source type="image\/avif" srcset="\/_img\//);
  });
});

describe('footnotes', () => {
  test.each(['story.md', 'story.mdx'])('in %s, each reference and back-reference points at an id on the page, prefixed once', async (name) => {
    const html = await render('Tested at seven.[^1] And on Sundays.[^late]\n\n[^1]: Every morning.\n\n[^late]: At eight.', name);
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const targets = [...document.querySelectorAll('a[href^="#"]')].map((link) => link.getAttribute('href')!);
    expect(targets).toEqual(['#user-content-fn-1', '#user-content-fn-late', '#user-content-fnref-1', '#user-content-fnref-late']);
    for (const target of targets) expect(document.getElementById(target.slice(1)), target).not.toBeNull();
    const label = document.querySelector('[data-footnote-ref]')!.getAttribute('aria-describedby')!;
    expect(document.getElementById(label)!.textContent).toBe('Footnotes');
  });

  test('an id written in raw HTML is still prefixed, so it cannot take the place of one of the page', async () => {
    expect(await render('<p id="main">Hi</p>\n\n<p id="user-content-note">There</p>')).toBe(
      '<p id="user-content-main">Hi</p>\n<p id="user-content-note">There</p>',
    );
  });
});
