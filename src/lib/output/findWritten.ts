/** A place in a text file, counted from 1 as editors see it. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Where a link address, as a built page holds it, is written in a source file: as is, as typed before
 * Markdown percent-encoded it (/people/zoë/ for /people/zo%C3%AB/), or with & written &amp; in HTML.
 */
export function findWritten(source: string, href: string): TextPosition[] {
  const forms = new Set([href, href.replaceAll('&', '&amp;')]);
  try {
    forms.add(decodeURI(href));
  } catch {
    // Not valid percent-encoding: it can only have been typed as is.
  }
  const offsets = new Set<number>();
  for (const form of forms) {
    if (!form) continue;
    for (let at = source.indexOf(form); at >= 0; at = source.indexOf(form, at + 1)) offsets.add(at);
  }
  return [...offsets]
    .sort((a, b) => a - b)
    .map((offset) => {
      const before = source.slice(0, offset);
      return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
    });
}
