import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openScanCache, type ScanCache, scanCacheFile, versionOf } from '../../src/lib/output/scanCache.ts';

describe('scan cache', () => {
  let dir = '';
  let file = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'scan-cache-'));
    file = path.join(dir, 'cache', 'scan.json');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  /** The cache's answer, or `scanned` kept as the answer when it has none, as the build uses it. */
  const answer = (cache: ScanCache<string[]>, kind: string, text: string, scanned: string[]) => {
    const { key, value } = cache.find(kind, text);
    if (value) return value;
    cache.keep(key, scanned);
    return scanned;
  };

  test('a second build takes the answer for the same bytes from the cache, and scans changed bytes again', async () => {
    const first = await openScanCache<string[]>(file, 'v1');
    expect(answer(first, '.html', 'page with ada@example.org', ['ada@example.org'])).toEqual(['ada@example.org']);
    expect(answer(first, '.html', 'a clean page', [])).toEqual([]);
    await first.save();
    expect(first.counts).toEqual({ cached: 0, scanned: 2 });

    const second = await openScanCache<string[]>(file, 'v1');
    expect(answer(second, '.html', 'page with ada@example.org', ['wrong'])).toEqual(['ada@example.org']);
    expect(answer(second, '.html', 'a changed page', ['new'])).toEqual(['new']);
    expect(second.counts).toEqual({ cached: 1, scanned: 1 });
  });

  test('the same text of another kind is another question', async () => {
    const cache = await openScanCache<string[]>(file, 'v1');
    answer(cache, '.html', 'text', ['a']);
    expect(answer(cache, '.json', 'text', ['b'])).toEqual(['b']);
  });

  test('another version starts afresh, and a saved cache keeps only what this build used', async () => {
    const first = await openScanCache<string[]>(file, 'v1');
    answer(first, '.html', 'old page', []);
    await first.save();
    const second = await openScanCache<string[]>(file, 'v2');
    expect(answer(second, '.html', 'old page', ['found'])).toEqual(['found']);
    answer(second, '.html', 'new page', []);
    await second.save();
    const third = await openScanCache<string[]>(file, 'v2');
    answer(third, '.html', 'new page', ['x']);
    expect(third.counts).toEqual({ cached: 1, scanned: 0 });
    expect(Object.keys(JSON.parse(await readFile(file, 'utf8')).entries)).toHaveLength(2);
  });

  test('a build that used every answer and found no new one leaves the file as it is; one that used fewer rewrites it', async () => {
    const first = await openScanCache<string[]>(file, 'v1');
    answer(first, '.html', 'page a', []);
    answer(first, '.html', 'page b', ['b@example.org']);
    await first.save();
    const longAgo = new Date('2020-01-01T00:00:00Z');
    await utimes(file, longAgo, longAgo);

    const same = await openScanCache<string[]>(file, 'v1');
    answer(same, '.html', 'page b', ['x']);
    answer(same, '.html', 'page a', ['x']);
    await same.save();
    expect((await stat(file)).mtime).toEqual(longAgo);

    const fewer = await openScanCache<string[]>(file, 'v1');
    answer(fewer, '.html', 'page a', ['x']);
    await fewer.save();
    expect((await stat(file)).mtime).not.toEqual(longAgo);
    expect(Object.keys(JSON.parse(await readFile(file, 'utf8')).entries)).toHaveLength(1);
  });
  test('an unreadable cache file means every file is scanned', async () => {
    await writeFile(path.join(dir, 'broken.json'), '{not json');
    const cache = await openScanCache<string[]>(path.join(dir, 'broken.json'), 'v1');
    expect(answer(cache, '.html', 'page', ['hit'])).toEqual(['hit']);
  });

  test('the version changes with any of its files, and with the settings given', async () => {
    const source = path.join(dir, 'scanner.ts');
    await writeFile(source, 'one');
    const one = await versionOf([source], 'contacts: []');
    expect(await versionOf([source], 'contacts: []')).toBe(one);
    expect(await versionOf([source], 'contacts: [a]')).not.toBe(one);
    await writeFile(source, 'two');
    expect(await versionOf([source], 'contacts: []')).not.toBe(one);
  });

  test('lives in the project cache unless INSOURCE_SCAN_CACHE names a file', () => {
    expect(scanCacheFile('/p', {})).toBe('/p/node_modules/.cache/insource/contact-scan.json');
    expect(scanCacheFile('/p', { INSOURCE_SCAN_CACHE: 'tmp/scan.json' })).toBe('/p/tmp/scan.json');
  });
});
