/**
 * `npm run opinion-leaders`: tallies a survey in which everyone named the colleagues they find most
 * influential and respected, and reports who was named most often. The report is private: it goes to
 * standard output or to the file given with --out, never into content/ or dist/.
 */
import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CsvError, parse } from 'csv-parse';
import { contentDir, publicDir } from '../src/lib/content/contentDir.ts';
import { loadContentFolder } from '../src/lib/content/loadContentFolder.ts';
import { suggest } from '../src/lib/content/suggest.ts';
import { CommandError } from '../src/lib/errors.ts';
import { foldName } from '../src/lib/recognition/foldName.ts';
import { formatReportCsv, formatReportJson, formatReportTable, reportNominations, type PersonOnFile } from '../src/lib/recognition/reportNominations.ts';
import { NominationCounter, type NominationTally } from '../src/lib/recognition/tallyNominations.ts';
import { commandFailed } from './lib/command.ts';

const FORMATS = ['table', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: npm run opinion-leaders -- <survey.csv> --column <header> [--column <header> ...]
         [--respondent-column <header>] [--threshold 10] [--format table|csv|json] [--out FILE]

Tallies a survey export (CSV from Google Forms, Microsoft Forms or SurveyMonkey) in which each
respondent named the colleagues they find most influential and respected. A person's score is the
number of distinct respondents who named them; those named by --threshold or more are the opinion
leaders. Names match whatever their accents, case and spacing, and are matched to content/people.

  --column <header>             column holding nominees, one per line or separated by semicolons;
                                repeat it when the survey has one column per nominee
  --respondent-column <header>  column identifying the respondent (name or e-mail address): a
                                respondent who submitted twice counts once (last submission wins)
                                and, for names, self-nominations do not count
  --threshold <n>               nominations that make a leader (default 10)
  --format table|csv|json       output format (default table)
  --out FILE                    write the report to FILE instead of standard output

The report is private: it is written only where you ask, never into content/ or dist/, which are
published. See docs/opinion-leaders.md for how to run the survey and invite leaders without pressure.`;

interface Options {
  survey: string;
  columns: string[];
  respondentColumn: string | undefined;
  threshold: number;
  format: Format;
  out: string | undefined;
}

function parseOptions(args: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        column: { type: 'string', multiple: true },
        'respondent-column': { type: 'string' },
        threshold: { type: 'string', default: '10' },
        format: { type: 'string', default: 'table' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    throw new CommandError(`${(error as Error).message.split('\n')[0]} (see --help).`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    throw new CommandError(
      positionals.length === 0
        ? 'Name the survey export to tally, such as survey.csv (see --help).'
        : `Expected one survey file, got ${positionals.length}: ${positionals.join(', ')}.`,
    );
  if (!values.column?.length) throw new CommandError('Name the column that holds the nominees with --column "<header>" (see --help).');
  const threshold = Number(values.threshold);
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new CommandError(`--threshold expects a whole number of nominations of at least 1, such as 10; got "${values.threshold}".`);
  if (!(FORMATS as readonly string[]).includes(values.format)) throw new CommandError(`--format expects table, csv or json; got "${values.format}".`);
  return {
    survey: positionals[0]!,
    columns: values.column,
    respondentColumn: values['respondent-column'],
    threshold,
    format: values.format as Format,
    out: values.out,
  };
}

/** The index of the header a column option names: exactly, or else ignoring case, accents and spacing. */
function findColumn(header: readonly string[], wanted: string, option: string, file: string): number {
  const exact = header.findIndex((cell) => cell.trim() === wanted.trim());
  if (exact !== -1) return exact;
  const folded = header.findIndex((cell) => foldName(cell) === foldName(wanted));
  if (folded !== -1) return folded;
  const close = suggest(wanted, header);
  const listed = header.map((cell) => `"${cell}"`).join(', ');
  throw new CommandError(`${file} has no column "${wanted}" (${option}): ${close ? `did you mean "${close}"? ` : ''}its columns are ${listed}.`);
}

/** Streams the survey through csv-parse into the tally, one record at a time. */
async function tallySurvey(options: Options): Promise<NominationTally> {
  const file = options.survey;
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new CommandError(`Cannot read the survey ${file}: no such file.`);
  if (!info.isFile()) throw new CommandError(`Cannot read the survey ${file}: it is not a file.`);
  const parser = createReadStream(file).pipe(parse({ bom: true, skip_empty_lines: true, relax_column_count: false }));
  let counter: NominationCounter | undefined;
  let rows = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!counter) {
        if (record.some((cell) => cell.includes('\0')))
          throw new CommandError(`${file} is not CSV: it holds binary data (a spreadsheet?). Export the responses as CSV.`);
        counter = new NominationCounter({
          nominees: options.columns.map((column) => findColumn(record, column, '--column', file)),
          respondent: options.respondentColumn === undefined ? undefined : findColumn(record, options.respondentColumn, '--respondent-column', file),
        });
        continue;
      }
      rows++;
      counter.add(record);
    }
  } catch (error) {
    if (error instanceof CsvError) throw new CommandError(`${file} is not valid CSV: ${error.message} Export the responses again as CSV.`);
    throw error;
  } finally {
    parser.destroy();
  }
  if (!counter) throw new CommandError(`${file} is empty: expected a header row and one row per response.`);
  if (rows === 0) throw new CommandError(`${file} has a header row but no responses: the survey is empty.`);
  return counter.result();
}

/** The people files as the report matches them: everyone on file, with what the published site says of them. */
async function peopleOnFile(env: NodeJS.ProcessEnv, now: Date): Promise<{ people: PersonOnFile[]; warning: string | undefined }> {
  const dir = contentDir(env);
  const loaded = await loadContentFolder(dir, { now, publicDir: publicDir(env) });
  const departments = new Map(loaded.content.departments.map((department) => [department.id, department.data.name]));
  const featured = new Set(loaded.model?.spotlights.flatMap((story) => story.people.map((person) => person.id)) ?? []);
  const shareable = new Set(loaded.model?.people.filter((person) => person.shareable).map((person) => person.id) ?? []);
  const people = loaded.content.people.map((person) => ({
    id: person.id,
    name: person.data.name,
    department: departments.get(person.data.department.id) ?? person.data.department.id,
    featured: featured.has(person.id),
    consent: shareable.has(person.id),
  }));
  const warning = loaded.model
    ? undefined
    : `Note: ${dir}/ has ${loaded.issues.length} content ${loaded.issues.length === 1 ? 'problem' : 'problems'} (see npm run build), so "featured" and "consent" say no for everyone.`;
  return { people, warning };
}

/** Refuses a report path inside a published folder. */
function checkOutPath(out: string, env: NodeJS.ProcessEnv): void {
  const target = path.resolve(out);
  for (const folder of [contentDir(env), 'dist', publicDir(env)]) {
    const relative = path.relative(path.resolve(folder), target);
    if (!relative.startsWith('..') && !path.isAbsolute(relative))
      throw new CommandError(
        `Refusing to write the report to ${out}: ${folder}/ is published, and the report is private. Write it outside the project's content, such as --out ~/opinion-leaders.csv.`,
      );
  }
}

/** Tallies the survey and prints or writes the report; returns the process exit code (2 for bad input). */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  try {
    const options = parseOptions(args);
    if (options.out) checkOutPath(options.out, env);
    const tally = await tallySurvey(options);
    const { people, warning } = await peopleOnFile(env, now);
    const report = reportNominations(tally, people, options.threshold, options.respondentColumn !== undefined);
    const text = options.format === 'json' ? formatReportJson(report) : options.format === 'csv' ? formatReportCsv(report) : formatReportTable(report);
    if (warning) console.error(warning);
    if (options.out) {
      await writeFile(options.out, text);
      console.error(
        `Wrote the report to ${options.out}. It is private: keep it out of content/ and dist/, and share it only with the people running the programme.`,
      );
    } else {
      process.stdout.write(text);
      console.error('This report is private: it was written to standard output only, never into content/ or dist/.');
    }
    return 0;
  } catch (error) {
    return commandFailed(error);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await run(process.argv.slice(2));
}
