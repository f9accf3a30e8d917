import path from 'node:path';
import { remarkCollectImages } from '@astrojs/markdown-remark';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkTextImages } from '../../src/lib/markdown/remarkTextImages.ts';
import { photoFolder } from './markdown.ts';

const folder = photoFolder();
const render = folder.render;

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

  test('the same in MDX, where raw HTML does not exist', async () => {
    expect(await render('![The filter beds](./beds.jpg)', 'story.mdx')).toContain('<picture>');
  });
});

describe('images in the text never reach Astro, which would copy the original file into the site', () => {
  /** The local image paths Astro's own collector finds after the site's remark plugins ran. */
  async function collected(markdown: string, plugins: 'ours' | 'none'): Promise<string[]> {
    const file = new VFile({ value: markdown, path: path.join(folder.dir, 'story.md') });
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
