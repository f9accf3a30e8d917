// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { CONTENT_COMPONENTS } from './src/components/content/registry.ts';
import { remarkMdxRules } from './src/lib/markdown/remarkMdxRules.ts';
import { remarkHeadingRules } from './src/lib/markdown/remarkHeadingRules.ts';
import { remarkLinkRules } from './src/lib/markdown/remarkLinkRules.ts';
import { remarkPhotoRules } from './src/lib/markdown/remarkPhotoRules.ts';
import { remarkPhotos } from './src/lib/markdown/remarkPhotos.ts';
import { remarkTextImages } from './src/lib/markdown/remarkTextImages.ts';
import { remarkSmartypants } from './src/lib/markdown/remarkSmartypants.ts';
import { rehypeRawHtml } from './src/lib/markdown/rehypeRawHtml.ts';
import { rehypeRawHtmlRules } from './src/lib/markdown/rehypeRawHtmlRules.ts';
import { rehypeImageRules } from './src/lib/markdown/rehypeImageRules.ts';
import { rehypeSanitizeHtml } from './src/lib/markdown/rehypeSanitizeHtml.ts';
import { rehypePictures } from './src/lib/markdown/rehypePictures.ts';
import { imageCacheDir } from './src/lib/images/imageCacheDir.ts';
import { IMAGE_PRESETS, INLINE_SIZES } from './src/data/images.ts';
import { contentDir, isPreviewBuild, publicDir } from './src/lib/content/contentDir.ts';
import { publishImages } from './src/integrations/publishImages.ts';
import { buildPhases } from './src/integrations/buildPhases.ts';
import { drawCardsAhead } from './src/integrations/drawCardsAhead.ts';
import { readSiteSettings } from './src/lib/content/readSiteSettings.ts';
import { isSitemapPage } from './src/lib/output/isSitemapPage.ts';

const dir = contentDir(process.env);
const site = readSiteSettings(dir);

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
      // Astro's smartypants parses every text node a second time; ours gives the same typography and skips
      // the parses that cannot change anything (src/lib/markdown/remarkSmartypants.ts). It runs where
      // Astro's would: right after GFM, before the content rules.
      smartypants: false,
      remarkPlugins: [
        remarkSmartypants,
        [remarkMdxRules, { components: CONTENT_COMPONENTS }],
        remarkHeadingRules,
        remarkLinkRules,
        remarkPhotoRules,
        remarkPhotos,
        // Images in the text go to our pipeline, never to Astro's, which would publish the original files.
        remarkTextImages,
      ],
      // Raw HTML is parsed, then checked as written, then sanitized; pictures are made after sanitizing, so
      // they never pass through (or widen) the allowlist.
      rehypePlugins: [
        rehypeRawHtml,
        rehypeRawHtmlRules,
        rehypeImageRules,
        rehypeSanitizeHtml,
        [rehypePictures, { widths: IMAGE_PRESETS.inline.widths, sizes: INLINE_SIZES, cacheDir: imageCacheDir(process.cwd(), process.env) }],
        rehypeSlug,
      ],
    }),
  },
  // An editor's preview (npm run preview:build) has no sitemap: it is never for search engines.
  integrations: [buildPhases(), drawCardsAhead(), mdx(), ...(isPreviewBuild(process.env) ? [] : [sitemap({ filter: isSitemapPage })]), publishImages()],
  devToolbar: { enabled: false },
});
