/**
 * Finds e-mail addresses and phone numbers in text as a reader sees it. The text is first reduced to what
 * it reads as: invisible characters (zero-width spaces, soft hyphens, direction marks) are dropped and
 * compatibility forms are folded (NFKC), so no-break and thin spaces become spaces, and full-width digits
 * and `＠` plain ones. `readableTexts` (src/lib/readableTexts.ts) turns a built file into such text.
 */

/** Characters that show nothing, or only steer how the text around them is shown. */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;

/** Text as a reader sees it: no invisible characters, compatibility forms folded. */
export function readerForm(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFKC');
}

/** E-mail addresses, such as ana.silva@example.org; only from the start of a run of address characters, so that long runs are read once. */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** Hyphens and dashes as NFKC leaves them: hyphen-minus, hyphen to horizontal bar (en and em dash), minus sign. */
const DASH = String.raw`\-\u2010-\u2015\u2212`;
/** What separates the groups of a phone number: up to three spaces, or a dash, dot or slash with up to two spaces around it. */
const GAP = String.raw`(?:[ \t]{1,3}|[ \t]{0,2}[${DASH}./][ \t]{0,2})`;
/**
 * Runs of digits in groups: a leading + or opening bracket, then digits with gaps and brackets around a
 * group, ending with a digit. Not inside a word, a file name or a path: no letter, digit, _, @, /, #, dot
 * or dash runs into it.
 */
const NUMBER_RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@/#.${DASH}+])(?:\+[ \t]?)?(?:\([ \t]?)?\d(?:\d|${GAP}(?=\(?\d)|\((?=\d)|\)${GAP}?(?=\(?\d))*\d(?![\p{L}\p{N}_/])`,
  'gu',
);
/** A `tel:` link target: a phone number whatever its digits. */
const TEL = new RegExp(String.raw`\btel:(?://)?((?:\+[ \t]?)?\(?\d(?:[\d \t()${DASH}./+]*\d)?)`, 'giu');

/** One date, time, year or large number: 2026-03-14, 14.03.2026, 3/14/26, 05:00, 1998, 120 000 000. */
const ITEM = String.raw`(?:\d{4}[${DASH}./]\d{1,2}[${DASH}./]\d{1,2}|\d{1,2}[${DASH}./]\d{1,2}[${DASH}./](?:\d{4}|\d{2})|\d{1,2}[.:]\d{2}|(?:1[89]|2[01])\d{2}|[1-9]\d{0,2}(?:[ .,]\d{3})+)`;
/** Dates, times, years and large numbers, alone or as ranges: 1998–2004, 05.00–13.30, 14/03/2026 - 15/03/2026. */
const CALENDAR_OR_AMOUNT = new RegExp(String.raw`^${ITEM}(?:[ \t]*[${DASH}/][ \t]*${ITEM})*$`, 'u');

/** Whether a run of digits reads as a phone number rather than a date, a year range, a version or a large number. */
export function looksLikePhone(run: string): boolean {
  const digits = run.replace(/\D/g, '');
  const dialled = run.startsWith('00') ? digits.slice(2) : digits;
  if (dialled.length < 7 || dialled.length > 15) return false;
  if (run.startsWith('+')) return true;
  if (CALENDAR_OR_AMOUNT.test(run)) return false;
  if (/^\d+$/.test(run)) return run.startsWith('0'); // 07700900123, but not an id such as 12345678
  if (/^(?:0|[1-9]\d{0,3})\.\d+$/.test(run)) return false; // 3.14159265
  const groups = run.split(/\D+/);
  if (groups.filter((group) => group.length === 1).length > 2) return false; // a sequence such as 1-2-3-4-5-6-7
  if (/^[\d.]+$/.test(run) && groups.slice(1).some((group) => group.length === 1)) return false; // version 10.0.19041.1234
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(run) && groups.every((group) => Number(group) <= 255)) return false; // 192.168.100.200
  return true;
}

/** An e-mail address or phone number reduced to what identifies it: lowercase, or its digits without a leading 00. */
export function contactKey(contact: string): string {
  const reader = readerForm(contact).trim();
  return reader.includes('@') ? reader.toLowerCase() : reader.replace(/\D/g, '').replace(/^00/, '');
}

/** E-mail addresses and phone numbers in published text, in order, except the organisation's own published contacts. */
export function findContactDetails(text: string, allowed: readonly string[] = []): string[] {
  const known = new Set(allowed.map(contactKey));
  const reader = readerForm(text);
  const found: { at: number; hit: string }[] = [];
  for (const match of reader.matchAll(EMAIL)) found.push({ at: match.index, hit: match[0] });
  for (const match of reader.matchAll(TEL)) found.push({ at: match.index, hit: match[1]! });
  // Runs are looked for outside tel: targets, which count whatever their digits.
  const rest = reader.replace(TEL, (target) => ' '.repeat(target.length));
  for (const match of rest.matchAll(NUMBER_RUN)) if (looksLikePhone(match[0])) found.push({ at: match.index, hit: match[0] });
  const hits = found.sort((a, b) => a.at - b.at).map(({ hit }) => hit.replace(/\s+/g, ' '));
  return [...new Set(hits)].filter((hit) => !known.has(contactKey(hit)));
}
