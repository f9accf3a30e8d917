/**
 * Strict reading of the dates editors write. `new Date` and YAML accept far too much: `12/01/2026` is read
 * as 1 December, `2026-06-31` rolls over to 1 July, `20271205` and an empty value become 1970. Here only a
 * real calendar date written `YYYY-MM-DD`, or an ISO 8601 date and time with a time zone, is a date; anything
 * else gets a message saying what is wrong, what the right form looks like and, where it can be guessed,
 * what the editor meant.
 */

/** The form every message shows. */
export const DATE_FORM = 'YYYY-MM-DD, for example 2026-03-14';

/** A value read as a date, or why it is not one. */
export type DateReading = { date: Date; problem?: undefined } | { date?: undefined; problem: string };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Something that looks like a date and a time, written loosely: space or t, one-digit hour, no zone, +0200. */
const LOOSE_DATE_TIME = /^(\d{4}-\d{1,2}-\d{1,2})[Tt ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
/** A date with the year first but other separators or one-digit months and days: 2026-6-1, 2026/06/01, 2026.6.1. */
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
/** Characters that look like a hyphen but are not one: en and em dash, minus, non-breaking hyphen and others. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => (month === 2 && isLeapYear(year) ? 29 : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!);
const isCalendarDate = (year: number, month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
const ymd = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const quoted = (value: string) => JSON.stringify(value);

/** A UTC moment from its parts; unlike Date.UTC, years below 100 stay themselves. */
function utc(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0, ms = 0): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date;
}

/** Why year-month-day is not a day of the calendar, and what to write if month and day were swapped; undefined for a real day. */
function calendarProblem(year: number, month: number, day: number): { reason: string; swapped?: string } | undefined {
  if (month < 1 || month > 12) {
    const reason = `there is no month ${pad(month)}, months run from 01 to 12`;
    return isCalendarDate(year, day, month) ? { reason, swapped: `if ${pad(month)} is the day, write ${ymd(year, day, month)}` } : { reason };
  }
  if (day < 1) return { reason: `there is no day ${pad(day)} in a month` };
  if (day <= daysIn(year, month)) return undefined;
  if (month === 2 && day === 29) return { reason: `${pad(year, 4)} is not a leap year, so February ${pad(year, 4)} has 28 days` };
  return { reason: `${MONTHS[month - 1]} ${pad(year, 4)} has ${daysIn(year, month)} days` };
}

/** The message for a day that does not exist: the reason, then the swapped reading or else the form to use. */
function notADay(written: string, { reason, swapped }: { reason: string; swapped?: string }): string {
  const instead = swapped ? `; ${swapped}` : ` (dates are written ${DATE_FORM})`;
  return `${quoted(written)} is not a date: ${reason}${instead}`;
}

/** What an editor probably meant by a date written another way, as the dates to write instead (none, one or two). */
function guess(text: string): string[] {
  const written = text.trim().replace(DASHES, '-');
  // 20271205
  let match = /^(\d{4})(\d{2})(\d{2})$/.exec(written);
  if (match) {
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    return isCalendarDate(year, month, day) ? [ymd(year, month, day)] : [];
  }
  match = YEAR_FIRST.exec(written);
  if (match) {
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    return isCalendarDate(year, month, day) ? [ymd(year, month, day)] : [];
  }
  // 12/01/2026, 12.01.2026, 12-01-2026: day first or month first, depending on who wrote it
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(written);
  if (match) {
    const [first, second, year] = match.slice(1).map(Number) as [number, number, number];
    const readings = [
      [year, first, second],
      [year, second, first],
    ].filter(([y, m, d]) => isCalendarDate(y!, m!, d!));
    return [...new Set(readings.map(([y, m, d]) => ymd(y!, m!, d!)))];
  }
  return [];
}

/** A problem with a date written in some other form, with what the editor probably meant when that can be told. */
function otherFormProblem(text: string): string {
  const guesses = guess(text);
  if (guesses.length === 2) return `${quoted(text)} is ambiguous: write ${guesses[0]} or ${guesses[1]} (dates are written YYYY-MM-DD, year first)`;
  if (guesses.length === 1) return `${quoted(text)} is not written as YYYY-MM-DD: write ${guesses[0]}`;
  if (/^\d{4}$/.test(text.trim())) return `${quoted(text)} is only a year: write a whole date as ${DATE_FORM}`;
  return `${quoted(text)} is not a date: write it as ${DATE_FORM}`;
}

