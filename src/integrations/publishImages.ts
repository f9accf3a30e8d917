import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { imageCacheDir } from '../lib/images/imageCacheDir.ts';
import { findStaleImages } from '../lib/images/findStaleImages.ts';
import { imageFormatOf } from '../lib/images/formats.ts';
import { ENCODED_IMAGE_NAME, IMAGE_URL_PREFIX, imagesMadeThisBuild } from '../lib/images/optimizeImage.ts';
import { findImageReferences } from '../lib/output/findImageReferences.ts';
import { recordPhase } from '../lib/output/buildPhases.ts';

const LINK_TO_IMAGE = new RegExp(`href="[^"]*${IMAGE_URL_PREFIX}`);

/**
 * Serves optimized images in dev and, after a build, copies into `dist/_img/` exactly the images the pages
 * show, all of which this build must have made. With `INSOURCE_OUTPUT_MANIFEST` set (by `npm run build`),
 * it also writes there what Astro rendered and which images it published, for the output audit.
 */
export function publishImages(): AstroIntegration {
  let cacheDir = '';
  let siteUrl = '';
  return {
    name: 'insource:publish-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = imageCacheDir(fileURLToPath(config.root), process.env);
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
        for (const file of rendered) {
          if (!file.endsWith('.html')) continue;
          const html = await readFile(path.join(out, file), 'utf8');
          for (const name of findImageReferences(html, siteUrl)) used.add(name);
          // Pages show images; they never link to one. A link could publish a photo made for an unpublished story.
          if (LINK_TO_IMAGE.test(html)) linking.push(file);
        }
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
        recordPhase({ phase: 'publish images', ms: performance.now() - started, counts: { pages: rendered.length, images: used.size } });
      },
    },
  };
}
