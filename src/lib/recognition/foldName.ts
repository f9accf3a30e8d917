/**
 * The key two spellings of a name share when they name the same person: Unicode compatibility
 * normalisation, diacritics removed, case folded, whitespace collapsed ("  josé  GARCIA " and
 * "Jose Garcia" both give "jose garcia"). Typographic apostrophes and hyphens count as plain ones.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFC');
}
