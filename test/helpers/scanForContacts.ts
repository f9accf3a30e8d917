/**
 * A deliberately blunt scan for contact details, kept apart from the build's own check
 * (src/lib/findContactDetails.ts) so that a gap in one is not hidden by the other: anything with an @
 * between word characters and a dotted domain, and any run of seven or more digits however they are
 * grouped, except ISO dates. Code in executable scripts is skipped; JSON-LD is scanned.
 */
export function scanForContacts(text: string): string[] {
  const prose = text.replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '');
  const emails = prose.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [];
  const runs = (prose.match(/(?<![\w/.-])\+?\(?\d[\d ().-]{5,}\d/g) ?? []).filter(
    (run) => run.replace(/\D/g, '').length >= 7 && !/^\d{4}-\d{2}-\d{2}/.test(run),
  );
  return [...new Set([...emails, ...runs])];
}
