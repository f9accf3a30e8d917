/**
 * `npm run audit`: Lighthouse's mobile audit of the home page, a spotlight and a person page, served by
 * `astro preview` from `dist/`, against the performance budget in the README.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BUDGET, checkBudget, formatKilobytes, type PageAudit } from './lib/checkBudget.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { run as build } from './build.ts';
import { CommandError } from '../src/lib/errors.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const HELP = `Usage: npm run audit [-- --build]

Serves dist/ with astro preview and runs Lighthouse (mobile preset) on the home page, the first
spotlight and the first person page. Prints the four category scores and the bytes each page
transferred without images, and exits non-zero when a page misses a target:
  performance >= ${BUDGET.scores.performance}, accessibility ${BUDGET.scores.accessibility}, best practices ${BUDGET.scores['best-practices']}, SEO ${BUDGET.scores.seo},
  spotlight page <= ${formatKilobytes(BUDGET.spotlightBytesWithoutImages)} transferred without images.

  --build   build the site first, even if dist/ exists (it is built when missing)

Chromium comes from $CHROME_PATH, or ${CHROMIUM}.`;

/** The first page below a folder of dist/, such as `/spotlights/a-story/`; pagination folders are skipped. */
async function firstPage(folder: string): Promise<string> {
  const entries = await readdir(path.join(DIST, folder), { withFileTypes: true });
  const ids = entries.filter((entry) => entry.isDirectory() && entry.name !== 'page' && existsSync(path.join(DIST, folder, entry.name, 'index.html')));
  const first = ids.map((entry) => entry.name).sort()[0];
  if (!first) throw new CommandError(`dist/${folder}/ has no page to audit: does the site publish any?`);
  return `/${folder}/${first}/`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts `astro preview` and waits until it answers. Astro's own bin is started with this Node.js (as
 * `npm run build` does) rather than through npx, so the server is a direct child that stops with it.
 */
async function startPreview(port: number): Promise<{ origin: string; server: ChildProcess }> {
  const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const server = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.exitCode !== null) break;
    if (
      await fetch(`${origin}/`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return { origin, server };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new CommandError(`astro preview did not start on port ${port}.`);
}

/** Lighthouse's mobile audit of one page. */
async function auditPage(url: string, chromePort: number): Promise<Pick<PageAudit, 'scores' | 'bytesWithoutImages'>> {
  const result = await lighthouse(url, { port: chromePort, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
  if (!result) throw new CommandError(`Lighthouse returned no result for ${url}.`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new CommandError(`Lighthouse could not audit ${url}: ${runtimeError.message}`);
  const score = (category: (typeof CATEGORIES)[number]) => Math.round((categories[category]?.score ?? 0) * 100);
  const items = (audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  const bytes = (type: string) => items.find((item) => item.resourceType === type)?.transferSize ?? 0;
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    bytesWithoutImages: bytes('total') - bytes('image'),
  };
}

function printTable(audits: PageAudit[]): void {
  const rows = [
    ['page', ...CATEGORIES, 'without images'],
    ...audits.map((a) => [a.page, ...CATEGORIES.map((c) => String(a.scores[c])), formatKilobytes(a.bytesWithoutImages)]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
}

/** Audits the built site; returns the process exit code. */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const chromePath = env['CHROME_PATH'] ?? CHROMIUM;
  let preview: ChildProcess | undefined;
  let chrome: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    if (!existsSync(chromePath)) throw new CommandError(`No Chromium at ${chromePath}: install it (apt-get install chromium) or set CHROME_PATH.`);
    if (args.includes('--build') || !existsSync(path.join(DIST, 'index.html'))) {
      if ((await build([], env)) !== 0) throw new CommandError('The site did not build, so there is nothing to audit.');
    }
    const pages: { page: string; kind: PageAudit['kind'] }[] = [
      { page: '/', kind: 'home' },
      { page: await firstPage('spotlights'), kind: 'spotlight' },
      { page: await firstPage('people'), kind: 'person' },
    ];
    const started = await startPreview(await freePort());
    preview = started.server;
    chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
    const audits: PageAudit[] = [];
    for (const { page, kind } of pages) {
      console.log(`Auditing ${page} …`);
      audits.push({ page, kind, ...(await auditPage(started.origin + page, chrome.port)) });
    }
    console.log('');
    printTable(audits);
    const misses = checkBudget(audits);
    console.log(misses.length === 0 ? '\nEvery page meets the budget.' : `\nOver budget:\n  ${misses.join('\n  ')}`);
    return misses.length === 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof CommandError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    chrome?.kill();
    preview?.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await run(process.argv.slice(2));
}
