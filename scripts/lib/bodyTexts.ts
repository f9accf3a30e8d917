import os from 'node:os';
import path from 'node:path';
import { openScanCache, versionOf } from '../../src/lib/output/scanCache.ts';
import { isMdx, markdownToText, type BodyToText } from '../../src/lib/publication/listPublishedText.ts';
import type { Content } from '../../src/lib/publication/publish.ts';
import { readTexts, type MarkdownBody } from './textPool.ts';

/** Where `npm run check` keeps the text of each Markdown body between runs (INSOURCE_TEXT_CACHE overrides it). */
export function textCacheFile(root: string, env: Record<string, string | undefined>): string {
  return path.resolve(root, env['INSOURCE_TEXT_CACHE'] || path.join('node_modules', '.cache', 'insource', 'body-text.json'));
}

/** Every Markdown body the publication rule may read for names, each once. */
export function listBodies(content: Content): MarkdownBody[] {
  const entries = [...content.people, ...content.departments, ...content.spotlights, ...content.newsletter];
  const seen = new Set<string>();
  const bodies: MarkdownBody[] = [];
  for (const entry of entries) {
    if (!entry.body) continue;
    const body = { body: entry.body, mdx: isMdx(entry) };
    const key = `${body.mdx ? 'mdx' : 'md'}\0${body.body}`;
    if (seen.has(key)) continue;
    seen.add(key);
    bodies.push(body);
  }
  return bodies;
}

/** Below this many bodies to read, starting threads (each loading the Markdown parser) costs more than it saves. */
const THREADS_FROM = 400;

/**
 * What every Markdown body of `content` shows as text, for the publication rule: each body's answer is kept in
 * `cacheFile` by its bytes and the version of the code and packages that read it (nothing else goes into it:
 * who may be named is decided afresh on every run), and the bodies the cache has no answer for are read on
 * every core. A body asked for that was not listed is read then.
 */
export async function readBodyTexts(
  content: Content,
  options: { root: string; cacheFile: string; threads?: number },
): Promise<{ toText: BodyToText; counts: { cached: number; read: number } }> {
  const version = await versionOf(
    ['src/lib/publication/listPublishedText.ts', 'package-lock.json'].map((file) => path.join(options.root, file)),
    `node ${process.version}`,
  );
  const cache = await openScanCache<string>(options.cacheFile, version);
  const texts = { md: new Map<string, string>(), mdx: new Map<string, string>() };
  const missing: { body: MarkdownBody; key: string }[] = [];
  for (const body of listBodies(content)) {
    const { key, value } = cache.find(body.mdx ? 'mdx' : 'md', body.body);
    if (value === undefined) missing.push({ body, key });
    else texts[body.mdx ? 'mdx' : 'md'].set(body.body, value);
  }
  const threads = missing.length < THREADS_FROM ? 1 : (options.threads ?? os.availableParallelism());
  const read = await readTexts(
    missing.map(({ body }) => body),
    threads,
  );
  missing.forEach(({ body, key }, i) => {
    cache.keep(key, read[i]!);
    texts[body.mdx ? 'mdx' : 'md'].set(body.body, read[i]!);
  });
  await cache.save();
  return {
    toText: (body, { mdx }) => texts[mdx ? 'mdx' : 'md'].get(body) ?? markdownToText(body, { mdx }),
    counts: { cached: cache.counts.cached, read: cache.counts.scanned },
  };
}
