import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT = path.join(ROOT, 'test', '.out');
const BUILD = path.join(ROOT, 'scripts', 'build.ts');

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

/** The build running in this process, if any. */
let building: string | undefined;

/**
 * Builds the site from a content folder into its own output folder with `npm run build`'s script.
 * Astro writes generated modules to the checkout's .astro/ folder, so two builds at once would read each
 * other's content lists: call it only from the `build` project, which runs one file at a time
 * (`fileParallelism: false` in vitest.config.ts), and await each build before starting the next.
 */
export async function buildSite(options: { content: string; name: string; env?: Record<string, string>; args?: string[] }): Promise<BuildResult> {
  if (building) throw new Error(`Cannot build ${options.name} while ${building} is building: await each build before starting the next.`);
  building = options.name;
  try {
    return await spawnBuild(path.join(OUT, options.name), options);
  } finally {
    building = undefined;
  }
}

async function spawnBuild(
  outDir: string,
  options: { content: string; env?: Record<string, string> | undefined; args?: string[] | undefined },
): Promise<BuildResult> {
  const child = spawn(process.execPath, [BUILD, '--out', outDir, ...(options.args ?? [])], {
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
