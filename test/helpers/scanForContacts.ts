import { parseHTML } from 'linkedom';

/** Elements whose text runs on with the text around them. */
const INLINE = new Set('a abbr b bdi bdo cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var wbr'.split(' '));

/**
 * A deliberately blunt scan for contact details, kept apart from the build's own check
 * (src/lib/findContactDetails.ts and readableTexts.ts) so that a gap in one is not hidden by the other:
 * anything with an @ between word characters and a dotted domain, any `tel:` target with a digit, and
 * any run of seven or more digits however they are grouped (spaces of any width, dashes, dots, slashes,
 * brackets), except ISO dates. Code in executable scripts is skipped; JSON-LD is scanned.
 *
 * The text is scanned as written and in every decoded reading: parsed by another HTML parser than the
 * build's (linkedom), with markup dropped so that text in inline elements joins the text around it
 * (`<em>ada</em>@…`), other elements break lines, and entities are decoded; each attribute value; JSON string escapes undone; each of these percent-decoded, with
 * the + of query strings read as a space; and all with invisible characters dropped and compatibility
 * forms (no-break and thin spaces, full-width characters) folded.
 */
export function scanForContacts(text: string): string[] {
  const prose = text.replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '');
  const readings = [prose];
  if (/[<&]/.test(prose)) {
    // linkedom reads a text without <html> as a fragment only inside a document.
    const { document } = parseHTML(/<html[\s>]/i.test(prose) ? prose : `<!doctype html><html><body>${prose}</body></html>`);
    for (const element of [...document.querySelectorAll('*')]) {
      for (const attribute of element.attributes) readings.push(attribute.value);
      // Text in inline elements joins the text around it; any other element breaks the line.
      if (!INLINE.has(element.localName) && element.parentElement) {
        element.before('\n');
        element.after('\n');
      }
    }
    readings.push(document.documentElement.textContent ?? '');
  }
  readings.push(prose.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  for (const reading of [...readings]) {
    if (!/%[0-9a-f]{2}/i.test(reading)) continue;
    const decoded = reading.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
    readings.push(decoded, decoded.replaceAll('+', ' '));
  }
  const hits: string[] = [];
  for (const reading of readings) {
    const folded = reading.replace(/[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g, '').normalize('NFKC');
    hits.push(...(folded.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []));
    hits.push(...[...folded.matchAll(/tel:([+(]?[\d ().\-\u2010-\u2015\u2212/]*\d)/gi)].map((match) => match[1]!));
    hits.push(
      ...(folded.match(/(?<![\w/.-])\+?\(?\d[\d ().\-\u2010-\u2015\u2212/]{5,}\d/g) ?? []).filter(
        (run) => run.replace(/\D/g, '').length >= 7 && !/^\d{4}-\d{2}-\d{2}/.test(run),
      ),
    );
  }
  return [...new Set(hits.map((hit) => hit.replace(/\s+/g, ' ').trim()))];
}
