import { decodeHTML } from 'entities';

/**
 * Finding the names of people who may not be shown in text that is about to be published.
 *
 * Text is compared as a sequence of words, so a name never matches inside another word ("Ada" is not in
 * "Adam"), and whatever can hide a name is undone first:
 *
 * - HTML character references are decoded (`Ada&nbsp;Lovelace`, `&#65;da`);
 * - tags are taken out: inline ones (`<b>`, `<em>`, `<span>` ...) join the text around them, since
 *   `Love<b>lace</b>` reads as one word, and every other tag (`<br>`, `<p>`) separates words. Attribute values
 *   (`alt="..."`, `by="..."`, `href="..."`) are read as text of their own, because pages show or link them;
 * - Markdown emphasis marks (`*`, `_`, `~`, `` ` ``), backslash escapes and invisible characters (zero-width
 *   spaces and joiners, soft hyphens) are read both as nothing and as a space, so `*Ada* Lovelace`,
 *   `Ada**Love**lace` and `Ada_Lovelace` all match;
 * - case, Unicode normalisation (NFC or NFD, compatibility forms such as full-width letters) and accents on
 *   Latin, Greek and Cyrillic letters (and Arabic and Hebrew vowel marks) do not count: `Zoe Angstrom` matches
 *   `Zoë Ångström`, which is the safer way for a privacy check to err;
 * - any other punctuation, line breaks and runs of spaces separate words, so `Ada Lovelace's`, `Ada\nLovelace`
 *   and `Lovelace-Byron` (as `lovelace byron`) are read word by word.
 *
 * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese) are compared
 * character by character, since nothing marks where a word ends.
 *
 * A person's id counts too, written whole the way ids are (`ada-lovelace`, as in a URL, `#ada-lovelace` or a
 * tag), when it has more than one word; an id of one word (`kai`) is an ordinary word in text, so it counts
 * only in a link to the person's page (`people/kai`) and as a tag on its own. A longer id or tag that
 * contains the name (`ada-lovelace-fan`) is found by the name.
 *
 * A name that is also the name of a person who may be shown is not reported where that person's name is
 * written in full: `Ada Lovelace-Byron` is not `Ada Lovelace`, and two people called `Sam Lee` cannot be told
 * apart, so the one who may be shown keeps their name.
 */

/** A person as the check knows them: their id and name. */
export interface NamedPerson {
  id: string;
  name: string;
}

/** The names to look for, prepared once per build: see {@link privateNames}. */
export interface NameIndex {
  readonly hidden: readonly CompiledName[];
  readonly shown: readonly CompiledName[];
  /** The hidden names by their first word, so a text is read once however many names there are. */
  readonly hiddenByFirst: ReadonlyMap<string, readonly CompiledName[]>;
  /** The shown names by their first word. */
  readonly shownByFirst: ReadonlyMap<string, readonly CompiledName[]>;
  /**
   * Finds the longest word of any hidden name anywhere in a text, as part of a word or not: a text without one
   * names nobody by name, and is not split into words. Undefined when no name is looked for.
   */
  readonly hiddenWord: RegExp | undefined;
  /** Ids to look for written as ids (hyphenated), for ids of more than one word: by the id as written. */
  readonly ids: ReadonlyMap<string, string>;
  /** Ids to look for in a link to the person's page (`people/<id>`): by the id as written. */
  readonly pages: ReadonlyMap<string, string>;
  /** The same two for ids with characters other than letters, digits and hyphens, which need a pattern each. */
  readonly patterns: readonly { id: string; pattern: RegExp }[];
  /** Tags that name a hidden person on their own: their id, and their name as a tag. */
  readonly tags: ReadonlyMap<string, string>;
}

interface CompiledName {
  id: string;
  words: readonly string[];
}

/**
 * Prepares the names of `hidden` people for {@link findPrivateNames}. A hidden person whose name is also the
 * name of someone in `shown` is not looked for by that name (by id they still are, in links to their page).
 */
