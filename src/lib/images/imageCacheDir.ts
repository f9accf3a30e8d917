import path from 'node:path';

/**
 * Where encoded images wait between builds (INSOURCE_IMAGE_CACHE overrides it); the build copies only the
 * ones the output refers to into `dist/_img/`.
 */
export function imageCacheDir(root: string, env: Record<string, string | undefined>): string {
  return path.resolve(root, env['INSOURCE_IMAGE_CACHE'] || path.join('node_modules', '.cache', 'insource', 'images'));
}
