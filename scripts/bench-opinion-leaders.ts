/**
 * `npm run bench:opinion-leaders`: writes a synthetic survey of 100,000 respondents (two submissions in
 * every hundred repeated, names in varied spellings, quoted multi-line cells) to a temporary folder, tallies
 * it with `npm run opinion-leaders`'s own code and prints the time taken and the heap used.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { run } from './opinion-leaders.ts';

const RESPONDENTS = Number(process.argv[2] ?? 100_000);
const FIRST = ['Ana', 'José', 'Mei', 'Ola', 'Ravi', 'Zoë', 'Lars', 'Amina', 'Tomás', 'Ines'];
const LAST = ['García', 'Nilsen', 'Okafor', 'Ångström', 'Chen', 'Kowalski', 'Haddad', 'Sato', 'Dubois', 'Rossi'];

/** A deterministic pseudo-random sequence, so every run tallies the same survey. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

const next = random(42);
const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
const spell = (name: string) => (next() < 0.2 ? `  ${name.toUpperCase()} ` : next() < 0.2 ? name.normalize('NFD').replace(/\p{M}/gu, '') : name);

const dir = await mkdtemp(path.join(os.tmpdir(), 'insource-bench-'));
const file = path.join(dir, 'survey.csv');
const lines = ['\uFEFFTimestamp,Email,Who do you find most influential and respected?'];
for (let i = 0; i < RESPONDENTS; i++) {
  const names = Array.from({ length: 1 + Math.floor(next() * 5) }, () => spell(`${pick(FIRST)} ${pick(LAST)}`));
  const respondent = i % 100 === 99 ? i - 1 : i;
  lines.push(`2026-03-01 09:00:${String(i % 60).padStart(2, '0')},person${respondent}@example.org,"${names.join(next() < 0.5 ? '\n' : '; ')}"`);
}
await writeFile(file, lines.join('\n'));

const started = performance.now();
const code = await run([
  file,
  '--column',
  'Who do you find most influential and respected?',
  '--respondent-column',
  'Email',
  '--format',
  'json',
  '--out',
  path.join(dir, 'report.json'),
]);
const seconds = (performance.now() - started) / 1000;
const heap = process.memoryUsage().heapUsed / 1024 / 1024;
console.log(`Tallied ${RESPONDENTS.toLocaleString('en')} respondents in ${seconds.toFixed(2)} s (exit ${code}), heap ${heap.toFixed(0)} MB.`);
await rm(dir, { recursive: true, force: true });
