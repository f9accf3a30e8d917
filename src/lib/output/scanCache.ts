import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { digestPipeline } from '../content/renderCache.ts';

/**
 * What a scan of built files found, kept between builds by each file's content: a rebuild scans again only
 * the files that changed. An entry is named by a hash of the scanner's version (the code and packages that
 * read the files), everything else the scan depends on, the file's kind and its whole text, so a cached
 * answer is only ever given for exactly the same question.
 */
export interface ScanCache<T> {
  /** The key of a file's answer, and the answer when the cache has it. */
  find(kind: string, text: string | Buffer): { key: string; value: T | undefined };
  /** Keeps an answer found by scanning, under the key `find` gave. */
  keep(key: string, value: T): void;
  /** How many answers came from the cache and how many were scanned, in this build. */
  readonly counts: { cached: number; scanned: number };
  /** Writes the answers used in this build (and only those, so the cache never outgrows the site); nothing when they are what the file holds. */
  save(): Promise<void>;
}

interface Stored<T> {
  version: string;
  entries: Record<string, T>;
}

/** Opens (or starts) the cache in `file`; entries of another `version` are ignored. */
export async function openScanCache<T>(file: string, version: string): Promise<ScanCache<T>> {
  let stored: Record<string, T> = {};
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Stored<T>;
    if (parsed.version === version) stored = parsed.entries;
  } catch {
    // No cache yet, or an unreadable one: every file is scanned.
  }
  const used: Record<string, T> = {};
  const counts = { cached: 0, scanned: 0 };
  return {
    counts,
    find(kind, text) {
      const key = createHash('sha256').update(kind).update('\0').update(text).digest('base64url');
      if (!Object.hasOwn(stored, key)) return { key, value: undefined };
      counts.cached++;
      return { key, value: (used[key] = stored[key]!) };
    },
    keep(key, value) {
      counts.scanned++;
      used[key] = value;
    },
    async save() {
      // Every answer came from the file and every answer in it was used: it would be written as it is.
      if (counts.scanned === 0 && Object.keys(used).length === Object.keys(stored).length) return;
      await mkdir(path.dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      await writeFile(partial, JSON.stringify({ version, entries: used } satisfies Stored<T>));
      await rename(partial, file);
    },
  };
}

/** Where the contact-details scan keeps its answers between builds (INSOURCE_SCAN_CACHE overrides it). */
export function scanCacheFile(root: string, env: Record<string, string | undefined>): string {
  return path.resolve(root, env['INSOURCE_SCAN_CACHE'] || path.join('node_modules', '.cache', 'insource', 'contact-scan.json'));
}

/** A version made of the given files' contents (source code, the lock file), so that any change to them starts afresh. */
export async function versionOf(files: readonly string[], extra: string): Promise<string> {
  const read = await Promise.all(files.map(async (name) => ({ name, text: await readFile(name, 'utf8').catch(() => '') })));
  return digestPipeline([...read, { name: '\0settings', text: extra }]);
}
