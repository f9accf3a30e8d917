import { expect, test } from 'vitest';
import { formatDate } from '../../src/lib/pages/formatDate.ts';

test('a date reads in the site’s language, in UTC, the same however often it is asked for', () => {
  const date = new Date('2026-11-30T23:30:00-05:00');
  expect(formatDate(date, 'en')).toBe('December 1, 2026');
  expect(formatDate(date, 'en-GB')).toBe('1 December 2026');
  expect(formatDate(date, 'de')).toBe('1. Dezember 2026');
  expect(formatDate(new Date('2026-01-02'), 'en')).toBe('January 2, 2026');
});
