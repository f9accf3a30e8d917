import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { imagesMadeThisBuild } from '../lib/images/optimizeImage.ts';
import { digestPipeline, isRenderedAtSync, staleRenderReason, textImagesOf, type ImageFacts, type PipelineFile } from '../lib/content/renderCache.ts';

/** The content layer's per-collection key under which the Markdown pipeline's digest is kept. */
const PIPELINE_KEY = 'insource-markdown-pipeline';

/**
 * The files whose change can change a Markdown render: the plugins and everything else in src/lib/ they
 * may use, the image settings, the components MDX may use, the Astro config, the installed packages and
 * the content folder's site.yaml. Relative to the project `root`.
 */
export function readPipelineFiles(root: string, contentDir: string): PipelineFile[] {
  const lib = readdirSync(path.join(root, 'src', 'lib'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join('src', 'lib', file));
  const names = [
    ...lib,
    path.join('src', 'data', 'images.ts'),
    path.join('src', 'components', 'content', 'registry.ts'),
    'astro.config.mjs',
    'package-lock.json',
    path.join(contentDir, 'site.yaml'),
  ];
  return names.map((name) => {
    const file = path.resolve(root, name);
    return { name: name.split(path.sep).join('/'), text: existsSync(file) ? readFileSync(file, 'utf8') : '' };
  });
}

/**
 * Wraps a glob loader so that the renders Astro keeps between builds are used only where a fresh render
 * would be the same (see `renderCache.ts`): every render is made again when the Markdown pipeline changed;
 * a file whose render failed, or whose pictures came from a changed image, is rendered again, so its error
 * is shown again and its pictures are encoded again. The pictures of renders that are kept count as made
 * by this build, as they would have been had the file been rendered again.
 */
export function keepRenders(loader: Loader, options: { contentDir: string; imageCache: (root: string) => string }): Loader {
  let pipeline: string | undefined;
  return {
    name: 'insource:keep-renders',
    load: async (context) => {
      const { store, meta, logger, collection } = context;
      const root = fileURLToPath(context.config.root);
      pipeline ??= digestPipeline(readPipelineFiles(root, options.contentDir));
      if (meta.get(PIPELINE_KEY) !== pipeline) {
        if (store.keys().length > 0) logger.info(`${collection}: the Markdown pipeline changed since the last build, so every file is rendered again.`);
        store.clear();
      } else {
        const facts = imageFacts(root, options.imageCache(root));
        for (const entry of store.values()) {
          const reason = staleRenderReason(entry, facts);
          if (reason === undefined) continue;
          logger.info(`${collection}: ${entry.filePath} is rendered again: ${reason}.`);
          store.delete(entry.id);
        }
      }
      const before = new Map(store.values().map((entry) => [entry.id, entry.digest]));
      await loader.load(context);
      meta.set(PIPELINE_KEY, pipeline);
      let kept = 0;
      let rendered = 0;
      const made = imagesMadeThisBuild();
      for (const entry of store.values()) {
        if (!isRenderedAtSync(entry)) continue;
        if (before.has(entry.id) && before.get(entry.id) === entry.digest) kept++;
        else rendered++;
        for (const image of textImagesOf(entry)) for (const name of image.files) made.add(name);
      }
      if (kept + rendered > 0)
        logger.info(`${collection}: ${rendered} Markdown ${rendered === 1 ? 'file' : 'files'} rendered, ${kept} kept from the last build.`);
    },
  };
}

/** The image facts of this moment, each file read at most once. */
function imageFacts(root: string, imageCache: string): ImageFacts {
  const digests = new Map<string, string | undefined>();
  return {
    sha256(file) {
      if (!digests.has(file)) {
        try {
          digests.set(
            file,
            createHash('sha256')
              .update(readFileSync(path.resolve(root, file)))
              .digest('hex'),
          );
        } catch {
          digests.set(file, undefined);
        }
      }
      return digests.get(file);
    },
    cached: (name) => existsSync(path.join(imageCache, name)),
  };
}
