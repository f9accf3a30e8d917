import path from 'node:path';

/** Where rendered social cards wait between builds (INSOURCE_CARD_CACHE overrides it). */
export function cardCacheDir(root: string, env: Record<string, string | undefined>): string {
  return path.resolve(root, env['INSOURCE_CARD_CACHE'] || path.join('node_modules', '.cache', 'insource', 'cards'));
}
