/**
 * What `npm run bench` reports, and how it reads the memory of a build's process tree from /proc.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { PhaseRecord } from '../../src/lib/output/buildPhases.ts';

/** One measured build. */
export interface BenchResult {
  pages: number;
  wall_s: number;
  ms_per_page: number;
  peak_rss_mib: number;
  output_mib: number;
  files: number;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** The result of a build that took `wallMs`, wrote `pages` pages among `files` files of `outputBytes`, peaking at `peakRssBytes`. */
export function summarize(measured: { wallMs: number; pages: number; files: number; outputBytes: number; peakRssBytes: number }): BenchResult {
  return {
    pages: measured.pages,
    wall_s: round(measured.wallMs / 1000, 2),
    ms_per_page: measured.pages > 0 ? round(measured.wallMs / measured.pages, 2) : 0,
    peak_rss_mib: round(measured.peakRssBytes / 1024 / 1024, 0),
    output_mib: round(measured.outputBytes / 1024 / 1024, 1),
    files: measured.files,
  };
}

/** Phase timings as the JSON reports them: phase -> seconds, and each phase's counts (cards drawn, images encoded...). */
export interface PhaseFigures {
  phases: Record<string, number>;
  phase_counts: Record<string, Record<string, number>>;
}

/** One measured build with its phases. */
export interface BuildFigures extends BenchResult, PhaseFigures {
  /** Page rendering only, per page: (content sync + pages - cards - images) / pages (see `renderMs`). */
  render_ms_per_page: number;
}

/** Everything one `npm run bench` measured. */
export interface BenchReport extends BuildFigures {
  /** Insource page rendering per page over bare Astro's (see `renderMs`); null without a baseline. */
  ratio_vs_bare: number | null;
  /** Wall time of `npm run check` over the same content. */
  check_s: number;
  bare?: BuildFigures;
  rebuild?: BuildFigures;
  photos?: { portraits: number; heroes: number; mib: number; generate_s: number; drawn: number };
}

/** Summed phase records as seconds per phase (two decimals) and counts per phase. */
export function phaseFigures(records: readonly PhaseRecord[]): PhaseFigures {
  return {
    phases: Object.fromEntries(records.map((record) => [record.phase, round(record.ms / 1000, 2)])),
    phase_counts: Object.fromEntries(records.filter((record) => record.counts).map((record) => [record.phase, { ...record.counts }])),
  };
}

/** Phases that run inside page generation but are reported on their own, so page rendering leaves them out. */
export const OWN_PHASES_IN_PAGES = ['cards', 'images'] as const;

/** Milliseconds spent rendering pages: `content sync` + `pages`, minus the `cards` and `images` phases that run inside them. */
export function renderMs(records: readonly PhaseRecord[]): number {
  const ms = (phase: string) => records.find((record) => record.phase === phase)?.ms ?? 0;
  return Math.max(0, ms('content sync') + ms('pages') - OWN_PHASES_IN_PAGES.reduce((sum, phase) => sum + ms(phase), 0));
}

/** Milliseconds of page rendering per page, two decimals (0 without pages). */
export function renderMsPerPage(records: readonly PhaseRecord[], pages: number): number {
  return pages > 0 ? round(renderMs(records) / pages, 2) : 0;
}

/**
 * `ratio_vs_bare`: Insource's page rendering per page over bare Astro's, each `(content sync + pages - cards -
 * images) / pages` (the bare project has no cards or images). Null when either side rendered nothing.
 */
export function ratioVsBare(
  insource: { records: readonly PhaseRecord[]; pages: number },
  bare: { records: readonly PhaseRecord[]; pages: number },
): number | null {
  const ours = renderMsPerPage(insource.records, insource.pages);
  const theirs = renderMsPerPage(bare.records, bare.pages);
  return ours > 0 && theirs > 0 ? round(ours / theirs, 2) : null;
}

/** Rows of cells as columns padded to their widest cell, two spaces apart. */
export function alignColumns(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const seconds = (s: number | undefined) => (s === undefined ? '' : `${s.toFixed(2)} s`);
const counted = (counts: Record<string, number> | undefined) =>
  counts && Object.keys(counts).length > 0
    ? ` (${Object.entries(counts)
        .map(([key, value]) => `${key} ${value}`)
        .join(', ')})`
    : '';

/** The report as tables for the terminal: the figures of each build side by side, then each phase. */
export function formatTable(size: { people: number; departments: number; spotlights: number }, report: BenchReport): string {
  const builds: Array<[string, BuildFigures]> = [['Insource', report]];
  if (report.rebuild) builds.push(['rebuild', report.rebuild]);
  if (report.bare) builds.push(['bare Astro', report.bare]);
  const row = (label: string, cell: (build: BuildFigures) => string) => [label, ...builds.map(([, build]) => cell(build))];
  const phases = [...new Set(builds.flatMap(([, build]) => Object.keys(build.phases)))];
  const about = [
    ['content', `${size.people} people, ${size.departments} departments, ${size.spotlights} spotlights`],
    ...(report.photos
      ? [
          [
            'photos',
            `${report.photos.portraits} portraits, ${report.photos.heroes} heroes, ${report.photos.mib.toFixed(1)} MiB, ${report.photos.drawn} drawn and ${report.photos.portraits + report.photos.heroes - report.photos.drawn} kept from an earlier run in ${seconds(report.photos.generate_s)} (not in the build times)`,
          ],
        ]
      : []),
    ['npm run check', seconds(report.check_s)],
    [
      'ratio vs bare',
      report.ratio_vs_bare === null
        ? 'not measured'
        : `${report.ratio_vs_bare.toFixed(2)} (page rendering per page: content sync + pages - cards - images, over pages; each side)`,
    ],
  ];
  const figures = [
    ['', ...builds.map(([name]) => name)],
    row('pages built', (build) => String(build.pages)),
    row('wall time', (build) => seconds(build.wall_s)),
    row('per page (wall)', (build) => `${build.ms_per_page.toFixed(2)} ms`),
    row('per page (rendering)', (build) => `${build.render_ms_per_page.toFixed(2)} ms`),
    row('peak RSS (process tree)', (build) => (build.peak_rss_mib > 0 ? `${build.peak_rss_mib} MiB` : 'not measured (no /proc)')),
    row('output', (build) => `${build.files} files, ${build.output_mib.toFixed(1)} MiB`),
    ...(phases.length > 0
      ? [['phases'], ...phases.map((phase) => row(`  ${phase}`, (build) => `${seconds(build.phases[phase])}${counted(build.phase_counts[phase])}`))]
      : []),
  ];
  return `${alignColumns(about)}\n\n${alignColumns(figures)}`;
}

/**
 * The parent of each process in `/proc/<pid>/stat` texts. The command name, in parentheses, may hold spaces
 * and parentheses itself, so fields are read after its last `)`.
 */
export function parentOf(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const parent = Number(fields[1]);
  return Number.isInteger(parent) ? parent : undefined;
}

/** `root` and every process below it, given each process's parent. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): Set<number> {
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return tree;
}

/** The resident memory in bytes of `VmRSS` in a `/proc/<pid>/status` text (0 for a process that has none). */
export function residentBytes(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** The summed resident memory of `root` and every process below it now, or 0 where there is no /proc. */
export async function treeRss(root: number): Promise<number> {
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((name) => /^\d+$/.test(name)).map(Number);
  const parents = new Map<number, number>();
  await Promise.all(
    pids.map(async (pid) => {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
      const parent = stat ? parentOf(stat) : undefined;
      if (parent !== undefined) parents.set(pid, parent);
    }),
  );
  const sizes = await Promise.all([...descendants(root, parents)].map((pid) => readFile(`/proc/${pid}/status`, 'utf8').then(residentBytes, () => 0)));
  return sizes.reduce((sum, size) => sum + size, 0);
}
