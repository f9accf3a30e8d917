import { describe, expect, test } from 'vitest';
import { readDate } from '../../src/lib/content/dates.ts';

const FORM = 'YYYY-MM-DD, for example 2026-03-14';

describe('readDate accepts real dates written YYYY-MM-DD, and ISO 8601 dates and times with a zone', () => {
  test.each([
    ['2026-03-14', '2026-03-14T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z'],
    ['2026-12-31', '2026-12-31T00:00:00.000Z'],
    ['0026-01-01', '0026-01-01T00:00:00.000Z'],
    ['2026-03-14T09:00:00Z', '2026-03-14T09:00:00.000Z'],
    ['2026-03-14T09:00Z', '2026-03-14T09:00:00.000Z'],
    ['2026-03-14T09:00:00+02:00', '2026-03-14T07:00:00.000Z'],
    ['2026-03-14T01:00:00+02:00', '2026-03-13T23:00:00.000Z'],
    ['2026-03-14T09:00:00.250-05:30', '2026-03-14T14:30:00.250Z'],
  ])('%s', (written, iso) => {
    expect(readDate(written)).toEqual({ date: new Date(iso) });
  });
});

describe('readDate refuses everything else, saying what is wrong, the right form and, where it can, what was meant', () => {
  test.each([
    ['12/01/2026', '"12/01/2026" is ambiguous: write 2026-12-01 or 2026-01-12 (dates are written YYYY-MM-DD, year first)'],
    ['12.01.2026', '"12.01.2026" is ambiguous: write 2026-12-01 or 2026-01-12 (dates are written YYYY-MM-DD, year first)'],
    ['25/01/2026', '"25/01/2026" is not written as YYYY-MM-DD: write 2026-01-25'],
    ['01/25/2026', '"01/25/2026" is not written as YYYY-MM-DD: write 2026-01-25'],
    ['03/03/2026', '"03/03/2026" is not written as YYYY-MM-DD: write 2026-03-03'],
    ['2026/06/01', '"2026/06/01" is not written as YYYY-MM-DD: write 2026-06-01'],
    ['2026-6-1', '"2026-6-1" is not written as YYYY-MM-DD: write 2026-06-01'],
    ['2026\u201303\u201314', '"2026\u201303\u201314" is not written as YYYY-MM-DD: write 2026-03-14'],
    ['20271205', '"20271205" is not written as YYYY-MM-DD: write 2027-12-05'],
    [20271205, '20271205 is not written as YYYY-MM-DD: write 2027-12-05'],
    ['2026-06-31', `"2026-06-31" is not a date: June 2026 has 30 days (dates are written ${FORM})`],
    ['2026-02-29', `"2026-02-29" is not a date: 2026 is not a leap year, so February 2026 has 28 days (dates are written ${FORM})`],
    ['1900-02-29', `"1900-02-29" is not a date: 1900 is not a leap year, so February 1900 has 28 days (dates are written ${FORM})`],
    ['2026-13-01', '"2026-13-01" is not a date: there is no month 13, months run from 01 to 12; if 13 is the day, write 2026-01-13'],
    ['2026-00-10', `"2026-00-10" is not a date: there is no month 00, months run from 01 to 12 (dates are written ${FORM})`],
    ['2026-01-00', `"2026-01-00" is not a date: there is no day 00 in a month (dates are written ${FORM})`],
    ['2026-6-31', `"2026-6-31" is not a date: June 2026 has 30 days (dates are written ${FORM})`],
    [
      '2026-03-14T09:00:00',
      '"2026-03-14T09:00:00" has a time but no time zone, so it is not clear when that is: add Z for UTC (2026-03-14T09:00:00Z) or the offset from UTC (such as 2026-03-14T09:00:00+02:00), or write the date alone (2026-03-14)',
    ],
    ['2026-03-14 09:00:00Z', '"2026-03-14 09:00:00Z" is not written as an ISO 8601 date and time: write 2026-03-14T09:00:00Z'],
    ['2026-03-14T9:00+0200', '"2026-03-14T9:00+0200" is not written as an ISO 8601 date and time: write 2026-03-14T09:00+02:00'],
    ['2026-03-14T24:00Z', '"2026-03-14T24:00Z" is not a time of day: hours run from 00 to 23, minutes and seconds from 00 to 59, as in 2026-03-14T09:00:00Z'],
    ['2026-06-31T09:00Z', `"2026-06-31T09:00Z" is not a date: June 2026 has 30 days (dates are written ${FORM})`],
    ['2026-03-14T09:00+25:00', '"2026-03-14T09:00+25:00" has no time zone +25:00: write the offset from UTC, such as +02:00 or -05:00'],
    [' 2026-03-14', '" 2026-03-14" is not written as YYYY-MM-DD: write 2026-03-14'],
    ['', `the date is empty: write it as ${FORM}`],
    ['  ', `the date is empty: write it as ${FORM}`],
    [null, `the date is empty: write it as ${FORM}`],
    [undefined, `the date is empty: write it as ${FORM}`],
    ['2026', `"2026" is only a year: write a whole date as ${FORM}`],
    [2026, `2026 is only a year: write a whole date as ${FORM}`],
    [0, `0 is a number, not a date: write it as ${FORM}`],
    [1.5, `1.5 is a number, not a date: write it as ${FORM}`],
    ['last spring', `"last spring" is not a date: write it as ${FORM}`],
    ['March 14, 2026', `"March 14, 2026" is not a date: write it as ${FORM}`],
    [true, `expected a date written as ${FORM}`],
    [['2026-03-14'], `expected a date written as ${FORM}`],
    [new Date('2026-03-14'), `expected a date written as ${FORM}`],
  ])('%j', (written, problem) => {
    expect(readDate(written)).toEqual({ problem });
  });
});
