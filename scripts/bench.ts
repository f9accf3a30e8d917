/**
 * `npm run bench`: generates a synthetic organisation (seeded, so every run builds the same files) into a
 * temporary folder outside content/, builds it with `npm run build`'s own pipeline (every output, the
 * search index and the output audit included) and reports the wall time, pages built, time per page, peak
 * memory of the whole process tree and the size of the output.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommandError } from '../src/lib/errors.ts';
import { generateOrganisation } from './bench/generateOrganisation.ts';
import { formatTable, summarize, treeRss } from './bench/measure.ts';
import { exitCodeOf, readArgs } from './lib/command.ts';
import { listFiles } from './lib/files.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const HELP = `Usage: npm run bench [-- --people N --departments D --spotlights M] [--seed S] [--json] [--keep] [--verbose]

Generates a synthetic organisation (default 100 people, 10 departments, 300 spotlights,
with kudos, newsletter issues, every theme, and a few withdrawn people, drafts and stories
in review) into a temporary folder outside content/, builds it with npm run build (all
outputs, search index and output audit), and prints: pages built, wall time, time per
page, peak resident memory of the whole build process tree, and the output's size.

  --seed <text>   another organisation of the same size (default: bench)
  --json          print one JSON object: pages, wall_s, ms_per_page, peak_rss_mib, output_mib, files
  --keep          keep the temporary folder (content, site, caches) and print where it is
  --verbose       show the build's own output

The build is cold: its image and card caches start empty in the temporary folder.
"Now" is 2026-06-01 (INSOURCE_NOW), so the same seed always publishes the same pages.`;

/** A whole number of at least `min` from an option, or a CommandError naming it. */
function count(value: string | boolean | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min)
    throw new CommandError(`--${name} expected a whole number of at least ${min}, such as ${fallback}; got "${String(value)}".`);
  return number;
}

/** Runs the build, sampling its process tree's memory; resolves with its exit code, log and peak memory. */
function buildMeasured(args: string[], env: NodeJS.ProcessEnv, verbose: boolean): Promise<{ code: number; log: string; peakRssBytes: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/build.ts'), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    let peak = 0;
    const capture = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      log += chunk.toString();
      if (verbose) stream.write(chunk);
    };
    child.stdout.on('data', capture(process.stdout));
    child.stderr.on('data', capture(process.stderr));
    let sampling = false;
    const timer = setInterval(() => {
      if (sampling || child.pid === undefined) return;
      sampling = true;
      void treeRss(child.pid).then((bytes) => {
        peak = Math.max(peak, bytes);
        sampling = false;
      });
    }, 200);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, log, peakRssBytes: peak });
    });
  });
}

/** Benchmarks a build; returns the process exit code. */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = readArgs(
    args,
    {
      people: { type: 'string' },
      departments: { type: 'string' },
      spotlights: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
      keep: { type: 'boolean' },
      verbose: { type: 'boolean' },
    },
    `${HELP}\n`,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  return exitCodeOf(async () => {
    const size = {
      people: count(values['people'], 'people', 100, 1),
      departments: count(values['departments'], 'departments', 10, 1),
      spotlights: count(values['spotlights'], 'spotlights', 300, 0),
      seed: typeof values['seed'] === 'string' ? values['seed'] : 'bench',
    };
    const dir = await mkdtemp(path.join(os.tmpdir(), 'insource-bench-'));
    try {
      const content = path.join(dir, 'content');
      for (const file of generateOrganisation(size)) {
        await mkdir(path.dirname(path.join(content, file.path)), { recursive: true });
        await writeFile(path.join(content, file.path), file.text);
      }
      const out = path.join(dir, 'dist');
      const started = performance.now();
      const build = await buildMeasured(
        ['--out', out],
        {
          ...env,
          INSOURCE_CONTENT: content,
          INSOURCE_IMAGE_CACHE: path.join(dir, 'cache', 'images'),
          INSOURCE_CARD_CACHE: path.join(dir, 'cache', 'cards'),
          INSOURCE_NOW: '2026-06-01',
        },
        values['verbose'] === true,
      );
      const wallMs = performance.now() - started;
      if (build.code !== 0) {
        if (values['verbose'] !== true) process.stderr.write(build.log.split('\n').slice(-40).join('\n'));
        throw new CommandError(`\nThe synthetic organisation did not build (exit ${build.code}); see the messages above.`);
      }
      const files = await listFiles(out);
      const sizes = await Promise.all(files.map(async (file) => (await stat(path.join(out, file))).size));
      const result = summarize({
        wallMs,
        pages: files.filter((file) => file.endsWith('.html')).length,
        files: files.length,
        outputBytes: sizes.reduce((sum, bytes) => sum + bytes, 0),
        peakRssBytes: build.peakRssBytes,
      });
      console.log(values['json'] === true ? JSON.stringify(result) : formatTable(size, result));
      if (values['keep'] === true) console.error(`Kept ${dir}`);
      return 0;
    } finally {
      if (values['keep'] !== true) await rm(dir, { recursive: true, force: true });
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await run(process.argv.slice(2));
