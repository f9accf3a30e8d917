/**
 * `npm run bench`: generates a synthetic organisation (seeded, so every run builds the same files) into a
 * temporary folder outside content/, builds it with `npm run build`'s own pipeline (every output, the
 * search index and the output audit included) and reports the wall time, pages built, time per page, peak
 * memory of the whole process tree, the size of the output and how long each phase of the build took. In
 * the same run it times `npm run check` on the same content, builds a bare Astro project over the same
 * spotlight Markdown as a baseline and, on request, rebuilds after a one-line edit and adds photos.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommandError } from '../src/lib/errors.ts';
import { runLimited } from '../src/lib/runLimited.ts';
import { PHASES_ENV, readPhases, type PhaseRecord } from '../src/lib/output/buildPhases.ts';
import { bareProjectFiles } from './bench/bareProject.ts';
import { drawPhoto } from './bench/drawPhoto.ts';
import { generateOrganisation, type GeneratedFile } from './bench/generateOrganisation.ts';
import { formatTable, phaseFigures, ratioVsBare, renderMsPerPage, summarize, treeRss, type BenchReport, type BuildFigures } from './bench/measure.ts';
import { editForRebuild, planPhotos, type PlannedPhoto } from './bench/planPhotos.ts';
import { exitCodeOf, readArgs } from './lib/command.ts';
import { listFiles } from './lib/files.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

const HELP = `Usage: npm run bench [-- --people N --departments D --spotlights M] [--seed S]
                        [--photos] [--rebuild] [--no-bare] [--json] [--keep] [--verbose]

Generates a synthetic organisation (default 100 people, 10 departments, 300 spotlights,
with kudos, newsletter issues, every theme, and a few withdrawn people, drafts and stories
in review) into a temporary folder outside content/, builds it with npm run build (all
outputs, search index and output audit), and prints: pages built, wall time, time per
page, peak resident memory of the whole build process tree, the output's size, and how
long each phase took (content sync, pages, links, search index, contact scan, output
audit, and cards and images with their counts). It also times npm run check on the same
content and builds a bare Astro project (one glob collection over the same spotlight
Markdown, one dynamic route, a minimal layout) as a baseline.

ratio_vs_bare compares page rendering only, per page, on each side:
  (content sync + pages - cards - images) / pages built
Insource's over the bare project's (which has no cards or images).

  --seed <text>   another organisation of the same size (default: bench)
  --photos        a 1200x1200 JPEG portrait for every person whose consent includes photos
                  and a 2400x1600 JPEG hero for as many published spotlights as there are
                  people, photo-like and with GPS EXIF; drawing them is timed on its own
  --rebuild       after the cold build, add a sentence to one published spotlight and build
                  again with the same caches and output folder; reported beside the cold build
  --no-bare       skip the bare Astro baseline (ratio_vs_bare is then null)
  --json          print one JSON object: pages, wall_s, ms_per_page, peak_rss_mib, output_mib,
                  files, phases (phase -> seconds), phase_counts, render_ms_per_page,
                  ratio_vs_bare, check_s, and bare, rebuild and photos when measured
  --keep          keep the temporary folder (content, site, caches) and print where it is
  --verbose       show the builds' own output

The first build is cold: its image, card and contact-scan caches start empty in the temporary folder.
"Now" is 2026-06-01 (INSOURCE_NOW), so the same seed always publishes the same pages.`;

/** A whole number of at least `min` from an option, or a CommandError naming it. */
function count(value: string | boolean | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min)
    throw new CommandError(`--${name} expected a whole number of at least ${min}, such as ${fallback}; got "${String(value)}".`);
  return number;
}

/** Writes generated files below a folder. */
async function writeFiles(dir: string, files: readonly GeneratedFile[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
    await writeFile(path.join(dir, file.path), file.text);
  }
}

/** Runs a Node script, sampling its process tree's memory; resolves with its exit code, log, wall time and peak memory. */
function runMeasured(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  verbose: boolean,
): Promise<{ code: number; log: string; wallMs: number; peakRssBytes: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
      resolve({ code: code ?? 1, log, wallMs: performance.now() - started, peakRssBytes: peak });
    });
  });
}

