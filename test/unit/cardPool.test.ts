import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { type CardPool, cardWorkerEntry, createCardPool } from '../../src/lib/cards/cardPool.ts';
import { cardWorkerCount } from '../../src/lib/cards/cardWorkerCount.ts';
import { type CardJob, jobFileName } from '../../src/lib/cards/drawCardJob.ts';
import { cardLabel, drawCards, findStaleCards, type NamedCardJob } from '../../src/lib/cards/drawCards.ts';

const root = process.cwd();
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
const cacheDir = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'card-pool-'));
  dirs.push(dir);
  return dir;
};

const base = { organisation: 'Fixture Works', locale: 'en', direction: 'ltr' } as const;
const JOBS: NamedCardJob[] = [
  { label: 'the site', job: { content: { ...base, kind: 'site', title: 'Fixture Works' } } },
  { label: 'Zoë', job: { content: { ...base, kind: 'person', title: 'Zoë Ångström-Núñez', role: 'Diver', department: 'Field' } } },
  {
    label: 'Paula',
    job: {
      content: { ...base, kind: 'person', title: 'Paula Public', role: 'Chemist', department: 'Lab' },
      photoFile: 'test/fixtures/site/people/paula-public.jpg',
    },
  },
  {
    label: 'a long story',
    job: { content: { ...base, kind: 'spotlight', title: 'Morning samples, long before the town wakes, on the river', name: 'Paula Public' } },
  },
  { label: 'the lab', job: { content: { ...base, kind: 'department', title: 'Water Quality Lab' } } },
];

/** Draws the jobs with `size` threads into a fresh cache; answers each card's bytes in job order and the tally. */
async function drawWith(size: number, jobs: readonly NamedCardJob[] = JOBS) {
  const dir = await cacheDir();
  const { results, done } = drawCards(jobs, { cacheDir: dir, root, pool: () => createCardPool({ size, cacheDir: dir, root, entry: cardWorkerEntry(root) }) });
  const settled = await Promise.allSettled(results);
  const tally = await done;
  const bytes = await Promise.all(settled.map((result) => (result.status === 'fulfilled' ? readFile(path.join(dir, result.value.name)) : undefined)));
  return { dir, settled, tally, bytes };
}

describe('how many threads draw the cards', () => {
  test.each([
    [{}, 2, 2],
    [{}, 0, 1],
    [{ INSOURCE_CARD_WORKERS: '1' }, 2, 1],
    [{ INSOURCE_CARD_WORKERS: ' 4 ' }, 2, 4],
  ])('%j on %i cores draws on %i', (env, cores, expected) => {
    expect(cardWorkerCount(env, cores)).toBe(expected);
  });

  test.each(['0', '-1', '1.5', 'two'])('refuses INSOURCE_CARD_WORKERS=%s, naming the variable and a valid value', (value) => {
    expect(() => cardWorkerCount({ INSOURCE_CARD_WORKERS: value }, 2)).toThrow(
      `INSOURCE_CARD_WORKERS must be a whole number of at least 1, such as 2 (one thread per core); got "${value}".`,
    );
  });
});

describe('cardLabel', () => {
  test.each([
    ['spotlight:zoe-at-sea', '/cards/spotlight/zoe-at-sea.png', 'the social card of the story "zoe-at-sea" (/cards/spotlight/zoe-at-sea.png)'],
    ['person:paula-public', '/cards/person/paula-public.jpg', 'the social card of the person "paula-public" (/cards/person/paula-public.jpg)'],
    ['department:lab', '/cards/department/lab.png', 'the social card of the department "lab" (/cards/department/lab.png)'],
    ['site', '/cards/site.png', 'the social card of the site (/cards/site.png)'],
  ])('names %s', (key, cardPath, label) => {
    expect(cardLabel(key, cardPath)).toBe(label);
  });
});

