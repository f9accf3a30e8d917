import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { auditOutput, formatUnaccounted, type OutputManifest } from '../../src/lib/output/auditOutput.ts';
import { findImageReferences, imageNameOf, mayNameImages, pageImagesCacheFile, readPageImages } from '../../src/lib/output/findImageReferences.ts';

const manifest: OutputManifest = {
  rendered: new Set(['index.html', '404.html', 'robots.txt', 'people/ada/index.html']),
  images: new Set(['_img/0123456789ab-480.jpg']),
  publicFiles: new Set(['favicon.svg']),
};

describe('the output audit accounts for every file in the output', () => {
  test.each([
    'index.html',
    'people/ada/index.html',
    '404.html',
    'robots.txt',
    '_img/0123456789ab-480.jpg',
    'favicon.svg',
    'sitemap-index.xml',
    'sitemap-0.xml',
    '_astro/published.DnX2H52K.css',
    '_astro/fraunces-latin-wght-normal.ukD16Tqj.woff2',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/wasm.en.pagefind',
    'pagefind/pagefind.en_3a1f2b.pf_meta',
    'pagefind/fragment/en_4b2c91d.pf_fragment',
    'pagefind/index/en_9c8d7e6.pf_index',
    'pagefind/filter/en_1a2b3c4.pf_filter',
  ])('accepts %s', (file) => {
    expect(auditOutput([file], manifest)).toEqual([]);
  });

  test.each([
    ['_astro/works.Dg5pZllc.jpg', 'an original image copied as it is, with its file name and metadata (probably works.jpg'],
    ['_img/ffffffffffff-480.jpg', 'an encoded image that no published page shows, or that this build did not make'],
    ['people/withdrawn-person/index.html', 'a file no part of the build declares'],
    ['ada-lovelace.jpg', 'an image the build did not encode'],
    ['pagefind/../secrets.txt', 'a file no part of the build declares'],
    ['_astro/notes.md', 'a file no part of the build declares'],
  ])('refuses %s as %s', (file, guess) => {
    const [found] = auditOutput([file], manifest);
    expect(found?.file).toBe(file);
    expect(found?.guess).toContain(guess);
  });

  test('names each file under the output folder in its message', () => {
    expect(formatUnaccounted(auditOutput(['_astro/works.Dg5pZllc.jpg'], manifest), 'dist')).toContain('  dist/_astro/works.Dg5pZllc.jpg: an original image');
  });
});

describe('a page refers to an encoded image only where it shows it', () => {
  const site = 'https://news.example.org/';

  test('in src, srcset, og:image content and JSON-LD, relative or absolute', () => {
    const html = `<html><head>
      <meta property="og:image" content="https://news.example.org/_img/aaaaaaaaaaaa-1200.jpg">
      <script type="application/ld+json">{"image":{"url":"https://news.example.org/_img/bbbbbbbbbbbb-800.jpg"}}</script>
      </head><body><picture><source srcset="/_img/cccccccccccc-480.avif 480w, /_img/cccccccccccc-800.avif 800w">
      <img src="/_img/cccccccccccc-800.jpg" alt=""></picture></body></html>`;
    expect([...findImageReferences(html, site)].sort()).toEqual([
      'aaaaaaaaaaaa-1200.jpg',
      'bbbbbbbbbbbb-800.jpg',
      'cccccccccccc-480.avif',
      'cccccccccccc-800.avif',
      'cccccccccccc-800.jpg',
    ]);
  });

  test('an address hidden in character references or JSON escapes is still found, so no page skips the reading', () => {
    const html =
      '<html><body><img src="/&#95;img/aaaaaaaaaaaa-480.jpg" alt=""><img src="&#x2F;&lowbar;img/bbbbbbbbbbbb-480.jpg" alt="">' +
      '<script type="application/ld+json">{"image":"\\u002f\\u005fimg\\/cccccccccccc-800.jpg"}</script></body></html>';
    expect(mayNameImages(html)).toBe(true);
    expect([...findImageReferences(html, site)].sort()).toEqual(['aaaaaaaaaaaa-480.jpg', 'bbbbbbbbbbbb-480.jpg', 'cccccccccccc-800.jpg']);
  });

  test('a page that holds the image prefix nowhere, decoded or not, names no image and is not parsed', () => {
    expect(mayNameImages('<html><body><p>Ada&#39;s crew, \\u003cb\\u003e and /img/ and /cards/x.png</p></body></html>')).toBe(false);
  });

  test('an address written as text is no reference, so it publishes nothing', () => {
    const html =
      '<p>The draft used /_img/dddddddddddd-480.jpg and https://news.example.org/_img/dddddddddddd-800.jpg.</p><p title="x">/_img/eeeeeeeeeeee-480.jpg</p>';
    expect(findImageReferences(html, site).size).toBe(0);
  });

  test('the image step reads from a page the images it shows and whether it links to an image address', () => {
    expect(readPageImages('<img src="/_img/aaaaaaaaaaaa-480.jpg" alt=""><a href="/people/ada/">Ada</a>', site)).toEqual({
      images: ['aaaaaaaaaaaa-480.jpg'],
      linksToImage: false,
    });
    expect(readPageImages('<a href="https://news.example.org/_img/aaaaaaaaaaaa-480.jpg">full size</a>', site)).toEqual({
      images: ['aaaaaaaaaaaa-480.jpg'],
      linksToImage: true,
    });
  });

  test('the image step keeps its answers under node_modules/.cache/insource unless INSOURCE_PAGE_IMAGES_CACHE names another file', () => {
    expect(pageImagesCacheFile('/repo', {})).toBe(path.resolve('/repo/node_modules/.cache/insource/page-images.json'));
    expect(pageImagesCacheFile('/repo', { INSOURCE_PAGE_IMAGES_CACHE: 'ci/pages.json' })).toBe(path.resolve('/repo/ci/pages.json'));
  });

  test.each([
    ['/_img/0123456789ab-480.jpg', '0123456789ab-480.jpg'],
    ['https://news.example.org/_img/0123456789ab-480.avif', '0123456789ab-480.avif'],
    ['/_img/0123456789ab-480.webp', undefined],
    ['https://elsewhere.example/_img/0123456789ab-480.jpg', undefined],
    ['/_img/../people/ada.jpg', undefined],
    ['/_img/0123456789ab-480.jpg?x=1', undefined],
  ])('%s names %s', (address, name) => {
    expect(imageNameOf(address, site)).toBe(name);
  });
});
