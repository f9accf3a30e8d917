import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { run } from '../../scripts/bench.ts';
import { generateOrganisation } from '../../scripts/bench/generateOrganisation.ts';
import { descendants, parentOf, residentBytes, summarize } from '../../scripts/bench/measure.ts';
import { THEMES } from '../../src/lib/content/schema/spotlights.ts';
import { loadContentFolder } from '../../src/lib/content/loadContentFolder.ts';

/** Reading a whole organisation or encoding a photo takes seconds when the machine is busy; not a speed target. */
const SLOW_ON_A_BUSY_MACHINE = 30_000;
const SIZE = { people: 60, departments: 4, spotlights: 90, seed: 'bench' };
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('generateOrganisation', () => {
  test('the same size and seed give the same files; another seed gives other text', () => {
    const files = generateOrganisation(SIZE);
    expect(generateOrganisation(SIZE)).toEqual(files);
    expect(generateOrganisation({ ...SIZE, seed: 'other' })).not.toEqual(files);
    expect(files.filter((file) => file.path.startsWith('people/'))).toHaveLength(60);
    expect(files.filter((file) => file.path.startsWith('spotlights/'))).toHaveLength(90);
    expect(files.filter((file) => file.path.startsWith('departments/'))).toHaveLength(4);
  });

  test('every theme appears, and some people, stories and issues are held back', () => {
    const files = generateOrganisation(SIZE);
    const texts = files.map((file) => file.text).join('\n');
    for (const theme of THEMES) expect(texts).toContain(`theme: ${theme}\n`);
    expect(texts).toContain('status: withdrawn');
    expect(texts).toMatch(/status: draft/);
    expect(texts).toMatch(/status: review/);
    expect(texts).toContain('public: false');
  });

  test(
    'the content passes every check and publishes only what it may',
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'insource-bench-unit-'));
      dirs.push(dir);
      for (const file of generateOrganisation(SIZE)) {
        await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
        await writeFile(path.join(dir, file.path), file.text);
      }
      const { issues, model } = await loadContentFolder(dir, { now: new Date('2026-06-01'), publicDir: 'public' });
      expect(issues).toEqual([]);
      expect(model).toBeDefined();
      // Withdrawn people, drafts and stories in review are not published; most of the rest is.
      expect(model!.people.length).toBeLessThan(60);
      expect(model!.people.length).toBeGreaterThan(50);
      expect(model!.spotlights.length).toBeLessThan(90);
      expect(model!.spotlights.length).toBeGreaterThan(70);
      expect([...model!.themes.keys()].sort()).toEqual([...THEMES].sort());
    },
    SLOW_ON_A_BUSY_MACHINE,
  );
});

describe('bench measurements', () => {
  test('a process tree is every process below the root, however deep', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [20, 1],
    ]);
    expect([...descendants(10, parents)].sort()).toEqual([10, 11, 12]);
  });

  test('/proc fields are read after the command name, even one with spaces and parentheses', () => {
    expect(parentOf('4242 (node (astro) build) S 4200 4242 4200 0 -1')).toBe(4200);
    expect(residentBytes('Name:\tnode\nVmRSS:\t  2048 kB\n')).toBe(2 * 1024 * 1024);
    expect(residentBytes('Name:\tkthreadd\n')).toBe(0);
  });

  test('the summary has the keys the JSON promises, rounded', () => {
    const result = summarize({ wallMs: 12_345.6, pages: 400, files: 900, outputBytes: 5 * 1024 * 1024, peakRssBytes: 900 * 1024 * 1024 });
    expect(result).toEqual({ pages: 400, wall_s: 12.35, ms_per_page: 30.86, peak_rss_mib: 900, output_mib: 5, files: 900 });
  });
});

describe('npm run bench', () => {
  test('--help answers without building, and a wrong size names the option and what it expected', async () => {
    const log = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await run(['--help'])).toBe(0);
      const help = String(log.mock.calls[0]?.[0]);
      expect(help).toContain('--spotlights');
      for (const option of ['--photos', '--rebuild', '--no-bare']) expect(help).toContain(option);
      expect(help).toContain('(content sync + pages - cards - images) / pages built');
      expect(await run(['--people', 'many'])).toBe(1);
      expect(String(error.mock.calls.at(-1)?.[0])).toContain('--people expected a whole number of at least 1');
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });
});
