import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import sharp from 'sharp';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { remarkCollectImages } from '@astrojs/markdown-remark';
import { rehypeContent } from '../../src/lib/markdown/rehypeContent.ts';
import { remarkTextImages } from '../../src/lib/markdown/remarkTextImages.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'insource-rehype-'));
  await mkdir(path.join(dir, 'cache'));
  await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#3a7' } })
    .jpeg()
    .toFile(path.join(dir, 'beds.jpg'));
  for (const name of ['café beds.jpg', 'my photo.jpg']) await copyFile(path.join(dir, 'beds.jpg'), path.join(dir, name));
  await mkdir(path.join(dir, 'people'), { recursive: true });
  await copyFile(path.join(dir, 'beds.jpg'), path.join(dir, 'people', 'wil.jpg'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Renders Markdown as the site does, for a file named `name` in the temporary folder. */
async function render(markdown: string, name = 'story.md'): Promise<string> {
  const file = new VFile({ value: markdown, path: path.join(dir, name) });
  const result = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkTextImages)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeContent, { widths: [480, 800], sizes: '92vw', cacheDir: path.join(dir, 'cache'), root: dir })
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

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

describe('images become re-encoded pictures', () => {
  test.each([
    ['a Markdown image', '![The filter beds](./beds.jpg)'],
    ['an HTML image with a handler', '<img src="./beds.jpg" alt="The filter beds" onerror="alert(1)">'],
  ])('%s', async (_, markdown) => {
    const html = await render(markdown);
    expect(html).toMatch(
      /^(<p>)?<picture><source type="image\/avif" srcset="\/_img\/[a-f0-9]{12}-480\.avif 480w, \/_img\/[a-f0-9]{12}-800\.avif 800w" sizes="92vw">/,
    );
    expect(html).toMatch(/<img src="\/_img\/[a-f0-9]{12}-800\.jpg" alt="The filter beds" width="800" height="400" loading="lazy" decoding="async"><\/picture>/);
    expect(html).not.toContain('beds.jpg');
    expect(html).not.toContain('onerror');
  });

  test('a picture written in HTML keeps only the image, so no source can load from another site', async () => {
    const html = await render('<picture><source srcset="https://tracker.example/p.gif?r=1 1w"><img src="./beds.jpg" alt="The filter beds"></picture>');
    expect(html).not.toContain('tracker.example');
    expect(html.match(/<picture>/g)).toHaveLength(1);
    expect(html).toMatch(/^<p><picture><source type="image\/avif" srcset="\/_img\//);
  });

  test('the same in MDX, where raw HTML does not exist', async () => {
    expect(await render('![The filter beds](./beds.jpg)', 'story.mdx')).toContain('<picture>');
  });

  test.each([
    [
      'an image from another site',
      '<img src="https://tracker.example/p.gif" alt="A pixel">',
      'story.md:1:1: the image "https://tracker.example/p.gif": expected a relative path to an image next to this file (such as ./photo.jpg), not a URL or an absolute path.',
    ],
    ['a data: image', '![x](data:image/png;base64,AAAA)', 'story.md:1:1: the image "data:image/png;base64,AAAA": expected a relative path'],
    ['an image without alt text', 'Text\n\n![](./beds.jpg)', 'story.md:3:1: the image "./beds.jpg" needs alt text that says what it shows'],
    [
      'an SVG',
      '![Logo](./logo.svg)',
      'story.md:1:1: the image "./logo.svg": expected a jpg, jpeg, png, webp, avif file; SVG and other formats are not accepted for photos.',
    ],
    ['a missing file', '![Beds](./bed.jpg)', 'story.md:1:1: the image "./bed.jpg" does not exist'],
    [
      'a path that climbs out of the folder',
      'Text\n\n![A colleague](../people/wil.jpg)',
      'story.md:3:1: the image "../people/wil.jpg": expected an image next to this file (such as ./photo.jpg); a path may not climb out of its folder with ../',
    ],
    [
      'a raw link to an image address',
      'See <a href="/_img/0123456789ab-480.jpg">this</a>.',
      'story.md:1:5: links may not point at an image address (/_img/...); link to the page that shows the photo.',
    ],
    ['a raw h1', 'Intro.\n\n<h1>Another title</h1>', 'story.md:3:1: a <h1> in the text would be a second page title; use <h2> or ## instead.'],
  ])('%s fails with file:line:col', async (_, markdown, message) => {
    await expect(render(markdown)).rejects.toThrow(message);
  });

  test.each([
    ['spaces, written in angle brackets', '![The beds](<./my photo.jpg>)'],
    ['spaces, percent-encoded', '![The beds](./my%20photo.jpg)'],
    ['an accent and a space, percent-encoded', '![The beds](./caf%C3%A9%20beds.jpg)'],
    ['an accent and a space, in HTML', '<img src="./café beds.jpg" alt="The beds">'],
  ])('an image whose file name has %s is found', async (_, markdown) => {
    expect(await render(markdown)).toMatch(/<picture>/);
  });

  test.each([
    ['encoded dots', '![A colleague](%2E%2E/people/wil.jpg)', '../people/wil.jpg'],
    ['an encoded slash', '![A colleague](..%2Fpeople%2Fwil.jpg)', '../people/wil.jpg'],
    ['encoded dots in HTML', '<img src="./%2e%2e/people/wil.jpg" alt="A colleague">', './../people/wil.jpg'],
  ])('a path that climbs out once decoded (%s) is refused, as the file system would read it', async (_, markdown, decoded) => {
    await expect(render(markdown)).rejects.toThrow(`the image "${decoded}": expected an image next to this file`);
  });

  test("a person's bio may not hold images, which would skip the photo consent", async () => {
    await expect(render('Ana.\n\n![Ana at work](../beds.jpg)', 'people/ana.md')).rejects.toThrow(
      "people/ana.md:3:1: a bio has no images: a person's picture is the photo field, which is shown only when their consent includes photo.",
    );
  });
});

describe('images in the text never reach Astro, which would copy the original file into the site', () => {
  /** The local image paths Astro's own collector finds after the site's remark plugins ran. */
  async function collected(markdown: string, plugins: 'ours' | 'none'): Promise<string[]> {
    const file = new VFile({ value: markdown, path: path.join(dir, 'story.md') });
    const processor = unified().use(remarkParse);
    if (plugins === 'ours') processor.use(remarkTextImages);
    const tree = await processor.use(remarkCollectImages, undefined).run(processor.parse(file), file);
    expect(tree.type).toBe('root');
    return (file.data as { astro?: { localImagePaths?: string[] } }).astro?.localImagePaths ?? [];
  }

  const markdown = '![Inline](./beds.jpg)\n\n![By reference][beds]\n\n[beds]: ./my%20photo.jpg "Beds"';

  test('without the plugin Astro would collect both images (the danger is real)', async () => {
    expect(await collected(markdown, 'none')).toEqual(['./beds.jpg', './my photo.jpg']);
  });

  test('with it Astro collects none, and both still become pictures', async () => {
    expect(await collected(markdown, 'ours')).toEqual([]);
    expect((await render(markdown)).match(/<picture>/g)).toHaveLength(2);
  });
});