/** Runs one build with its phases recorded in `phasesFile`; its figures and phase records, or a CommandError naming `what`. */
async function measureBuild(
  what: string,
  run: { args: string[]; cwd: string; env: NodeJS.ProcessEnv; out: string; phasesFile: string; verbose: boolean },
): Promise<{ figures: BuildFigures; records: PhaseRecord[] }> {
  await rm(run.phasesFile, { force: true });
  const build = await runMeasured(run.args, run.cwd, { ...run.env, [PHASES_ENV]: run.phasesFile }, run.verbose);
  if (build.code !== 0) {
    if (!run.verbose) process.stderr.write(build.log.split('\n').slice(-40).join('\n'));
    throw new CommandError(`\n${what} did not build (exit ${build.code}); see the messages above.`);
  }
  const files = await listFiles(run.out);
  const sizes = await Promise.all(files.map(async (file) => (await stat(path.join(run.out, file))).size));
  const records = await readPhases(run.phasesFile);
  const figures = summarize({
    wallMs: build.wallMs,
    pages: files.filter((file) => file.endsWith('.html')).length,
    files: files.length,
    outputBytes: sizes.reduce((sum, bytes) => sum + bytes, 0),
    peakRssBytes: build.peakRssBytes,
  });
  return { figures: { ...figures, render_ms_per_page: renderMsPerPage(records, figures.pages), ...phaseFigures(records) }, records };
}

/** The source files that decide a drawn photo's bytes: a change to any of them draws every photo again. */
const PHOTO_SOURCES = ['scripts/bench/drawPhoto.ts', 'scripts/example-images/encodeImage.ts', 'scripts/example-images/createRng.ts'];

/**
 * Draws the planned photos into the content folder, two at a time, and returns their total size in bytes and
 * how many were drawn. A drawn photo is kept in `cacheDir` by a digest of its spec and the drawing code, so
 * a second run of the same size copies it instead of drawing it again (the build's own figures never
 * include drawing).
 */
