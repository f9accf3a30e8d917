import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import {
  digestPipeline,
  findUnrendered,
  isRenderedAtSync,
  staleRenderReason,
  TEXT_IMAGES,
  textImagesOf,
  type ImageFacts,
  type KeptEntry,
} from '../../src/lib/content/renderCache.ts';
import { rehypePictures } from '../../src/lib/markdown/rehypePictures.ts';
import { photoFolder } from './markdown.ts';

const BEDS = { src: './beds.jpg', sha256: 'a'.repeat(64), files: ['0123456789ab-480.avif', '0123456789ab-480.jpg'] };

/** A Markdown story kept with a render that shows the given images. */
const kept = (images: unknown[] = [BEDS], filePath = 'content/spotlights/2026/story.md'): KeptEntry => ({
  id: 'story',
  filePath,
  rendered: { html: '<p>Text</p>', metadata: { frontmatter: { title: 'Story', [TEXT_IMAGES]: images } } },
});

/** The disk as it is: the image still as it was encoded, every picture in the cache. */
const unchanged: ImageFacts = {
  sha256: (file) => (file === 'content/spotlights/2026/beds.jpg' ? BEDS.sha256 : undefined),
  cached: () => true,
};

describe('which kept renders are used and which are made again', () => {
  test('a kept render whose images are unchanged and cached is used', () => {
    expect(staleRenderReason(kept(), unchanged)).toBeUndefined();
  });

  test('a Markdown file whose render failed is rendered again, so its error shows again', () => {
    expect(staleRenderReason({ id: 'broken', filePath: 'content/spotlights/2026/broken.md' }, unchanged)).toBe('its last render failed');
  });

  test.each([
    ['the image changed', { ...unchanged, sha256: () => 'b'.repeat(64) }, './beds.jpg changed'],
    ['the image is gone', { ...unchanged, sha256: () => undefined }, './beds.jpg changed'],
    ['a picture left the image cache', { ...unchanged, cached: (name: string) => name !== BEDS.files[1] }, `${BEDS.files[1]} is no longer in the image cache`],
  ])('a render is made again when %s', (_, facts, reason) => {
    expect(staleRenderReason(kept(), facts)).toBe(reason);
  });

  test('images are found beside the Markdown file, in a parent folder too', () => {
    const asked: string[] = [];
    const facts: ImageFacts = { sha256: (file) => (asked.push(file), BEDS.sha256), cached: () => true };
    staleRenderReason(kept([BEDS, { ...BEDS, src: '../shared/dawn.jpg' }]), facts);
    expect(asked).toEqual(['content/spotlights/2026/beds.jpg', 'content/spotlights/shared/dawn.jpg']);
  });

  test('MDX, rendered when its page is built, and data files are never rendered again at sync', () => {
    const mdx: KeptEntry = { id: 'a', filePath: 'content/spotlights/2026/a.mdx', deferredRender: true };
    expect(isRenderedAtSync(mdx)).toBe(false);
    expect(staleRenderReason(mdx, unchanged)).toBeUndefined();
    expect(staleRenderReason({ id: 'site', filePath: 'content/site.yaml' }, unchanged)).toBeUndefined();
  });

  test('records that are not what rehypePictures writes are ignored', () => {
    expect(textImagesOf(kept([BEDS, { src: './x.jpg' }, null, 'beds.jpg', { ...BEDS, files: [1] }]))).toEqual([BEDS]);
    expect(textImagesOf({ id: 'x', filePath: 'x.md', rendered: { html: '' } })).toEqual([]);
  });
});

describe('a Markdown file without rendered text is never published as an empty page', () => {
  test('names each such file for the editor, and nothing else', () => {
    const issues = findUnrendered([
      kept(),
      { id: 'broken', filePath: 'content/spotlights/2026/broken.md' },
      { id: 'empty', filePath: 'content/spotlights/2026/empty.md', rendered: { html: '' } },
      { id: 'a', filePath: 'content/spotlights/2026/a.mdx', deferredRender: true },
    ]);
    expect(issues).toEqual([
      {
        file: 'content/spotlights/2026/broken.md',
        field: '(text)',
        message: 'the text could not be turned into a page; the build log above says why. Correct the text, then build again.',
      },
    ]);
  });
});

describe('the Markdown pipeline digest', () => {
  const files = [
    { name: 'src/lib/markdown/rehypePictures.ts', text: 'export const a = 1;' },
    { name: 'content/site.yaml', text: 'name: Works' },
  ];

  test('does not depend on the order the files are read in', () => {
    expect(digestPipeline(files)).toBe(digestPipeline([...files].reverse()));
  });

  test.each([
    ['a plugin changes', [{ ...files[0]!, text: 'export const a = 2;' }, files[1]!]],
    ['site.yaml changes', [files[0]!, { ...files[1]!, text: 'name: Waterworks' }]],
    ['a file is added', [...files, { name: 'package-lock.json', text: '{}' }]],
    [
      'text moves from one file to the next',
      [
        { ...files[0]!, text: 'export const a = 1;name: Works' },
        { ...files[1]!, text: '' },
      ],
    ],
  ])('changes when %s', (_, changed) => {
    expect(digestPipeline(changed)).not.toBe(digestPipeline(files));
  });
});

describe('rehypePictures records what it encoded, for a build that reuses the render', () => {
  const folder = photoFolder();
  /** Markdown to HTML with only rehypePictures among the site's plugins. */
  const pictures = (widths: number[]) =>
    unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypePictures, { widths, sizes: '92vw', cacheDir: path.join(folder.dir, 'cache') })
      .use(rehypeStringify);

  test('each image in the text with its source digest and the pictures made from it', async () => {
    const file = new VFile({
      path: path.join(folder.dir, 'story.md'),
      value: '![Beds](./beds.jpg)\n\n![Beds again](./my%20photo.jpg)',
      data: { astro: { frontmatter: { title: 'Story' } } },
    });
    await pictures([480, 800]).process(file);
    const frontmatter = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
    expect(frontmatter['title']).toBe('Story');
    const sha256 = createHash('sha256')
      .update(await readFile(path.join(folder.dir, 'beds.jpg')))
      .digest('hex');
    const cached = (await readdir(path.join(folder.dir, 'cache'))).sort();
    // AVIF at both widths and one JPEG.
    expect(cached).toHaveLength(3);
    expect(textImagesOf({ id: 'story', filePath: 'story.md', rendered: { html: '', metadata: { frontmatter } } })).toEqual([
      { src: './beds.jpg', sha256, files: expect.arrayContaining(cached) },
      { src: './my photo.jpg', sha256, files: expect.arrayContaining(cached) },
    ]);
    expect((frontmatter[TEXT_IMAGES] as { files: string[] }[])[0]!.files).toHaveLength(3);
  });

  test('a text without images records nothing', async () => {
    const file = new VFile({ path: path.join(folder.dir, 'plain.md'), value: 'No pictures.', data: { astro: { frontmatter: {} } } });
    await pictures([480]).process(file);
    expect((file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter).toEqual({});
  });
});
