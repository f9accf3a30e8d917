import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { imageCacheDir } from '../lib/images/imageCacheDir.ts';
import { findStaleImages } from '../lib/images/findStaleImages.ts';
import { imageFormatOf } from '../lib/images/formats.ts';
import { ENCODED_IMAGE_NAME, IMAGE_URL_PREFIX, imagesMadeThisBuild } from '../lib/images/optimizeImage.ts';
import { PAGE_IMAGES_CODE, pageImagesCacheFile, readPageImages, type PageImages } from '../lib/output/findImageReferences.ts';
import { recordPhase } from '../lib/output/buildPhases.ts';
import { openScanCache, versionOf } from '../lib/output/scanCache.ts';

/**
 * Serves optimized images in dev and, after a build, copies into `dist/_img/` exactly the images the pages
 * show, all of which this build must have made. With `INSOURCE_OUTPUT_MANIFEST` set (by `npm run build`),
 * it also writes there what Astro rendered and which images it published, for the output audit.
 */
export function publishImages(): AstroIntegration {
  let cacheDir = '';
  let siteUrl = '';
  let root = '';
  return {
    name: 'insource:publish-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = imageCacheDir(root, process.env);
        siteUrl = config.site ?? 'http://localhost/';
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const match = req.url?.startsWith(IMAGE_URL_PREFIX) ? ENCODED_IMAGE_NAME.exec(req.url.slice(IMAGE_URL_PREFIX.length)) : null;
          if (!match) return next();
          res.setHeader('Content-Type', imageFormatOf(match[0])!.mime);
          createReadStream(path.join(cacheDir, match[0]))
            .on('error', () => next())
            .pipe(res);
        });
      },
      'astro:build:done': async ({ dir, assets }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const rendered = [...assets.values()].flat().map((url) => path.relative(out, fileURLToPath(url)).split(path.sep).join('/'));
        const used = new Set<string>();
        const linking: string[] = [];
        // A rebuild parses again only the pages that changed: each page's answer is kept by its bytes, the site's
        // address and the version of the code that reads it. Whether this build made the images is checked below.
        const version = await versionOf(
          [...PAGE_IMAGES_CODE, 'src/integrations/publishImages.ts'].map((file) => path.join(root, file)),
          siteUrl,
        );
        const cache = await openScanCache<PageImages>(pageImagesCacheFile(root, process.env), version);
        for (const file of rendered) {
          if (!file.endsWith('.html')) continue;
          const bytes = await readFile(path.join(out, file));
          const { key, value } = cache.find('.html', bytes);
          const page = value ?? readPageImages(bytes.toString('utf8'), siteUrl);
          if (value === undefined) cache.keep(key, page);
          for (const name of page.images) used.add(name);
          // Pages show images; they never link to one. A link could publish a photo made for an unpublished story.
          if (page.linksToImage) linking.push(file);
        }
        await cache.save();
        const made = imagesMadeThisBuild();
        const unknown = [...used].filter((name) => !made.has(name));
        if (linking.length > 0 || unknown.length > 0) {
          throw new Error(
            `${linking.length > 0 ? `These pages link to an image address: ${linking.join(', ')}. ` : ''}` +
              `${unknown.length > 0 ? `The site names images that no content of this build produced: ${unknown.map((name) => IMAGE_URL_PREFIX + name).join(', ')}. ` : ''}` +
              'Link to a page, not to an image address; images are published only for the photos the content shows.',
          );
        }
        const target = path.join(out, IMAGE_URL_PREFIX);
        await mkdir(target, { recursive: true });
        for (const name of used) await copyFile(path.join(cacheDir, name), path.join(target, name));
        // In CI (INSOURCE_PRUNE_CACHES=1) the cache keeps only what this build made, so the photos of
        // someone who withdrew leave the cache that CI carries to later runs too.
        if (process.env['INSOURCE_PRUNE_CACHES'] === '1')
          for (const name of findStaleImages(await readdir(cacheDir), made)) await rm(path.join(cacheDir, name), { force: true });
        const manifest = process.env['INSOURCE_OUTPUT_MANIFEST'];
        if (manifest) {
          const images = [...used].map((name) => `${IMAGE_URL_PREFIX.slice(1)}${name}`);
          await writeFile(manifest, JSON.stringify({ rendered, images }));
        }
        recordPhase({
          phase: 'publish images',
          ms: performance.now() - started,
          counts: { pages: rendered.length, images: used.size, read: cache.counts.scanned, cached: cache.counts.cached },
        });
      },
    },
  };
}
