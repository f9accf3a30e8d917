import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { listBodies, readBodyTexts, textCacheFile } from '../../scripts/lib/bodyTexts.ts';
import { readTexts } from '../../scripts/lib/textPool.ts';
import { markdownToText } from '../../src/lib/publication/listPublishedText.ts';
import { publish } from '../../src/lib/publication/publish.ts';
import { content, NOW, person, SETTINGS, spotlight } from '../helpers/entries.ts';

/** A story with a body, in a file of the given extension. */
const story = (id: string, body: string, ext = 'md') => ({ ...spotlight(id), body, filePath: `content/spotlights/2026/${id}.${ext}` });

describe('listBodies', () => {
  test('lists each body once with its syntax, and no entry without one', () => {
    const bodies = listBodies(
      content({
        people: [{ ...person('ana'), body: 'Same text.' }, person('ben')],
        spotlights: [story('a', 'Same text.'), story('b', 'Same text.', 'mdx'), story('c', '')],
      }),
    );
    expect(bodies).toEqual([
      { body: 'Same text.', mdx: false },
      { body: 'Same text.', mdx: true },
    ]);
  });
});

describe('readTexts', () => {
  // More bodies than one batch, so that threads share them; MDX and Markdown read the same text differently.
  const bodies = Array.from({ length: 250 }, (_, i) => ({
    body: `Story ${i} with *Ada* [Love](https://example.org/${i})lace and <Quote by="X${i}" />`,
    mdx: i % 2 === 0,
  }));

  test.each([1, 2])('gives each body the text markdownToText gives it, in order, on %i thread(s)', async (threads) => {
    const texts = await readTexts(bodies, threads);
    expect(texts).toEqual(bodies.map(({ body, mdx }) => markdownToText(body, { mdx })));
    expect(new Set(texts).size).toBe(bodies.length);
  });
});

describe('readBodyTexts', () => {
  let root = '';
  let cacheFile = '';
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'body-texts-'));
    cacheFile = path.join(root, 'cache', 'body-text.json');
    await mkdir(path.join(root, 'src/lib/publication'), { recursive: true });
    await writeFile(path.join(root, 'src/lib/publication/listPublishedText.ts'), '// version 1');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  test('a second run takes unchanged bodies from the cache and reads a changed one again', async () => {
    const first = await readBodyTexts(content({ spotlights: [story('a', 'With *Ada*.'), story('b', 'Alone.')] }), { root, cacheFile });
    expect(first.counts).toEqual({ cached: 0, read: 2 });
    const second = await readBodyTexts(content({ spotlights: [story('a', 'With *Ada*.'), story('b', 'Alone, with Ben.')] }), { root, cacheFile });
    expect(second.counts).toEqual({ cached: 1, read: 1 });
    expect(second.toText('With *Ada*.', { mdx: false })).toBe('With Ada.');
    expect(second.toText('Alone, with Ben.', { mdx: false })).toBe('Alone, with Ben.');
  });

  test('a change to the code that reads bodies reads every body again', async () => {
    await readBodyTexts(content({ spotlights: [story('a', 'With *Ada*.')] }), { root, cacheFile });
    await writeFile(path.join(root, 'src/lib/publication/listPublishedText.ts'), '// version 2');
    expect((await readBodyTexts(content({ spotlights: [story('a', 'With *Ada*.')] }), { root, cacheFile })).counts).toEqual({ cached: 0, read: 1 });
  });

  test('a body it was not given is read when asked for', async () => {
    const { toText } = await readBodyTexts(content(), { root, cacheFile });
    expect(toText('Not **listed**.', { mdx: false })).toBe('Not listed.');
  });

  test('a kept text never keeps a story published after someone it names withdraws', async () => {
    const parts = { spotlights: [story('s', 'We met **Ben** Bloggs.')] };
    const ben = (status: 'granted' | 'withdrawn') => [person('ana'), person('ben', { status }, { name: 'Ben Bloggs' })];
    const before = await readBodyTexts(content(parts), { root, cacheFile });
    expect(publish(content({ ...parts, people: ben('granted') }), SETTINGS, NOW, before.toText).spotlights.map((s) => s.id)).toEqual(['s']);

    const after = await readBodyTexts(content(parts), { root, cacheFile });
    expect(after.counts).toEqual({ cached: 1, read: 0 });
    const result = publish(content({ ...parts, people: ben('withdrawn') }), SETTINGS, NOW, after.toText);
    expect(result.spotlights).toEqual([]);
    expect(result.notices).toEqual([{ file: 'content/spotlights/2026/s.md', message: 'withheld: it names ben (not public: consent is withdrawn) in body' }]);
  });
});

test('the cache is under node_modules/.cache/insource unless INSOURCE_TEXT_CACHE names another file', () => {
  expect(textCacheFile('/repo', {})).toBe(path.resolve('/repo/node_modules/.cache/insource/body-text.json'));
  expect(textCacheFile('/repo', { INSOURCE_TEXT_CACHE: 'elsewhere/t.json' })).toBe(path.resolve('/repo/elsewhere/t.json'));
});
