import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { checkDates, DATE_FIELDS, findDateFields } from '../../src/lib/content/checkDates.ts';
import { dateField, knownFields } from '../../src/lib/content/schema/index.ts';

const FORM = 'YYYY-MM-DD, for example 2026-03-14';
const person = (front: string) => `---\nname: Ana\n${front}\n---\n\nAna tests the water.\n`;

describe('the date fields come from the schemas', () => {
  test('every collection and site.yaml', () => {
    expect(DATE_FIELDS).toEqual({
      site: [],
      departments: [],
      people: [['joined'], ['consent', 'date'], ['consent', 'expires']],
      spotlights: [['date'], ['approvals', '[]', 'date']],
      kudos: [['date']],
      newsletter: [['date']],
    });
  });

  test('through optional, default, nullable, list and nested object wrappers', () => {
    const schema = knownFields({
      when: dateField,
      maybe: dateField.optional(),
      events: z.array(knownFields({ at: dateField, notes: z.array(z.object({ seen: dateField.nullable() })).default([]) })).default([]),
      name: z.string(),
    });
    expect(findDateFields(schema)).toEqual([['when'], ['maybe'], ['events', '[]', 'at'], ['events', '[]', 'notes', '[]', 'seen']]);
  });
});

describe('checkDates reads dates as written, before YAML rolls them over', () => {
  test('correct dates and date-times pass', () => {
    const text = person('joined: 2020-01-31\nconsent:\n  status: granted\n  date: 2026-03-14T09:00:00+02:00\n  scope: [profile]\n  expires: 2028-02-29');
    expect(checkDates('people', 'content/people/ana.md', text)).toEqual([]);
  });

  test('every date field of a person, with the field as the editor wrote it', () => {
    const text = person('joined: 12/01/2026\nconsent:\n  status: granted\n  date: 2026-06-31\n  scope: [profile]\n  expires: 2026-13-01');
    expect(checkDates('people', 'content/people/ana.md', text)).toEqual([
      {
        file: 'content/people/ana.md',
        field: 'joined',
        message: '"12/01/2026" is ambiguous: write 2026-12-01 or 2026-01-12 (dates are written YYYY-MM-DD, year first)',
      },
      { file: 'content/people/ana.md', field: 'consent.date', message: `"2026-06-31" is not a date: June 2026 has 30 days (dates are written ${FORM})` },
      {
        file: 'content/people/ana.md',
        field: 'consent.expires',
        message: '"2026-13-01" is not a date: there is no month 13, months run from 01 to 12; if 13 is the day, write 2026-01-13',
      },
    ]);
  });

  test('approvals in a list, in block and flow style, and the story date in MDX', () => {
    const text = [
      '---',
      'title: Night shift',
      'date: 20271205',
      'approvals:',
      '  - role: communications',
      '    by: Oskar',
      '    date: 2026-02-29',
      '  - { role: hr, by: Nadia, date: 2026-6-1 }',
      '  - { role: hr, by: Nadia, date: 2026-06-01 }',
      '---',
      '',
      '<PullQuote>Water first.</PullQuote>',
    ].join('\n');
    expect(checkDates('spotlights', 'content/spotlights/2026/night-shift.mdx', text).map(({ field, message }) => `${field}: ${message}`)).toEqual([
      'date: 20271205 is not written as YYYY-MM-DD: write 2027-12-05',
      `approvals[0].date: "2026-02-29" is not a date: 2026 is not a leap year, so February 2026 has 28 days (dates are written ${FORM})`,
      'approvals[1].date: "2026-6-1" is not written as YYYY-MM-DD: write 2026-06-01',
    ]);
  });

  test('an empty date, a null and a quoted one are all read as written', () => {
    const text = person('joined:\nconsent:\n  date: null\n  expires: "2026-06-31"');
    expect(checkDates('people', 'content/people/ana.md', text).map(({ field, message }) => `${field}: ${message}`)).toEqual([
      `joined: the date is empty: write it as ${FORM}`,
      `consent.date: the date is empty: write it as ${FORM}`,
      `consent.expires: "2026-06-31" is not a date: June 2026 has 30 days (dates are written ${FORM})`,
    ]);
  });

  test('a time without a time zone', () => {
    expect(checkDates('kudos', 'content/kudos/2026/thanks.yaml', 'from: ana\ndate: 2026-03-14T09:00:00\n')).toEqual([
      {
        file: 'content/kudos/2026/thanks.yaml',
        field: 'date',
        message:
          '"2026-03-14T09:00:00" has a time but no time zone, so it is not clear when that is: add Z for UTC (2026-03-14T09:00:00Z) or the offset from UTC (such as 2026-03-14T09:00:00+02:00), or write the date alone (2026-03-14)',
      },
    ]);
  });

  test('a date merged in from an anchor is checked where it lands', () => {
    const text = '---\ndate: 2026-03-14\napprovals:\n  - &first { role: communications, by: Oskar, date: 2026-04-31 }\n  - <<: *first\n    role: hr\n---\n';
    expect(checkDates('spotlights', 'a.md', text).map((issue) => issue.field)).toEqual(['approvals[0].date', 'approvals[1].date']);
  });

  test('a newsletter issue, with a byte-order mark and Windows line ends', () => {
    const text = '\uFEFF---\r\ntitle: November\r\ndate: 2026-11-31\r\n---\r\n\r\nDear readers,\r\n';
    expect(checkDates('newsletter', 'content/newsletter/2026-11.md', text).map((issue) => issue.field)).toEqual(['date']);
  });

  test('missing fields, fields of the wrong shape and files without front matter are left to the schema', () => {
    expect(checkDates('people', 'a.md', person('role: Chemist'))).toEqual([]);
    expect(checkDates('people', 'a.md', person('consent: yes'))).toEqual([]);
    expect(checkDates('spotlights', 'a.md', '---\napprovals: none\n---\n')).toEqual([]);
    expect(checkDates('spotlights', 'a.md', 'No front matter here, 2026-06-31.')).toEqual([]);
    expect(checkDates('kudos', 'a.yaml', '')).toEqual([]);
  });

  test('a date in a field that is not a date field is not its business', () => {
    expect(checkDates('people', 'a.md', person('role: 2026-06-31\njoined: 2020-01-01'))).toEqual([]);
  });

  test('TOML front matter, whose dates it cannot read, is refused', () => {
    expect(checkDates('people', 'a.md', '+++\njoined = 2026-06-30T09:00:00\n+++\n')).toEqual([
      { file: 'a.md', field: '(front matter)', message: 'front matter is written in YAML between two --- lines, not in TOML between +++ lines' },
    ]);
  });

  test('YAML it cannot read fails closed', () => {
    const [issue] = checkDates('kudos', 'a.yaml', 'date: [2026-06-31\n');
    expect(issue).toMatchObject({ file: 'a.yaml', field: '(file)' });
    expect(issue!.message).toMatch(/^the dates in this file cannot be checked, since it is not valid YAML \(.+\)$/);
  });
});
