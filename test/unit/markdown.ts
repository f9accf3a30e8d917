/** Helpers for the Markdown plugin tests: a folder of photos, and the site's Markdown pipeline over it. */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import sharp from 'sharp';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { afterAll, beforeAll } from 'vitest';
import { CONTENT_COMPONENTS } from '../../src/components/content/registry.ts';
import { rehypeImageRules } from '../../src/lib/markdown/rehypeImageRules.ts';
import { rehypePictures } from '../../src/lib/markdown/rehypePictures.ts';
import { rehypeRawHtml } from '../../src/lib/markdown/rehypeRawHtml.ts';
import { rehypeRawHtmlRules } from '../../src/lib/markdown/rehypeRawHtmlRules.ts';
import { rehypeSanitizeHtml } from '../../src/lib/markdown/rehypeSanitizeHtml.ts';
import { remarkHeadingRules } from '../../src/lib/markdown/remarkHeadingRules.ts';
import { remarkLinkRules } from '../../src/lib/markdown/remarkLinkRules.ts';
import { remarkMdxRules } from '../../src/lib/markdown/remarkMdxRules.ts';
import { remarkPhotoRules } from '../../src/lib/markdown/remarkPhotoRules.ts';
import { remarkPhotos } from '../../src/lib/markdown/remarkPhotos.ts';
import { remarkTextImages } from '../../src/lib/markdown/remarkTextImages.ts';

/** A temporary folder of photos, and the site's rendering of a Markdown file written in it. */
export interface PhotoFolder {
  dir: string;
  render(markdown: string, name?: string): Promise<string>;
}

/**
 * A temporary folder, made before the file's tests and removed after them, holding `beds.jpg` (1000 × 500),
 * copies named `café beds.jpg` and `my photo.jpg`, `people/wil.jpg` and a `cache/` folder.
 */
export function photoFolder(): PhotoFolder {
  const folder: PhotoFolder = { dir: '', render: (markdown, name) => render(folder.dir, markdown, name) };
  beforeAll(async () => {
    folder.dir = await mkdtemp(path.join(tmpdir(), 'insource-markdown-'));
    const dir = folder.dir;
    await mkdir(path.join(dir, 'cache'));
    await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#3a7' } })
      .jpeg()
      .toFile(path.join(dir, 'beds.jpg'));
    for (const name of ['café beds.jpg', 'my photo.jpg']) await copyFile(path.join(dir, 'beds.jpg'), path.join(dir, name));
    await mkdir(path.join(dir, 'people'), { recursive: true });
    await copyFile(path.join(dir, 'beds.jpg'), path.join(dir, 'people', 'wil.jpg'));
  });
  afterAll(() => rm(folder.dir, { recursive: true, force: true }));
  return folder;
}

/** The site's remark and rehype plugins in the order astro.config.mjs runs them, with messages relative to `root`. */
export function sitePlugins(root: string): { remarkPlugins: PluggableList; rehypePlugins: PluggableList } {
  return {
    remarkPlugins: [
      [remarkMdxRules, { components: CONTENT_COMPONENTS, root }],
      [remarkHeadingRules, { root }],
      [remarkLinkRules, { root }],
      [remarkPhotoRules, { root }],
      [remarkPhotos, { root }],
      remarkTextImages,
    ],
    rehypePlugins: [
      rehypeRawHtml,
      [rehypeRawHtmlRules, { root }],
      [rehypeImageRules, { root }],
      rehypeSanitizeHtml,
      [rehypePictures, { widths: [480, 800], sizes: '92vw', cacheDir: path.join(root, 'cache') }],
    ],
  };
}

/** Renders Markdown as the site does, for a file named `name` in `dir`; MDX syntax itself is not parsed. */
export async function render(dir: string, markdown: string, name = 'story.md'): Promise<string> {
  const { remarkPlugins, rehypePlugins } = sitePlugins(dir);
  const file = new VFile({ value: markdown, path: path.join(dir, name) });
  const result = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypePlugins)
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

/** Compiles MDX (by default a spotlight in content/; `name` is relative to the working directory) with the given remark plugins. */
export function compileMdx(value: string, remarkPlugins: PluggableList, name = 'content/spotlights/2026/story.mdx'): Promise<VFile> {
  return compile(new VFile({ value, path: path.resolve(process.cwd(), name) }), { remarkPlugins });
}