export function privateNames(hidden: readonly NamedPerson[], shown: readonly NamedPerson[] = []): NameIndex {
  const compile = (person: NamedPerson): CompiledName => ({ id: person.id, words: words(fold(person.name)) });
  const shownNames = shown.map(compile).filter((name) => name.words.length > 0);
  const shownKeys = new Set(shownNames.map((name) => name.words.join(' ')));
  const hiddenNames = hidden.map(compile).filter((name) => name.words.length > 0);
  const ids = new Map<string, string>();
  const pages = new Map<string, string>();
  const patterns: { id: string; pattern: RegExp }[] = [];
  const tags = new Map<string, string>();
  for (const person of hidden) {
    const id = fold(person.id);
    const idWords = words(id);
    // An id that reads as a shown person's name ("sam-lee" when a Sam Lee may be shown) is theirs as much
    // as the hidden person's, except in a link to the hidden person's page.
    const ambiguous = shownKeys.has(idWords.join(' '));
    // An id of letters, digits and hyphens is found as a whole run of those (a lookup per run of the text);
    // any other id by a pattern of its own.
    const plain = ID_RUN_WHOLE.test(id);
    if (!ambiguous && id.includes('-')) {
      if (plain) ids.set(id, person.id);
      else patterns.push({ id: person.id, pattern: new RegExp(`(?<![\\p{L}\\p{N}-])${escape(id)}(?![\\p{L}\\p{N}-])`, 'u') });
    }
    if (plain) pages.set(id, person.id);
    else patterns.push({ id: person.id, pattern: new RegExp(`people/${escape(id)}(?![\\p{L}\\p{N}-])`, 'u') });
    if (!ambiguous) tags.set(id, person.id);
    const name = words(fold(person.name));
    if (name.length > 0 && !shownKeys.has(name.join(' '))) tags.set(name.join('-'), person.id);
  }
  // One pattern of plain alternatives, without the `u` flag: a search for many words at once that takes about as
  // long as for one. A word's characters match as the same code units either way. The longest word of a name is
  // the one least likely to be found by chance.
  const longest = new Set(hiddenNames.map((name) => name.words.reduce((a, b) => (b.length > a.length ? b : a))));
  const hiddenWord = longest.size > 0 ? new RegExp([...longest].map(escape).join('|')) : undefined;
  return {
    hidden: hiddenNames,
    shown: shownNames,
    hiddenByFirst: byFirstWord(hiddenNames),
    shownByFirst: byFirstWord(shownNames),
    hiddenWord,
    ids,
    pages,
    patterns,
    tags,
  };
}

/** A letter, digit or hyphen: what an id is written with. */
const ID_CHAR = /^[\p{L}\p{N}-]$/u;
/** The run of letters, digits and hyphens from a position on. */
const ID_RUN_AT = /[\p{L}\p{N}-]*/uy;

/**
 * Every whole run of letters, digits and hyphens that holds a hyphen: how an id of more than one word is
 * delimited in text (only those are looked for as written, see `ids`). Found from each hyphen outwards, so
 * text without hyphens costs one search.
 */
function hyphenatedRuns(text: string): string[] {
  const runs: string[] = [];
  for (let hyphen = text.indexOf('-'); hyphen >= 0;) {
    let start = hyphen;
    while (start > 0) {
      // The character before, a surrogate pair taken whole.
      const pair = start > 1 && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2));
      const before = pair ? text.slice(start - 2, start) : text[start - 1]!;
      if (!ID_CHAR.test(before)) break;
      start -= before.length;
    }
    ID_RUN_AT.lastIndex = start;
    const run = ID_RUN_AT.exec(text)![0];
    runs.push(run);
    hyphen = text.indexOf('-', start + run.length);
  }
  return runs;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const ID_RUN_WHOLE = /^[\p{L}\p{N}-]+$/u;
/** A link to a person's page: `people/` and the run after it (every one, so `people/people/ada` counts too). */
const PAGE = 'people/';
const RUN_AT = /[\p{L}\p{N}-]*/uy;

function byFirstWord(names: readonly CompiledName[]): Map<string, CompiledName[]> {
  const index = new Map<string, CompiledName[]>();
  for (const name of names) index.set(name.words[0]!, [...(index.get(name.words[0]!) ?? []), name]);
  return index;
}

/**
 * The ids of the hidden people that a text names, each once, in the order of `names`. Pass `tag: true` for a
 * tag, which also names a person when it is exactly their id, even an id of one word.
 */
