import { foldName } from './foldName.ts';

/** Where a survey keeps what the tally needs, as indexes into each record. */
export interface SurveyColumns {
  /** Columns holding nominees: one name per line or per semicolon in a cell, or one per column. */
  nominees: readonly number[];
  /** Column identifying the respondent (a name or an e-mail address), if the survey has one. */
  respondent?: number | undefined;
}

/** One person as the survey named them. */
export interface Nominee {
  /** The folded name every spelling of this person shares (see `foldName`). */
  key: string;
  /** The most common spelling as written; ties go to the spelling seen first. */
  name: string;
  /** How many distinct respondents named them. */
  nominations: number;
}

/** What a survey says once every response is counted. */
export interface NominationTally {
  /** Distinct respondents: rows, or distinct values of the respondent column when there is one. */
  respondents: number;
  /** Everyone named at least once, in no particular order. */
  nominees: Nominee[];
  /** Self-nominations left out (only with a respondent column holding names). */
  selfNominations: number;
  /** Responses replaced by a later one from the same respondent. */
  replacedResponses: number;
  /** Respondents identified by e-mail address, whose self-nominations cannot be recognised by name. */
  respondentsByEmail: number;
}

/** Splits one answer cell into names: one per line or per semicolon, list bullets and numbering dropped. */
export function splitNominees(cell: string): string[] {
  return cell
    .split(/[\r\n;]+/)
    .map((part) => part.replace(/^\s*(?:[-*•·]|\d{1,2}[.)])\s+/u, '').trim())
    .filter((part) => foldName(part) !== '');
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Counts nominations one survey record at a time, keeping per respondent only the names they gave, so
 * memory follows the number of respondents and names, not the size of the export. A person's score is the
 * number of distinct respondents who named them; with a respondent column, a later response from the same
 * respondent replaces the earlier one and nobody's vote for themselves counts.
 */
export class NominationCounter {
  readonly #columns: SurveyColumns;
  /** Without a respondent column: score per key. With one: the last response per respondent key. */
  readonly #scores = new Map<string, number>();
  readonly #responses = new Map<string, { self: string | undefined; names: Map<string, string> }>();
  readonly #spellings = new Map<string, Map<string, number>>();
  #rows = 0;
  #replaced = 0;

  constructor(columns: SurveyColumns) {
    this.#columns = columns;
  }

  /** Adds one survey record (the cells of one row after the header). */
  add(record: readonly string[]): void {
    const names = new Map<string, string>();
    for (const column of this.#columns.nominees) {
      for (const name of splitNominees(record[column] ?? '')) {
        const key = foldName(name);
        if (!names.has(key)) names.set(key, name.replace(/\s+/gu, ' '));
      }
    }
    const respondentColumn = this.#columns.respondent;
    if (respondentColumn === undefined) {
      if (names.size === 0 && record.every((cell) => cell.trim() === '')) return;
      this.#rows++;
      for (const [key, name] of names) {
        this.#scores.set(key, (this.#scores.get(key) ?? 0) + 1);
        this.#spell(key, name);
      }
      return;
    }
    const respondent = (record[respondentColumn] ?? '').trim();
    if (respondent === '') {
      // An anonymous row is a respondent of its own.
      this.#responses.set(`\0row ${this.#rows++}`, { self: undefined, names });
      return;
    }
    this.#rows++;
    const isEmail = EMAIL.test(respondent);
    const respondentKey = isEmail ? `\0mail ${respondent.toLowerCase()}` : foldName(respondent);
    if (this.#responses.delete(respondentKey)) this.#replaced++;
    this.#responses.set(respondentKey, { self: isEmail ? undefined : respondentKey, names });
  }

  #spell(key: string, name: string): void {
    const spellings = this.#spellings.get(key) ?? new Map<string, number>();
    spellings.set(name, (spellings.get(name) ?? 0) + 1);
    this.#spellings.set(key, spellings);
  }

  /** The tally of every record added so far. */
  result(): NominationTally {
    let selfNominations = 0;
    let respondentsByEmail = 0;
    if (this.#columns.respondent !== undefined) {
      this.#scores.clear();
      this.#spellings.clear();
      for (const [respondentKey, { self, names }] of this.#responses) {
        if (respondentKey.startsWith('\0mail ')) respondentsByEmail++;
        for (const [key, name] of names) {
          if (key === self) {
            selfNominations++;
            continue;
          }
          this.#scores.set(key, (this.#scores.get(key) ?? 0) + 1);
          this.#spell(key, name);
        }
      }
    }
    const nominees = [...this.#scores].map(([key, nominations]) => ({ key, name: mostCommon(this.#spellings.get(key)!), nominations }));
    return {
      respondents: this.#columns.respondent === undefined ? this.#rows : this.#responses.size,
      nominees,
      selfNominations,
      replacedResponses: this.#replaced,
      respondentsByEmail,
    };
  }
}

function mostCommon(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (count > bestCount) [best, bestCount] = [spelling, count];
  }
  return best;
}

/** Tallies a whole survey held in memory; see `NominationCounter` for the rules. */
export function tallyNominations(records: Iterable<readonly string[]>, columns: SurveyColumns): NominationTally {
  const counter = new NominationCounter(columns);
  for (const record of records) counter.add(record);
  return counter.result();
}
