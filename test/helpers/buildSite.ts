import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT = path.join(ROOT, 'test', '.out');
const BUILD = path.join(ROOT, 'scripts', 'build.ts');

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

/** Builds the site from a content folder into its own output folder with `npm run build`'s script. */
export function buildSite(options: { content: string; name: string; env?: Record<string, string> }): Promise<BuildResult> {
  return oneBuildAtATime(() => spawnBuild(options));
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Runs builds one after another across test files and workers: Astro writes generated modules to the
 * project's .astro/ folder, so two builds at once would read each other's content lists.
 */
async function oneBuildAtATime<T>(work: () => Promise<T>): Promise<T> {
  const lock = path.join(OUT, '.build-lock');
  await mkdir(OUT, { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const holder = Number(await readFile(path.join(lock, 'pid'), 'utf8').catch(() => '0'));
      if (holder && !isRunning(holder)) await rm(lock, { recursive: true, force: true });
      else await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

async function spawnBuild(options: { content: string; name: string; env?: Record<string, string> }): Promise<BuildResult> {
  const outDir = path.join(OUT, options.name);
  const child = spawn(process.execPath, [BUILD, '--out', outDir], {
    cwd: ROOT,
    env: { ...process.env, INSOURCE_CONTENT: options.content, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  return { code, output: output.replace(/\x1b\[[0-9;]*m/g, ''), outDir };
}
