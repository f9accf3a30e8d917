import { existsSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, OUT, ROOT, type BuildResult } from './buildSite.ts';

export const HOSTILE = path.join(ROOT, 'test', 'hostile');
export const HOSTILE_NOW = '2026-11-01T12:00:00Z';

/**
 * Builds one hostile case: the small base site in test/hostile/base with the case's files laid over it.
 * A case's public/ folder becomes the site's public folder (the last layer's that has one). `arrange` may add files that cannot be
 * committed portably, such as names that differ only in Unicode normalisation or case; `layers` lays
 * several cases' folders over the base, in order.
 */
export async function buildHostile(name: string, arrange?: (contentDir: string) => Promise<void>, layers: readonly string[] = [name]): Promise<BuildResult> {
  const content = path.join(OUT, `hostile-${name}-content`);
  await rm(content, { recursive: true, force: true });
  await cp(path.join(HOSTILE, 'base'), content, { recursive: true });
  for (const layer of layers) await cp(path.join(HOSTILE, layer), content, { recursive: true });
  await rm(path.join(content, 'public'), { recursive: true, force: true });
  await arrange?.(content);
  // Each build encodes its images afresh, so what a test finds in the cache is what this build made.
  const images = path.join(OUT, `hostile-${name}-images`);
  await rm(images, { recursive: true, force: true });
  const publicDir = layers.map((layer) => path.join(HOSTILE, layer, 'public')).findLast((dir) => existsSync(dir));
  return buildSite({
    content: path.relative(ROOT, content),
    name: `hostile-${name}`,
    env: {
      INSOURCE_NOW: HOSTILE_NOW,
      INSOURCE_IMAGE_CACHE: images,
      INSOURCE_PUBLIC: publicDir ?? path.join(HOSTILE, 'base', 'public'),
    },
  });
}
