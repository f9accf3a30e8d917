/**
 * What `npm run bench` reports, and how it reads the memory of a build's process tree from /proc.
 */
import { readdir, readFile } from 'node:fs/promises';

/** One measured build. */
export interface BenchResult {
  pages: number;
  wall_s: number;
  ms_per_page: number;
  peak_rss_mib: number;
  output_mib: number;
  files: number;
}

/** The result of a build that took `wallMs`, wrote `pages` pages among `files` files of `outputBytes`, peaking at `peakRssBytes`. */
export function summarize(measured: { wallMs: number; pages: number; files: number; outputBytes: number; peakRssBytes: number }): BenchResult {
  const round = (n: number, digits: number) => Number(n.toFixed(digits));
  return {
    pages: measured.pages,
    wall_s: round(measured.wallMs / 1000, 2),
    ms_per_page: measured.pages > 0 ? round(measured.wallMs / measured.pages, 2) : 0,
    peak_rss_mib: round(measured.peakRssBytes / 1024 / 1024, 0),
    output_mib: round(measured.outputBytes / 1024 / 1024, 1),
    files: measured.files,
  };
}

/** The result as a two-column table for the terminal. */
export function formatTable(size: { people: number; departments: number; spotlights: number }, result: BenchResult): string {
  const rows: Array<[string, string]> = [
    ['content', `${size.people} people, ${size.departments} departments, ${size.spotlights} spotlights`],
    ['pages built', String(result.pages)],
    ['wall time', `${result.wall_s.toFixed(2)} s`],
    ['per page', `${result.ms_per_page.toFixed(2)} ms`],
    ['peak RSS (process tree)', result.peak_rss_mib > 0 ? `${result.peak_rss_mib} MiB` : 'not measured (no /proc)'],
    ['output', `${result.files} files, ${result.output_mib.toFixed(1)} MiB`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
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
