import { appendFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where a build's steps write how long they took: one JSON line per phase in the file named by
 * `INSOURCE_PHASES` (set by `npm run bench`). Without it nothing is written, so an ordinary build pays nothing.
 */
export const PHASES_ENV = 'INSOURCE_PHASES';

/** One measured step of a build. */
export interface PhaseRecord {
  /** The step, such as `content sync`, `pages`, `cards`, `images` or `search index`. */
  phase: string;
  /** Wall time of the step in milliseconds. */
  ms: number;
  /** What the step counted, such as `{ drawn: 12, cached: 400 }`. */
  counts?: Record<string, number>;
}

/** Records one phase when `INSOURCE_PHASES` names a file; phases measured more than once add up when read. */
export function recordPhase(record: PhaseRecord, env: Record<string, string | undefined> = process.env): void {
  const file = env[PHASES_ENV];
  if (!file) return;
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify({ phase: record.phase, ms: Math.round(record.ms), ...(record.counts ? { counts: record.counts } : {}) })}\n`);
}

/** Times an async step and records it as `phase`, with what `countsOf` reads from its result; returns the result. */
export async function timePhase<T>(
  phase: string,
  step: () => Promise<T>,
  env: Record<string, string | undefined> = process.env,
  countsOf?: (result: T) => Record<string, number>,
): Promise<T> {
  const started = performance.now();
  let counts: Record<string, number> | undefined;
  try {
    const result = await step();
    counts = countsOf?.(result);
    return result;
  } finally {
    recordPhase({ phase, ms: performance.now() - started, ...(counts ? { counts } : {}) }, env);
  }
}

/** Adds up the records of a phases file by phase, in the order phases first appear; counts add up too. */
export function sumPhases(text: string): PhaseRecord[] {
  const byPhase = new Map<string, PhaseRecord>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as PhaseRecord;
    const sum = byPhase.get(record.phase) ?? { phase: record.phase, ms: 0 };
    sum.ms += record.ms;
    for (const [key, value] of Object.entries(record.counts ?? {})) sum.counts = { ...sum.counts, [key]: (sum.counts?.[key] ?? 0) + value };
    byPhase.set(record.phase, sum);
  }
  return [...byPhase.values()];
}

/** Reads a phases file written by `recordPhase`; an absent file has no phases. */
export async function readPhases(file: string): Promise<PhaseRecord[]> {
  try {
    return sumPhases(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
