/**
 * `npm run build`: builds the site into a temporary folder and moves it to `dist/` only when everything
 * passed, so a failed build never leaves a half-built or outdated site behind to deploy.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { contentDir, publicDir } from '../src/lib/content/contentDir.ts';
import { auditOutput, formatUnaccounted } from '../src/lib/output/auditOutput.ts';
import { readSiteSettings } from '../src/lib/content/readSiteSettings.ts';
import { isWrittenIn, SCANNED_FILE } from '../src/lib/output/readableTexts.ts';
import { findLostContentWarnings } from '../src/lib/output/lostContentWarnings.ts';
import { summarizeBuildLog } from '../src/lib/output/summarizeBuildLog.ts';
import { CommandError as BuildError, formatIssues } from '../src/lib/errors.ts';
import { findNotices, formatNotices } from '../src/lib/output/buildNotices.ts';
import { buildTime } from '../src/lib/publication/buildTime.ts';
import { timePhase } from '../src/lib/output/buildPhases.ts';
import { openScanCache, scanCacheFile, versionOf } from '../src/lib/output/scanCache.ts';
import { runLimited } from '../src/lib/runLimited.ts';
import { createScanPool, type ScanPool } from './lib/scanPool.ts';
import { checkInternalLinks } from './internalLinks.ts';
import { listFiles } from './lib/files.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const HELP = `Usage: npm run build [-- --out <folder>]
       npm run preview:build [-- --out <folder>]

Builds the site from content/ (or $INSOURCE_CONTENT) into dist/ (or --out), then
indexes its spotlights, people and departments for search (dist/pagefind/).
The site is built in a temporary folder first; if anything fails, including a build
warning that means lost content, a failed search index, or an e-mail address or phone
number in the pages or the index that site.yaml does not list under contacts, the output
folder is removed and nothing can be deployed.

preview:build (--preview) builds an editor's preview into dist-preview/ (never dist/):
drafts, stories in review or scheduled, and people without consent are shown with a
banner saying what holds them back; every page is noindex, and there is no sitemap,
search index, share link, card or newsletter place for anything held back.`;

/** Runs a command, echoing and capturing its output. */
function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; log: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const echo = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      log += chunk.toString();
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, log: log.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

/**
 * Writes the Pagefind search index into `<dir>/pagefind/`. Only pages marked `data-pagefind-body` (the
 * published spotlights, people and departments) are indexed. Returns the number of pages indexed.
 */