export function findPrivateNames(text: string, names: NameIndex, options: { tag?: boolean } = {}): string[] {
  if (names.hidden.length === 0 && names.pages.size === 0 && names.patterns.length === 0) return [];
  const found = new Set<string>();
  const add = (id: string | undefined) => id !== undefined && found.add(id);
  for (const version of readings(text)) {
    if (names.hiddenWord?.test(version)) for (const id of namesIn(words(version), names)) found.add(id);
    if (names.ids.size > 0) for (const run of hyphenatedRuns(version)) add(names.ids.get(run));
    if (names.pages.size > 0) {
      for (let at = version.indexOf(PAGE); at >= 0; at = version.indexOf(PAGE, at + 1)) {
        RUN_AT.lastIndex = at + PAGE.length;
        add(names.pages.get(RUN_AT.exec(version)![0]));
      }
    }
    for (const { id, pattern } of names.patterns) if (pattern.test(version)) found.add(id);
  }
  if (options.tag) {
    const id = names.tags.get(fold(text).trim());
    if (id) found.add(id);
  }
  const order = new Map(names.hidden.map((name, i) => [name.id, i]));
  return [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** Ids of hidden people whose whole name appears as consecutive words, unless a shown person's name covers it. */
function namesIn(text: readonly string[], names: NameIndex): string[] {
  const found: string[] = [];
  const hiddenSpans = spans(text, names.hiddenByFirst);
  if (hiddenSpans.length === 0) return found;
  const shownSpans = spans(text, names.shownByFirst);
  for (const [start, end, id] of hiddenSpans) {
    if (shownSpans.some(([from, to]) => from <= start && to >= end)) continue;
    if (!found.includes(id)) found.push(id);
  }
  return found;
}

/** Every place a name appears: [first word, word after the last, id]. */
function spans(text: readonly string[], byFirst: ReadonlyMap<string, readonly CompiledName[]>): [number, number, string][] {
  const result: [number, number, string][] = [];
  for (let i = 0; i < text.length; i++) {
    const starting = byFirst.get(text[i]!);
    if (starting === undefined) continue;
    for (const name of starting) {
      if (name.words.every((next, k) => text[i + k] === next)) result.push([i, i + name.words.length, name.id]);
    }
  }
  return result;
}

/** Inline HTML elements: text on either side of their tags reads as one, as a browser shows it. */
const INLINE_TAGS = new Set(
  'a abbr b bdi bdo cite code data del dfn em font i ins kbd mark q s samp small span strike strong sub sup time tt u var wbr'.split(' '),
);
/** A start or end tag, its name and its attributes. */
const TAG = /<(\/?)([a-z][a-z0-9:._-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
/** One attribute's value. */
const ATTRIBUTE_VALUE = /=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
/** Marks that may sit inside a name without showing: emphasis, escapes, invisible characters, removed tags. */
const SOFT = /[*_~`\\\u0000\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/gu;
/** A character of a script written without spaces between words. */
const UNSPACED = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}';
const WORD = new RegExp(`[${UNSPACED}]|(?:(?![${UNSPACED}])[\\p{L}\\p{N}])+`, 'gu');

/**
 * The ways a text may read once its markup is undone: with the soft marks removed, with them read as spaces,
 * and each attribute value on its own. Every reading is folded (see {@link fold}).
 */
function readings(text: string): string[] {
  const attributes: string[] = [];
  const untagged = decodeHTML(text)
    .replace(/<!--|-->/g, ' ')
    .replace(TAG, (_, __, name: string, attrs: string) => {
      for (const value of attrs.matchAll(ATTRIBUTE_VALUE)) attributes.push(value[1] ?? value[2] ?? value[3] ?? '');
      return INLINE_TAGS.has(name.toLowerCase()) ? '\u0000' : ' ';
    });
  const folded = fold(untagged);
  // Without soft marks both readings are the same text: it is read once.
  SOFT.lastIndex = 0;
  const plain = SOFT.test(folded) ? [folded.replace(SOFT, ''), folded.replace(SOFT, ' ')] : [folded];
  return attributes.length === 0 ? plain : [...new Set([...plain, ...attributes.flatMap((value) => readings(value))])];
}

/** Letters that do not decompose into a base letter and an accent, and what they are read as. */
const LETTERS: Record<string, string> = { ß: 'ss', ı: 'i', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ħ: 'h', ŧ: 't', æ: 'ae', œ: 'oe', þ: 'th' };

/** Case, normalisation form and accents removed: the form names are compared in. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/([\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Arabic}\p{sc=Hebrew}])\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ßıøđðłħŧæœþ]/g, (letter) => LETTERS[letter]!);
}

/** The words of a folded text. */
function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
