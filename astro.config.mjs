// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { CONTENT_COMPONENTS } from './src/components/content/registry.ts';
import { remarkContentRules } from './src/lib/markdown/remarkContentRules.ts';
import { rehypeContent } from './src/lib/markdown/rehypeContent.ts';
import { remarkTextImages } from './src/lib/markdown/remarkTextImages.ts';
import { imageCacheDir } from './src/lib/images/imageCacheDir.ts';
import { IMAGE_PRESETS, INLINE_SIZES } from './src/data/images.ts';
import { load as parseYaml } from 'js-yaml';
import { contentDir, publicDir } from './src/lib/content/contentDir.ts';
import { siteSchema } from './src/lib/content/schema/site.ts';
import { publishImages } from './src/integrations/publishImages.ts';
import { isSitemapPage } from './src/lib/output/isSitemapPage.ts';

const dir = contentDir(process.env);
const site = siteSchema.parse(parseYaml(readFileSync(`${dir}/site.yaml`, 'utf8')));

export default defineConfig({
  site: site.url,
  // Each content folder (the example, a test fixture) keeps its own content-layer cache.
  ...(dir === 'content' ? {} : { cacheDir: `./node_modules/.astro/${dir.replace(/[^a-z0-9]+/gi, '-')}` }),
  publicDir: publicDir(process.env),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Sätteri, Astro's default processor, ignores remark and rehype plugins: use unified so they run.
    // MDX inherits these plugins. Content rules run first, before anything in a file is evaluated.
    processor: unified({
      // Images in the text go to our pipeline, never to Astro's, which would publish the original files.
      remarkPlugins: [[remarkContentRules, { components: CONTENT_COMPONENTS }], remarkTextImages],
      rehypePlugins: [
        [rehypeContent, { widths: IMAGE_PRESETS.inline.widths, sizes: INLINE_SIZES, cacheDir: imageCacheDir(process.cwd(), process.env) }],
        rehypeSlug,
      ],
    }),
  },
  integrations: [mdx(), sitemap({ filter: isSitemapPage }), publishImages()],
  devToolbar: { enabled: false },
});