/** The parts of a date and time: the date as Y-M-D, the time as numbers, the zone as written (Z, +02:00, +0200, +02) or missing. */
interface DateTimeParts {
  date: string;
  hours: number;
  minutes: number;
  seconds?: number | undefined;
  fraction?: string | undefined;
  zone?: string | undefined;
}

/** Why a date and time cannot be used, or the moment it names. */
function readDateTime(text: string, parts: DateTimeParts, strict: boolean): DateReading {
  const [year, month, dayOfMonth] = parts.date.split('-').map(Number) as [number, number, number];
  const calendar = calendarProblem(year, month, dayOfMonth);
  if (calendar) return { problem: notADay(text, calendar) };
  const { hours, minutes, seconds = 0 } = parts;
  if (hours > 23 || minutes > 59 || seconds > 59)
    return { problem: `${quoted(text)} is not a time of day: hours run from 00 to 23, minutes and seconds from 00 to 59, as in 2026-03-14T09:00:00Z` };
  const date = ymd(year, month, dayOfMonth);
  const time = `${pad(hours)}:${pad(minutes)}${parts.seconds === undefined ? '' : `:${pad(seconds)}${parts.fraction ?? ''}`}`;
  if (!parts.zone) {
    return {
      problem: `${quoted(text)} has a time but no time zone, so it is not clear when that is: add Z for UTC (${date}T${time}Z) or the offset from UTC (such as ${date}T${time}+02:00), or write the date alone (${date})`,
    };
  }
  const [, sign = '+', offsetHours = '00', offsetMinutes = '00'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(parts.zone) ?? [];
  const zone = /^z$/i.test(parts.zone) ? 'Z' : `${sign}${offsetHours}:${offsetMinutes}`;
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)
    return { problem: `${quoted(text)} has no time zone ${zone}: write the offset from UTC, such as +02:00 or -05:00` };
  if (!strict) return { problem: `${quoted(text)} is not written as an ISO 8601 date and time: write ${date}T${time}${zone}` };
  const ms = parts.fraction ? Math.floor(Number(`0${parts.fraction}`) * 1000) : 0;
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  return { date: new Date(utc(year, month, dayOfMonth, hours, minutes, seconds, ms).getTime() - offset * 60_000) };
}

/**
 * Reads a date as written in a content file, before any YAML or `new Date` has interpreted it: a string
 * `YYYY-MM-DD` (midnight UTC that day) or an ISO 8601 date and time with Z or an offset, such as
 * 2026-03-14T09:00:00Z or 2026-03-14T09:00+02:00. Everything else, including numbers, empty values, days
 * that do not exist and times without a zone, is a problem.
 */
export function readDate(value: unknown): DateReading {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return { problem: `the date is empty: write it as ${DATE_FORM}` };
  }
  if (typeof value === 'number') {
    const guesses = Number.isInteger(value) ? guess(String(value)) : [];
    if (guesses.length > 0) return { problem: `${value} is not written as YYYY-MM-DD: write ${guesses[0]}` };
    if (Number.isInteger(value) && value >= 1000 && value <= 9999) return { problem: `${value} is only a year: write a whole date as ${DATE_FORM}` };
    return { problem: `${value} is a number, not a date: write it as ${DATE_FORM}` };
  }
  if (typeof value !== 'string') return { problem: `expected a date written as ${DATE_FORM}` };

  const day = DATE.exec(value);
  if (day) {
    const [year, month, dayOfMonth] = day.slice(1).map(Number) as [number, number, number];
    const problem = calendarProblem(year, month, dayOfMonth);
    return problem ? { problem: notADay(value, problem) } : { date: utc(year, month, dayOfMonth) };
  }
  const cleaned = value.trim().replace(DASHES, '-');
  const dateTime = LOOSE_DATE_TIME.exec(cleaned);
  if (dateTime) {
    const [date, hours, minutes, seconds, fraction, zone] = dateTime.slice(1) as [string, string, string, string?, string?, string?];
    const parts = { date, hours: Number(hours), minutes: Number(minutes), seconds: seconds === undefined ? undefined : Number(seconds), fraction, zone };
    return readDateTime(value, parts, DATE_TIME.test(value));
  }
  const yearFirst = YEAR_FIRST.exec(cleaned);
  if (yearFirst) {
    const [year, month, dayOfMonth] = yearFirst.slice(1).map(Number) as [number, number, number];
    const problem = calendarProblem(year, month, dayOfMonth);
    if (problem) return { problem: notADay(value, problem) };
  }
  return { problem: otherFormProblem(value) };
}
