/**
 * `npm run example:images`: draws the illustrated example images that the example content references.
 *
 * Walks `<dir>/people/*.md`, `<dir>/departments/*.md` and `<dir>/spotlights/**\/*.{md,mdx}`,
 * reads each file's front matter and, for every `photo.src` (people, departments) and
 * `hero.src` (spotlights), draws a deterministic flat illustration as SVG (scripts/example-images/)
 * and encodes it with sharp. No network, no fonts, no text in the images.
 *
 * People whose front matter says `consent.status: withdrawn` get GPS, Artist and Copyright
 * EXIF written into their portrait (with exiftool, or sharp's `withExif` when exiftool is
 * not on the PATH), so the privacy tests can prove such a photo never reaches the built site.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { exiftoolArgs, formatForPath, gpsExifForSharp, gpsTagFor, renderSvg } from './example-images/encodeImage.ts';
import { drawImageJob, planImageJob, type ImageJob, type ImageKind } from './example-images/planImageJob.ts';
import { CommandError } from '../src/lib/errors.ts';
import { exists } from '../src/lib/exists.ts';

const execFileAsync = promisify(execFile);

const HELP = `Usage: npm run example:images [-- [--force] [--dir <contentDir>]]

Generate illustrated example images for every image the content references:
  <dir>/people/*.md              photo.src  -> 640x800 portrait
  <dir>/departments/*.md         photo.src  -> 1200x800 abstract scene
  <dir>/spotlights/**/*.{md,mdx} hero.src   -> 1600x900 abstract scene

Images are deterministic from the entry id (portraits also take the person's
pronouns into account for hair styles and beards; scenes take motif hints from
the id, tags and theme). No text, fonts or network are used. People with
consent.status: withdrawn get GPS, Artist and Copyright EXIF (for the privacy
tests), written with exiftool, or with sharp when exiftool is not on the PATH.

Options:
  --dir <contentDir>  content directory (default: content)
  --force             regenerate images that already exist
  -h, --help          show this help
`;

/** Collections with an image per entry: folder, kind of image, front-matter field, whether to look in subfolders. */
const COLLECTIONS: ReadonlyArray<readonly [string, ImageKind, string, boolean]> = [
  ['people', 'portrait', 'photo', false],
  ['departments', 'department', 'photo', false],
  ['spotlights', 'hero', 'hero', true],
];

async function hasExiftool(): Promise<boolean> {
  try {
    await execFileAsync('exiftool', ['-ver']);
    return true;
  } catch {
    return false;
  }
}

/** Read back GPS with exiftool (or exifr when exiftool is missing); returns a short description. */
async function verifyGps(file: string, useExiftool: boolean): Promise<string> {
  if (useExiftool) {
    const { stdout } = await execFileAsync('exiftool', ['-n', '-s3', '-GPSLatitude', '-GPSLongitude', file]);
    const values = stdout.trim().split(/\s+/).filter(Boolean);
    if (values.length < 2) throw new CommandError(`GPS verification failed for ${file}`);
    return `GPS ${values.join(', ')}`;
  }
  const exifr = (await import('exifr')).default;
  const gps = await exifr.gps(file);
  if (!gps) throw new CommandError(`GPS verification failed for ${file}`);
  return `GPS ${gps.latitude.toFixed(6)}, ${gps.longitude.toFixed(6)}`;
}

async function listMarkdown(dir: string, recursive: boolean): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive });
    return entries
      .filter((e) => /\.(md|mdx)$/i.test(e) && (recursive || /\.md$/i.test(e)))
      .map((e) => path.join(dir, e))
      .sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** Find every image the content references, once each. Warnings go to `warn`. */
async function collectJobs(contentDir: string, warn: (msg: string) => void): Promise<ImageJob[]> {
  const jobs: ImageJob[] = [];
  const seen = new Set<string>();
  for (const [collection, kind, field, recursive] of COLLECTIONS) {
    const collectionDir = path.join(contentDir, collection);
    for (const file of await listMarkdown(collectionDir, recursive)) {
      let data: Record<string, unknown>;
      try {
        data = parseFrontmatter(await readFile(file, 'utf8')).frontmatter;
      } catch (err) {
        warn(`skip ${file}: cannot parse front matter (${(err as Error).message.split('\n')[0]})`);
        continue;
      }
      const planned = planImageJob({ file, collectionDir, kind, field, data });
      if (!planned) continue;
      if ('warning' in planned) {
        warn(planned.warning);
        continue;
      }
      if (seen.has(planned.job.output)) continue;
      seen.add(planned.job.output);
      jobs.push(planned.job);
    }
  }
  return jobs;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Draws the example images; returns the process exit code. */
export async function run(args: string[]): Promise<number> {
  let values: { force?: boolean; dir?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        force: { type: 'boolean' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const contentDir = path.resolve(values.dir ?? 'content');
  const rel = (p: string): string => {
    const r = path.relative(process.cwd(), p);
    return r && !r.startsWith('..') && !path.isAbsolute(r) ? r : p;
  };
  const jobs = await collectJobs(contentDir, console.warn);
  if (jobs.length === 0) {
    console.log(`No image references found under ${rel(contentDir)}.`);
    return 0;
  }
  const useExiftool = jobs.some((j) => j.withdrawn) ? await hasExiftool() : true;
  if (!useExiftool) console.warn('exiftool not found on PATH: writing GPS EXIF with sharp withExif instead.');

  let written = 0;
  let skipped = 0;
  let totalBytes = 0;
  try {
    for (const job of jobs) {
      if (!values.force && (await exists(job.output))) {
        skipped++;
        if (job.withdrawn && !(await verifyGps(job.output, useExiftool).catch(() => undefined))) {
          console.warn(`warning: ${rel(job.output)} exists without GPS EXIF (withdrawn consent); run with --force to regenerate it`);
        }
        continue;
      }
      const format = formatForPath(job.output) ?? 'jpeg';
      const tag = job.withdrawn ? gpsTagFor(job.id, job.name) : undefined;
      const buffer = await renderSvg(drawImageJob(job), format, tag && !useExiftool ? gpsExifForSharp(tag) : undefined);
      await mkdir(path.dirname(job.output), { recursive: true });
      await writeFile(job.output, buffer);
      let note = '';
      if (tag) {
        if (useExiftool) await execFileAsync('exiftool', exiftoolArgs(tag, job.output));
        note = `  [withdrawn: ${await verifyGps(job.output, useExiftool)}${useExiftool ? '' : ' via sharp'}]`;
      }
      const size = (await stat(job.output)).size;
      totalBytes += size;
      written++;
      console.log(`wrote ${rel(job.output)}  ${job.kind}  ${kb(size)}${note}`);
    }
  } catch (error) {
    if (error instanceof CommandError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  console.log(
    `\n${written} image${written === 1 ? '' : 's'} written (${kb(totalBytes)} total)` +
      (skipped ? `, ${skipped} skipped because they exist (use --force to regenerate)` : '') +
      '.',
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await run(process.argv.slice(2));
}