describe('drawing cards on worker threads', () => {
  test('answers each card with its own file, whatever order the threads finish in, and the same bytes on one thread or two', async () => {
    const [one, two] = await Promise.all([drawWith(1), drawWith(2)]);
    const expected = await Promise.all(JOBS.map(({ job }) => jobFileName(job, root)));
    for (const run of [one, two]) {
      expect(run.settled.map((result) => (result.status === 'fulfilled' ? result.value.name : result.reason))).toEqual(expected);
      expect(run.tally).toMatchObject({ drawn: JOBS.length, cached: 0, failed: 0 });
      expect((await readdir(run.dir)).sort()).toEqual([...expected].sort());
    }
    expect(expected[2]).toMatch(/\.jpg$/);
    expect(new Set(expected).size).toBe(JOBS.length);
    two.bytes.forEach((bytes, i) => expect(bytes!.equals(one.bytes[i]!), JOBS[i]!.label).toBe(true));
  });

  test('fails only the card that cannot be drawn, with a message naming the card and the cause', async () => {
    const broken: NamedCardJob = {
      label: 'the social card of the person "gone" (/cards/person/gone.jpg)',
      job: { content: { ...base, kind: 'person', title: 'Gone' }, photoFile: 'test/fixtures/site/people/no-such-photo.jpg' },
    };
    const { settled, tally } = await drawWith(2, [JOBS[1]!, broken, JOBS[4]!]);
    expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const reason = (settled[1] as PromiseRejectedResult).reason as Error;
    expect(reason.message).toMatch(/^Could not draw the social card of the person "gone" \(\/cards\/person\/gone\.jpg\): .*no-such-photo\.jpg/);
    expect(tally).toMatchObject({ drawn: 2, cached: 0, failed: 1 });
  });

  test("a card that fails inside a worker fails with the worker's cause, and the other cards still come", async () => {
    const dir = await cacheDir();
    const pool = createCardPool({ size: 2, cacheDir: dir, root, entry: cardWorkerEntry(root) });
    const badPhoto: CardJob = { content: { ...base, kind: 'person', title: 'Bad photo' }, photoFile: 'test/fixtures/site/people/paula-public.md' };
    const [good, bad] = await Promise.allSettled([pool.draw(JOBS[0]!.job), pool.draw(badPhoto)]);
    await pool.close();
    expect(good.status).toBe('fulfilled');
    expect(bad).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/unsupported image format/i) } });
  });

  test('a rebuild finds every card in the cache and starts no thread', async () => {
    const { dir } = await drawWith(2, JOBS.slice(0, 2));
    const pool = vi.fn((): CardPool => {
      throw new Error('no pool expected');
    });
    const { results, done } = drawCards(JOBS.slice(0, 2), { cacheDir: dir, root, pool });
    expect((await Promise.all(results)).map((card) => card.cached)).toEqual([true, true]);
    expect(await done).toMatchObject({ drawn: 0, cached: 2, failed: 0 });
    expect(pool).not.toHaveBeenCalled();
  });

  test('with prune, a build leaves in the cache only the cards it planned, and files that are not cards', async () => {
    const { dir } = await drawWith(2, JOBS.slice(0, 2));
    const kept = (await readdir(dir)).sort();
    const withdrawn = '0123456789abcdef.jpg';
    await writeFile(path.join(dir, withdrawn), 'a card of someone who has since withdrawn');
    await writeFile(path.join(dir, 'notes.txt'), 'not a card');
    const pool = (): CardPool => {
      throw new Error('no pool expected');
    };
    await drawCards(JOBS.slice(0, 2), { cacheDir: dir, root, pool }).done;
    expect((await readdir(dir)).sort()).toEqual([...kept, withdrawn, 'notes.txt'].sort());
    await drawCards(JOBS.slice(0, 2), { cacheDir: dir, root, pool, prune: true }).done;
    expect((await readdir(dir)).sort()).toEqual([...kept, 'notes.txt'].sort());
  });

  test('findStaleCards names only card files that were not planned', () => {
    expect(findStaleCards(['0123456789abcdef.png', 'fedcba9876543210.jpg', 'x.png', 'a.tmp'], new Set(['0123456789abcdef.png']))).toEqual([
      'fedcba9876543210.jpg',
    ]);
  });

  test("when every worker stops, each card still waiting fails with the workers' cause", async () => {
    const dir = await cacheDir();
    const entry = path.join(dir, 'broken-worker.mjs');
    await writeFile(entry, "throw new Error('fonts are missing');\n");
    const pool = createCardPool({ size: 2, cacheDir: dir, root, entry });
    const settled = await Promise.allSettled(JOBS.slice(0, 3).map(({ job }) => pool.draw(job)));
    await pool.close();
    for (const result of settled) expect(result).toMatchObject({ status: 'rejected', reason: { message: expect.stringContaining('fonts are missing') } });
  });

  test('refuses to start a worker whose module is not in the project folder', () => {
    expect(() => cardWorkerEntry(path.join(root, 'test'))).toThrow(/card worker .*cardWorker\.ts is missing: run the build from the project folder/);
  });
});
