/** E-mail addresses, such as ana.silva@example.org. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Phone numbers: international (+44 20 7946 0958) or grouped national ((020) 7946 0958, 555-0142-123). */
const PHONE =
  /(?:\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){2,4})|(?:\(\d{2,5}\)[\s.-]?\d{3,4}[\s.-]?\d{3,4})|(?:\b\d{3,5}[\s.-]\d{3,4}[\s.-]\d{3,4}\b)/g;

/** E-mail addresses and phone numbers in published text, except the organisation's own published contacts. */
export function findContactDetails(text: string, allowed: readonly string[] = []): string[] {
  const found = [...text.matchAll(EMAIL), ...text.matchAll(PHONE)].map((match) => match[0].trim());
  return [...new Set(found)].filter((hit) => !allowed.includes(hit));
}