async function indexForSearch(dir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new BuildError(`The search index could not be started:\n  ${errors.join('\n  ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new BuildError(`The search index could not read the site:\n  ${added.errors.join('\n  ')}`);
    const outputPath = path.join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new BuildError(`The search index could not be written:\n  ${written.errors.join('\n  ')}`);
    // The search page uses Pagefind's API only. Its ready-made interfaces are not published: unused code,
    // and their credits carry translators' e-mail addresses.
    for (const file of await readdir(outputPath)) {
      if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) await rm(path.join(outputPath, file));
    }
    // addDirectory counts every page it read; the entry file counts those it indexed.
    const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } catch (error) {
    if (error instanceof BuildError) throw error;
    throw new BuildError(`The search index failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Fails when a page, feed or the search index publishes an e-mail address or phone number that
 * content/site.yaml does not list under contacts, naming the content files where it was written. Files are
 * read as readers see them (src/lib/readableTexts.ts): the text of pages with entities decoded and inline
 * markup joined, attribute values and link targets percent-decoded, JSON and XML decoded, and the
 * compressed pages of the search index inflated.
 */
async function refuseContactDetails(dir: string, content: string, env: NodeJS.ProcessEnv): Promise<{ cached: number; scanned: number }> {
  const site = readSiteSettings(content);
  const found = new Map<string, string[]>();
  // A rebuild reads again only the files that changed: the answer for each file is kept by its bytes, the
  // settings the scan uses and the version of the code and packages that read it.
  const version = await versionOf(
    ['src/lib/output/scanBuiltFile.ts', 'src/lib/output/readableTexts.ts', 'src/lib/output/findContactDetails.ts', 'package-lock.json'].map((file) =>
      path.join(ROOT, file),
    ),
    JSON.stringify({ site: site.url, contacts: site.contacts }),
  );
  const cache = await openScanCache<string[]>(scanCacheFile(ROOT, env), version);
  // Files the cache has no answer for are scanned on every core.
  let pool: ScanPool | undefined;
  // Pages first, then feeds and other files, the search index last, so that a message names the page a
  // reader would find first.
  const files = (await readdir(dir, { recursive: true })).filter((file) => SCANNED_FILE.test(file));
  const order = (file: string) => `${file.startsWith(`pagefind${path.sep}`) ? 2 : file.endsWith('.html') ? 0 : 1}${file}`;
  files.sort((a, b) => (order(a) < order(b) ? -1 : 1));
  try {
    const results = await runLimited(files, 64, async (file) => {
      const bytes = await readFile(path.join(dir, file));
      const { key, value } = cache.find(path.extname(file).toLowerCase(), bytes);
      if (value) return value;
      pool ??= createScanPool(os.availableParallelism(), { site: site.url, contacts: site.contacts });
      const hits = await pool.scan(file, bytes);
      cache.keep(key, hits);
      return hits;
    });
    files.forEach((file, i) => {
      for (const hit of results[i]!) found.set(hit, [...(found.get(hit) ?? []), file]);
    });
  } finally {
    await pool?.close();
  }
  await cache.save();
  if (found.size === 0) return cache.counts;
  const sources = (await readdir(content, { recursive: true })).filter((file) => /\.(md|mdx|ya?ml)$/.test(file)).sort();
  const texts = await Promise.all(sources.map((file) => readFile(path.join(content, file), 'utf8')));
  const lines: string[] = [];
  for (const [hit, pages] of found) {
    const written = sources.filter((_, i) => isWrittenIn(texts[i]!, hit)).map((file) => path.relative(ROOT, path.join(content, file)));
    lines.push(
      `  "${hit}" on ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ` and ${pages.length - 3} more` : ''}${written.length > 0 ? `, written in ${written.join(', ')}` : ''}`,
    );
  }
  throw new BuildError(
    `The site would publish contact details:\n${lines.join('\n')}\n` +
      "People's e-mail addresses and phone numbers are never published: remove them from the content. If one is the organisation's own, list it under contacts in site.yaml.",
  );
}

/**
 * The last step of every build: each file in the output must be something the build knowingly made for
 * published content (see OUTPUT_KINDS). An original image, a file named after content or an image encoded
 * for a draft fails the build, named with what it probably is.
 */
async function auditStaging(dir: string, manifestFile: string, env: NodeJS.ProcessEnv, shownAs: string): Promise<void> {
  const made = JSON.parse(await readFile(manifestFile, 'utf8')) as { rendered: string[]; images: string[] };
  const unaccounted = auditOutput(await listFiles(dir), {
    rendered: new Set(made.rendered),
    images: new Set(made.images),
    publicFiles: new Set(await listFiles(path.resolve(ROOT, publicDir(env)))),
  });
  if (unaccounted.length > 0) throw new BuildError(formatUnaccounted(unaccounted, shownAs));
}

/** Builds the site; returns the process exit code. */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const preview = args.includes('--preview');
  const outIndex = args.indexOf('--out');
  const out = path.resolve(ROOT, outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : preview ? 'dist-preview' : 'dist');
  if (preview && out === path.resolve(ROOT, 'dist')) {
    console.error(
      'A preview shows drafts and people without consent, so it is never built into dist/, the folder that is deployed. Leave out --out, or name another folder.',
    );
    return 1;
  }
  const staging = `${out}.partial`;
  const manifest = `${out}.manifest.json`;
  await rm(staging, { recursive: true, force: true });
  await rm(manifest, { force: true });
  try {
    // Astro keeps each Markdown file's render between builds (its content-layer cache) and renders only the
    // files that changed. It would keep a file whose render failed as an empty page, without the error, so
    // the loaders render such a file again on every build until it is fixed, and drop every kept render when
    // the Markdown pipeline changes (src/loaders/keepRenders.ts); getSite() refuses any Markdown entry
    // without rendered text, naming the file.
    const astro = await runCommand(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging], {
      ...env,
      // Set either way, so that a stray variable can never make the public build a preview.
      INSOURCE_PREVIEW: preview ? '1' : '0',
      INSOURCE_OUTPUT_MANIFEST: manifest,
    });
    // Repeat what an editor can fix at the end, in one format, below Astro's longer messages.
    const issues = summarizeBuildLog(astro.log, ROOT);
    if (astro.code !== 0) throw new BuildError(issues.length > 0 ? formatIssues(issues) : 'The site did not build; see the messages above.');
    const lost = findLostContentWarnings(astro.log);
    if (issues.length > 0) throw new BuildError(formatIssues(issues));
    if (lost.length > 0) throw new BuildError(`The build reported problems that would lose content:\n  ${lost.join('\n  ')}`);
    // Before search indexing, so the index holds the pages as published: links to unpublished pages as text.
    const links = await timePhase(
      'links',
      () => checkInternalLinks(staging, path.resolve(ROOT, contentDir(env)), ROOT, buildTime(env), path.resolve(ROOT, publicDir(env))),
      env,
    );
    if (links.broken.length > 0)
      throw new BuildError(`Links in the text go to pages that do not exist:\n  ${links.broken.join('\n  ')}\nCorrect the address, or remove the link.`);
    // A preview has no search index: nothing held back may be found by searching.
    if (!preview) console.log(`\nIndexed ${await timePhase('search index', () => indexForSearch(staging), env)} pages for search.`);
    // After indexing, so that the search index is scanned too.
    await timePhase(
      'contact scan',
      () => refuseContactDetails(staging, path.resolve(ROOT, contentDir(env)), env),
      env,
      (counts) => counts,
    );
    await timePhase('output audit', () => auditStaging(staging, manifest, env, path.relative(ROOT, out) || out), env);
    await timePhase(
      'replace output',
      async () => {
        await rm(out, { recursive: true, force: true });
        await rename(staging, out);
        await rm(manifest, { force: true });
      },
      env,
    );
    const notices = formatNotices([...findNotices(astro.log), ...links.notices]);
    if (notices) console.log(`\n${notices}`);
    console.log(`\nBuilt ${path.relative(ROOT, out) || out}/`);
    return 0;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    await rm(manifest, { force: true });
    // An older site in the output folder may still show people who have since withdrawn consent.
    if (existsSync(out)) await rm(out, { recursive: true, force: true });
    if (error instanceof BuildError) {
      console.error(`\n${error.message}\nNothing was published: ${path.relative(ROOT, out) || out}/ was removed.`);
      return 1;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await run(process.argv.slice(2));
}
