/** E-mail addresses, such as ana.silva@example.org. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Runs of digits with single spaces, dots, hyphens or brackets between them, not inside a word, file name or path. */
const NUMBER_RUN = /(?<![\p{L}\p{N}_@/#.-])(?:\+|\()?\d(?:\d|[ .-](?=\(?\d)|\((?=\d)|\)(?=[ .-]?\d))*\d(?![\p{L}\p{N}_/])/gu;

/** Whether a run of digits reads as a phone number rather than a date, a year range or a large number. */
export function looksLikePhone(run: string): boolean {
  const digits = run.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(run)) return false; // 2026-03-14
  if (/^(?:1[89]|2[01])\d{2}(?:[ -]+(?:1[89]|2[01])\d{2})+$/.test(run)) return false; // 1998-2004-2010
  if (/^\d{1,3}(?:[ ,.]\d{3})+$/.test(run)) return false; // 120 000 000
  if (/^\d+$/.test(run) && !run.startsWith('0')) return false; // 12345678, but not 07700900123
  return true;
}

/** An e-mail address or phone number reduced to what identifies it: lowercase, or digits only. */
function normalise(contact: string): string {
  return contact.includes('@') ? contact.toLowerCase() : contact.replace(/\D/g, '');
}

/** E-mail addresses and phone numbers in published text, except the organisation's own published contacts. */
export function findContactDetails(text: string, allowed: readonly string[] = []): string[] {
  const known = new Set(allowed.map(normalise));
  const emails = [...text.matchAll(EMAIL)].map((match) => match[0]);
  const phones = [...text.matchAll(NUMBER_RUN)].map((match) => match[0].trim()).filter(looksLikePhone);
  return [...new Set([...emails, ...phones])].filter((hit) => !known.has(normalise(hit)));
}
