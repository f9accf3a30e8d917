import { foldName } from './foldName.ts';
import type { NominationTally } from './tallyNominations.ts';

/** A person on file, as the opinion-leader report matches nominees to them. */
export interface PersonOnFile {
  id: string;
  name: string;
  /** Department name. */
  department: string;
  /** Whether they appear in a published spotlight. */
  featured: boolean;
  /** Whether they are a public person who agreed to social sharing. */
  consent: boolean;
}

/** One line of the report. */
export interface ReportRow {
  /** 1 for the most named; people with the same score share a rank. */
  rank: number;
  name: string;
  /** Id of the person on file with this name, or null when nobody (or more than one person) has it. */
  id: string | null;
  department: string | null;
  nominations: number;
  /** Named by at least `threshold` respondents. */
  leader: boolean;
  featured: boolean;
  consent: boolean;
}

/** The opinion-leader report: everyone named, most named first, with the survey's totals. */
export interface NominationReport {
  respondents: number;
  threshold: number;
  rows: ReportRow[];
  leaders: number;
  /** Leaders as a share of the people named, from 0 to 1. */
  leaderShare: number;
  /** Facts the reader needs to trust the numbers, one sentence each. */
  notes: string[];
}

/**
 * Ranks the nominees of a tally by score, then name, marks leaders (score >= threshold) and matches each to
 * the person on file with the same folded name, reporting whether they are already featured and whether
 * consent to be shared is on file.
 */
export function reportNominations(tally: NominationTally, people: readonly PersonOnFile[], threshold: number, usedRespondentColumn: boolean): NominationReport {
  const byKey = new Map<string, PersonOnFile[]>();
  for (const person of people) {
    const key = foldName(person.name);
    byKey.set(key, [...(byKey.get(key) ?? []), person]);
  }
  const sorted = [...tally.nominees].sort((a, b) => b.nominations - a.nominations || a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
  let rank = 0;
  const rows = sorted.map((nominee, index): ReportRow => {
    const matches = byKey.get(nominee.key) ?? [];
    const person = matches.length === 1 ? matches[0] : undefined;
    if (index === 0 || sorted[index - 1]!.nominations !== nominee.nominations) rank = index + 1;
    return {
      rank,
      name: nominee.name,
      id: person?.id ?? null,
      department: person?.department ?? null,
      nominations: nominee.nominations,
      leader: nominee.nominations >= threshold,
      featured: person?.featured ?? false,
      consent: person?.consent ?? false,
    };
  });
  const leaders = rows.filter((row) => row.leader).length;
  const notes: string[] = [];
  if (!usedRespondentColumn)
    notes.push('Without --respondent-column every row counts as one respondent: self-nominations and repeated submissions could not be detected.');
  else {
    if (tally.respondentsByEmail > 0)
      notes.push(
        `${tally.respondentsByEmail} ${tally.respondentsByEmail === 1 ? 'respondent is' : 'respondents are'} identified by e-mail address, which people files never contain: their self-nominations could not be detected.`,
      );
    if (tally.selfNominations > 0)
      notes.push(`${tally.selfNominations} self-${tally.selfNominations === 1 ? 'nomination was' : 'nominations were'} not counted.`);
    if (tally.replacedResponses > 0)
      notes.push(
        `${tally.replacedResponses} earlier ${tally.replacedResponses === 1 ? 'submission was' : 'submissions were'} replaced by the same respondent's last one.`,
      );
  }
  const ambiguous = [...new Set(rows.filter((row) => (byKey.get(foldName(row.name))?.length ?? 0) > 1).map((row) => row.name))];
  if (ambiguous.length > 0) notes.push(`More than one person on file is called ${ambiguous.join(', ')}: match them by hand.`);
  return { respondents: tally.respondents, threshold, rows, leaders, leaderShare: rows.length === 0 ? 0 : leaders / rows.length, notes };
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const COLUMNS = ['rank', 'name', 'id', 'department', 'nominations', 'leader', 'featured', 'consent'] as const;
const cells = (row: ReportRow) => [
  String(row.rank),
  row.name,
  row.id ?? 'none',
  row.department ?? '',
  String(row.nominations),
  yesNo(row.leader),
  yesNo(row.featured),
  yesNo(row.consent),
];

/** The summary lines: respondents, people named, leaders and their share. */
export function summarizeReport(report: NominationReport): string[] {
  const percent = (report.leaderShare * 100).toFixed(1);
  return [
    `Respondents: ${report.respondents}`,
    `People named: ${report.rows.length}`,
    `Leaders (named by ${report.threshold} or more): ${report.leaders}, ${percent}% of the people named`,
    ...report.notes,
  ];
}

/** The report as a plain-text table followed by its summary. */
export function formatReportTable(report: NominationReport): string {
  const table = [COLUMNS.map(String), ...report.rows.map(cells)];
  const widths = COLUMNS.map((_, i) => Math.max(...table.map((row) => [...row[i]!].length)));
  const numeric = new Set([0, 4]);
  const lines = table.map((row) =>
    row
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
  return [...lines, '', ...summarizeReport(report)].join('\n') + '\n';
}

/** A CSV cell, quoted when needed; a name a spreadsheet would run as a formula is prefixed with an apostrophe. */
function csvCell(cell: string): string {
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The report as CSV, one row per person named; the summary is left to the table and JSON formats. */
export function formatReportCsv(report: NominationReport): string {
  return [COLUMNS.join(','), ...report.rows.map((row) => cells(row).map(csvCell).join(','))].join('\r\n') + '\r\n';
}

/** The report as JSON: `{ respondents, threshold, people: [{ name, id, nominations, leader, featured, consent }] }`. */
export function formatReportJson(report: NominationReport): string {
  const people = report.rows.map(({ name, id, department, nominations, leader, featured, consent }) => ({
    name,
    id,
    department,
    nominations,
    leader,
    featured,
    consent,
  }));
  return JSON.stringify({ respondents: report.respondents, threshold: report.threshold, people, leaders: report.leaders, notes: report.notes }, null, 2) + '\n';
}