async function drawPhotos(content: string, photos: readonly PlannedPhoto[], cacheDir: string): Promise<{ bytes: number; drawn: number }> {
  const code = createHash('sha256');
  for (const file of PHOTO_SOURCES) code.update(await readFile(path.join(ROOT, file)));
  const codeDigest = code.digest('hex');
  await mkdir(cacheDir, { recursive: true });
  let drawn = 0;
  const sizes = await runLimited(photos, 2, async (photo) => {
    const { width, height, seed, gps } = photo;
    const key = createHash('sha256')
      .update(JSON.stringify([codeDigest, width, height, seed, gps]))
      .digest('hex');
    const cached = path.join(cacheDir, `${key}.jpg`);
    let jpeg: Buffer | undefined = await readFile(cached).catch(() => undefined);
    if (!jpeg) {
      jpeg = await drawPhoto(photo);
      await writeFile(cached, jpeg);
      drawn += 1;
    }
    await writeFile(path.join(content, photo.path), jpeg);
    return jpeg.length;
  });
  return { bytes: sizes.reduce((sum, bytes) => sum + bytes, 0), drawn };
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
      photos: { type: 'boolean' },
      rebuild: { type: 'boolean' },
      'no-bare': { type: 'boolean' },
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
    const verbose = values['verbose'] === true;
    const progress = (message: string) => {
      if (values['json'] !== true) console.error(message);
    };
    const dir = await mkdtemp(path.join(os.tmpdir(), 'insource-bench-'));
    try {
      const content = path.join(dir, 'content');
      const organisation = generateOrganisation(size);
      const planned = values['photos'] === true ? planPhotos(organisation, size.seed) : { files: organisation, photos: [] };
      await writeFiles(content, planned.files);
      let photos: BenchReport['photos'];
      if (planned.photos.length > 0) {
        progress(`Drawing ${planned.photos.length} photos...`);
        const started = performance.now();
        const photoCache = path.resolve(ROOT, env['INSOURCE_BENCH_PHOTOS'] || path.join('node_modules', '.cache', 'insource', 'bench-photos'));
        const { bytes, drawn } = await drawPhotos(content, planned.photos, photoCache);
        photos = {
          portraits: planned.photos.filter((photo) => photo.kind === 'portrait').length,
          heroes: planned.photos.filter((photo) => photo.kind === 'hero').length,
          mib: Number((bytes / 1024 / 1024).toFixed(1)),
          generate_s: Number(((performance.now() - started) / 1000).toFixed(2)),
          drawn,
        };
      }

      const out = path.join(dir, 'dist');
      const insourceEnv = {
        ...env,
        INSOURCE_CONTENT: content,
        INSOURCE_IMAGE_CACHE: path.join(dir, 'cache', 'images'),
        INSOURCE_CARD_CACHE: path.join(dir, 'cache', 'cards'),
        INSOURCE_SCAN_CACHE: path.join(dir, 'cache', 'contact-scan.json'),
        INSOURCE_TEXT_CACHE: path.join(dir, 'cache', 'body-text.json'),
        INSOURCE_PAGE_IMAGES_CACHE: path.join(dir, 'cache', 'page-images.json'),
        INSOURCE_NOW: '2026-06-01',
      };
      const build = (phasesFile: string) =>
        measureBuild('The synthetic organisation', {
          args: [path.join(ROOT, 'scripts/build.ts'), '--out', out],
          cwd: ROOT,
          env: insourceEnv,
          out,
          phasesFile,
          verbose,
        });
      progress('Building (cold)...');
      const cold = await build(path.join(dir, 'phases-cold.jsonl'));

      progress('Timing npm run check...');
      const check = await runMeasured([path.join(ROOT, 'scripts/check.ts')], ROOT, insourceEnv, verbose);
      if (check.code !== 0) {
        if (!verbose) process.stderr.write(check.log.split('\n').slice(-40).join('\n'));
        throw new CommandError(`\nnpm run check found errors in the synthetic organisation (exit ${check.code}); see the messages above.`);
      }

      let rebuild: BuildFigures | undefined;
      if (values['rebuild'] === true) {
        const edit = editForRebuild(planned.files);
        await writeFile(path.join(content, edit.path), edit.text);
        progress(`Rebuilding after an edit to ${edit.path}...`);
        rebuild = (await build(path.join(dir, 'phases-rebuild.jsonl'))).figures;
      }

      let bare: Awaited<ReturnType<typeof measureBuild>> | undefined;
      if (values['no-bare'] !== true) {
        progress('Building the bare Astro baseline...');
        const project = path.join(dir, 'bare');
        await writeFiles(
          project,
          bareProjectFiles({
            site: 'https://bare.bench.example',
            spotlights: path.join(content, 'spotlights'),
            phasesIntegration: path.join(ROOT, 'src/integrations/buildPhases.ts'),
          }),
        );
        await symlink(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
        bare = await measureBuild('The bare Astro baseline', {
          args: [ASTRO, 'build'],
          cwd: project,
          env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
          out: path.join(project, 'dist'),
          phasesFile: path.join(dir, 'phases-bare.jsonl'),
          verbose,
        });
      }

      const report: BenchReport = {
        ...cold.figures,
        ratio_vs_bare: bare ? ratioVsBare({ records: cold.records, pages: cold.figures.pages }, { records: bare.records, pages: bare.figures.pages }) : null,
        check_s: Number((check.wallMs / 1000).toFixed(2)),
        ...(bare ? { bare: bare.figures } : {}),
        ...(rebuild ? { rebuild } : {}),
        ...(photos ? { photos } : {}),
      };
      console.log(values['json'] === true ? JSON.stringify(report) : formatTable(size, report));
      if (values['keep'] === true) console.error(`Kept ${dir}`);
      return 0;
    } finally {
      if (values['keep'] !== true) await rm(dir, { recursive: true, force: true });
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await run(process.argv.slice(2));
