import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { run } from '../../scripts/opinion-leaders.ts';
import { foldName } from '../../src/lib/recognition/foldName.ts';
import { formatReportCsv, formatReportJson, formatReportTable, reportNominations, type PersonOnFile } from '../../src/lib/recognition/reportNominations.ts';
import { splitNominees, tallyNominations } from '../../src/lib/recognition/tallyNominations.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE_CONTENT = path.join(ROOT, 'test/fixtures/site');
const SURVEY = path.join(ROOT, 'test/fixtures/surveys/google-forms.csv');
const QUESTION = 'Who do you find most influential and respected?';
const NOW = new Date('2026-06-01T00:00:00Z');

const scores = (records: string[][], columns: Parameters<typeof tallyNominations>[1]) =>
  Object.fromEntries(tallyNominations(records, columns).nominees.map((nominee) => [nominee.key, nominee.nominations]));

describe('foldName', () => {
  test.each([
    ['  josé  GARCIA ', 'Jose Garcia'],
    ['Zoë Ångström-Núñez', 'ZOE ANGSTROM-NUNEZ'],
    ['Ｊｏｓｅ Garcia', 'jose garcia'],
    ['Jose\u00a0Garcia', 'jose\tgarcia'],
    ['Maria O’Neill', "maria o'neill"],
    ['Strauß', 'STRAUSS'],
    ['Jose\u0301 Garcia', 'José Garcia'],
  ])('%j and %j name the same person', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  test('keeps different names apart', () => {
    expect(foldName('Jose Garcia')).not.toBe(foldName('Josef Garcia'));
    expect(foldName('Ana Lima')).not.toBe(foldName('Analima'));
  });
});

describe('splitNominees', () => {
  test('splits a cell on new lines and semicolons, dropping blanks, bullets and numbering', () => {
    expect(splitNominees('Ana Lima\r\nJosé García;Mei Chen; ;\n\n- Ola Nilsen\n2) Ravi Rao\n• Lars Berg')).toEqual([
      'Ana Lima',
      'José García',
      'Mei Chen',
      'Ola Nilsen',
      'Ravi Rao',
      'Lars Berg',
    ]);
  });

  test('keeps a comma inside one name, since surveys write "Surname, First name"', () => {
    expect(splitNominees('García, José')).toEqual(['García, José']);
  });
});

describe('tallyNominations', () => {
  test('scores a person by distinct respondents: naming someone twice in one answer counts once', () => {
    expect(scores([['Ana Lima\nana lima\nANA  LIMA'], ['Ana Lima; Mei Chen']], { nominees: [0] })).toEqual({ 'ana lima': 2, 'mei chen': 1 });
  });

  test('reads nominees from several columns, one name per column', () => {
    const records = [
      ['r1', 'Ana Lima', 'Mei Chen', ''],
      ['r2', 'Mei Chen', '', 'Ola Nilsen'],
      ['r3', '', '', ''],
    ];
    const tally = tallyNominations(records, { nominees: [1, 2, 3] });
    expect(scores(records, { nominees: [1, 2, 3] })).toEqual({ 'ana lima': 1, 'mei chen': 2, 'ola nilsen': 1 });
    expect(tally.respondents).toBe(3);
  });

  test('names a person by their most common spelling as written', () => {
    const tally = tallyNominations([['josé garcía'], ['José García'], ['Jose Garcia'], ['José García']], { nominees: [0] });
    expect(tally.nominees).toEqual([{ key: 'jose garcia', name: 'José García', nominations: 4 }]);
  });

  test('does not count a self-nomination when the respondent column holds names', () => {
    const tally = tallyNominations(
      [
        ['Ana Lima', 'ana lima; Mei Chen'],
        ['Mei Chen', 'Ana Lima\nMEI CHEN'],
      ],
      { nominees: [1], respondent: 0 },
    );
    expect(Object.fromEntries(tally.nominees.map((n) => [n.key, n.nominations]))).toEqual({ 'ana lima': 1, 'mei chen': 1 });
    expect(tally.selfNominations).toBe(2);
    expect(tally.respondentsByEmail).toBe(0);
  });

  test('counts a respondent who submitted twice once, with their last submission', () => {
    const tally = tallyNominations(
      [
        ['ana@example.org', 'Mei Chen'],
        ['ola@example.org', 'Mei Chen'],
        ['ANA@example.org', 'Ravi Rao'],
      ],
      { nominees: [1], respondent: 0 },
    );
    expect(tally.respondents).toBe(2);
    expect(tally.replacedResponses).toBe(1);
    expect(Object.fromEntries(tally.nominees.map((n) => [n.key, n.nominations]))).toEqual({ 'mei chen': 1, 'ravi rao': 1 });
  });

  test('says when respondents are e-mail addresses, whose self-nominations cannot be seen', () => {
    const tally = tallyNominations([['mei.chen@example.org', 'Mei Chen']], { nominees: [1], respondent: 0 });
    expect(tally.respondentsByEmail).toBe(1);
    expect(tally.selfNominations).toBe(0);
    expect(tally.nominees[0]!.nominations).toBe(1);
  });

  test('counts rows without a respondent value as respondents of their own', () => {
    const tally = tallyNominations(
      [
        ['', 'Mei Chen'],
        ['', 'Mei Chen'],
      ],
      { nominees: [1], respondent: 0 },
    );
    expect(tally.respondents).toBe(2);
    expect(tally.nominees[0]!.nominations).toBe(2);
  });
});

const PEOPLE: PersonOnFile[] = [
  { id: 'mei-chen', name: 'Mei Chen', department: 'Lab', featured: true, consent: true },
  { id: 'jose-garcia', name: 'José García', department: 'Field', featured: false, consent: false },
  { id: 'ana-lima', name: 'Ana Lima', department: 'Lab', featured: false, consent: true },
  { id: 'ana-lima-2', name: 'Ana Lima', department: 'Field', featured: false, consent: false },
];

describe('reportNominations', () => {
  const records = [...Array.from({ length: 10 }, () => ['Mei Chen; jose garcia']), ['  josé  GARCIA ', 'Ravi Rao'], ['Ravi Rao; Ana Lima'], ['Ola Nilsen']].map(
    (cells) => [cells.join(';')],
  );
  const report = reportNominations(tallyNominations(records, { nominees: [0] }), PEOPLE, 10, false);

  test('sorts by score, then name, with shared ranks for equal scores', () => {
    expect(report.rows.map((row) => [row.rank, row.name, row.nominations])).toEqual([
      [1, 'jose garcia', 11],
      [2, 'Mei Chen', 10],
      [3, 'Ravi Rao', 2],
      [4, 'Ana Lima', 1],
      [4, 'Ola Nilsen', 1],
    ]);
  });

  test('marks leaders at the threshold and reports their share of the people named', () => {
    expect(report.rows.filter((row) => row.leader).map((row) => row.name)).toEqual(['jose garcia', 'Mei Chen']);
    expect(report.leaders).toBe(2);
    expect(report.leaderShare).toBeCloseTo(0.4);
    expect(reportNominations(tallyNominations(records, { nominees: [0] }), PEOPLE, 11, false).leaders).toBe(1);
    expect(reportNominations(tallyNominations(records, { nominees: [0] }), PEOPLE, 1, false).leaders).toBe(5);
  });

  test('matches nominees to people on file by folded name, with featured and consent', () => {
    const byName = Object.fromEntries(report.rows.map((row) => [row.name, row]));
    expect(byName['jose garcia']).toMatchObject({ id: 'jose-garcia', department: 'Field', featured: false, consent: false });
    expect(byName['Mei Chen']).toMatchObject({ id: 'mei-chen', department: 'Lab', featured: true, consent: true });
    expect(byName['Ravi Rao']).toMatchObject({ id: null, department: null, featured: false, consent: false });
  });

  test('leaves a name two people share unmatched and says so', () => {
    expect(report.rows.find((row) => row.name === 'Ana Lima')!.id).toBeNull();
    expect(report.notes).toContain('More than one person on file is called Ana Lima: match them by hand.');
  });

  test('formats JSON as the issue specifies', () => {
    const json = JSON.parse(formatReportJson(report));
    expect(json).toMatchObject({ respondents: 13, threshold: 10 });
    expect(json.people[0]).toEqual({
      name: 'jose garcia',
      id: 'jose-garcia',
      department: 'Field',
      nominations: 11,
      leader: true,
      featured: false,
      consent: false,
    });
  });

  test('formats a table with the summary', () => {
    const table = formatReportTable(report);
    expect(table.split('\n')[0]).toMatch(/^rank\s+name\s+id\s+department\s+nominations\s+leader\s+featured\s+consent$/);
    expect(table).toMatch(/^\s+2\s+Mei Chen\s+mei-chen\s+Lab\s+10\s+yes\s+yes\s+yes$/m);
    expect(table).toContain('Respondents: 13\nPeople named: 5\nLeaders (named by 10 or more): 2, 40.0% of the people named');
  });

  test('formats CSV with quoting and without letting a name run as a spreadsheet formula', () => {
    const hostile = reportNominations(tallyNominations([['=HYPERLINK("x")'], ['García, José']], { nominees: [0] }), [], 10, false);
    const lines = formatReportCsv(hostile).trimEnd().split('\r\n');
    expect(lines[0]).toBe('rank,name,id,department,nominations,leader,featured,consent');
    expect(lines).toContain(`1,"'=HYPERLINK(""x"")",none,,1,no,no,no`);
    expect(lines).toContain('1,"García, José",none,,1,no,no,no');
  });
});

describe('npm run opinion-leaders', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'insource-opinion-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const env = { ...process.env, INSOURCE_CONTENT: FIXTURE_CONTENT, INSOURCE_PUBLIC: path.join(ROOT, 'public') };

  /** Runs the command in-process with output to a JSON file; returns the exit code, the report and what was printed. */
  async function tally(csv: string | Buffer, ...args: string[]) {
    const survey = path.join(dir, `survey-${Math.random().toString(36).slice(2)}.csv`);
    await writeFile(survey, csv);
    const out = `${survey}.json`;
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(message));
    try {
      const code = await run([survey, ...args, '--format', 'json', '--out', out], env, NOW);
      const report = code === 0 ? JSON.parse(await readFile(out, 'utf8')) : undefined;
      return { code, report, errors: errors.join('\n') };
    } finally {
      spy.mockRestore();
    }
  }
  const named = (report: { people: { name: string; nominations: number }[] }) => Object.fromEntries(report.people.map((p) => [p.name, p.nominations]));

  test('runs as npm runs it and prints the JSON report for the fixture survey, matched to the fixture people', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      'npm',
      ['run', '-s', 'opinion-leaders', '--', SURVEY, '--column', QUESTION, '--respondent-column', 'Your name', '--threshold', '2', '--format', 'json'],
      {
        cwd: ROOT,
        env,
      },
    );
    const report = JSON.parse(stdout);
    expect(report).toEqual({
      respondents: 4,
      threshold: 2,
      leaders: 2,
      people: [
        { name: 'Zoë Ångström-Núñez', id: 'zoe-initials', department: 'Field Crew', nominations: 3, leader: true, featured: true, consent: true },
        // Paula named herself; Sam's second submission, which no longer names her, replaced his first.
        { name: 'Sam Someone', id: null, department: null, nominations: 2, leader: true, featured: false, consent: false },
        { name: 'Nora Quietphoto', id: 'nora-nophoto', department: 'The Lab', nominations: 1, leader: false, featured: true, consent: false },
        { name: 'Wilhelmina Hiddenberg', id: 'wilhelmina-withdrawn', department: 'Field Crew', nominations: 1, leader: false, featured: false, consent: false },
      ],
      notes: ['1 self-nomination was not counted.', "1 earlier submission was replaced by the same respondent's last one."],
    });
    expect(stderr).toContain('This report is private');
    // It starts npm and Node: seconds on a busy machine, so more than the default five.
  }, 60_000);

  test('reads a BOM, quoted cells with new lines and doubled quotes, and CRLF line ends', async () => {
    const { code, report } = await tally('\uFEFF"Nominees, please"\r\n"Ana ""Nan"" Lima\r\nMei Chen"\r\n"Mei Chen"\r\n', '--column', 'Nominees, please');
    expect(code).toBe(0);
    expect(report.respondents).toBe(2);
    expect(named(report)).toEqual({ 'Mei Chen': 2, 'Ana "Nan" Lima': 1 });
  });

  test('reads nominees from repeated --column options', async () => {
    const { report } = await tally(
      'Id,First choice,Second choice,Third choice\n1,Ana Lima,Mei Chen,\n2,Mei Chen,,ana lima\n',
      '--column',
      'First choice',
      '--column',
      'Second choice',
      '--column',
      'Third choice',
    );
    expect(named(report)).toEqual({ 'Ana Lima': 2, 'Mei Chen': 2 });
  });

  test('notes that e-mail respondents hide self-nominations', async () => {
    const { report } = await tally('Email,Names\nmei@example.org,Mei Chen\n', '--column', 'Names', '--respondent-column', 'Email');
    expect(report.notes[0]).toMatch(/e-mail address, which people files never contain: their self-nominations could not be detected/);
  });

  test.each([
    ['a missing file', undefined, ['--column', 'Names'], /Cannot read the survey .*: no such file\./],
    ['an unknown column', 'Name,Email\nAna,a@x\n', ['--column', 'Nmes'], /has no column "Nmes" \(--column\): .*its columns are "Name", "Email"\./],
    ['an unknown respondent column', 'Names\nAna\n', ['--column', 'Names', '--respondent-column', 'Mail'], /has no column "Mail" \(--respondent-column\)/],
    ['an empty file', '', ['--column', 'Names'], /is empty: expected a header row/],
    ['a header without responses', '\uFEFFNames\r\n', ['--column', 'Names'], /has a header row but no responses: the survey is empty\./],
    ['binary data', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x0a, 0x00]), ['--column', 'Names'], /is not CSV: it holds binary data/],
    ['a broken quote', 'Names\n"Ana\n', ['--column', 'Names'], /is not valid CSV: .*Export the responses again as CSV\./],
    ['rows of different lengths', 'A,B\n1,2,3\n', ['--column', 'A'], /is not valid CSV/],
    ['a bad threshold', 'Names\nAna\n', ['--column', 'Names', '--threshold', 'ten'], /--threshold expects a whole number/],
    ['no --column', 'Names\nAna\n', [], /Name the column that holds the nominees/],
  ])('rejects %s with one line and exit 2', async (_, csv, args, message) => {
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((text: string) => void errors.push(text));
    try {
      const survey = path.join(dir, 'bad.csv');
      if (csv === undefined) await rm(survey, { force: true });
      else await writeFile(survey, csv);
      expect(await run([survey, ...args], env, NOW)).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(errors).toHaveLength(1);
    expect(errors[0]).not.toContain('\n');
    expect(errors[0]).toMatch(message);
  });

  test.each(['test/fixtures/site/report.json', 'dist/report.csv'])('refuses to write the private report into a published folder (%s)', async (out) => {
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((text: string) => void errors.push(text));
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      expect(await run([SURVEY, '--column', QUESTION, '--out', out], { ...env, INSOURCE_CONTENT: 'test/fixtures/site' }, NOW)).toBe(2);
    } finally {
      process.chdir(cwd);
      spy.mockRestore();
    }
    expect(errors[0]).toMatch(/Refusing to write the report .* the report is private/);
  });
});
