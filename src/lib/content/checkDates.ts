import { CORE_SCHEMA, loadAll, mergeTag } from 'js-yaml';
import type { z } from 'astro/zod';
import { readDate } from './dates.ts';
import { dateField } from './schema/fields.ts';
import { PLAIN_SCHEMAS } from './schema/plain.ts';
import type { ContentIssue } from '../errors.ts';

export type DatedFile = keyof typeof PLAIN_SCHEMAS;

/** A path segment that stands for every item of a list. */
const EACH = '[]';

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
}

/**
 * The paths of the date fields in a schema, such as `['consent', 'date']` or `['approvals', '[]', 'date']`:
 * wherever `dateField` is used, through optional, default, list and object wrappers.
 */
export function findDateFields(schema: z.ZodType, at: readonly string[] = []): string[][] {
  if (schema === dateField) return [[...at]];
  const def = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
  const inner = (child: z.ZodType | undefined, path = at) => (child ? findDateFields(child, path) : []);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return inner(def.innerType);
    case 'pipe':
      return [...inner(def.in), ...inner(def.out)];
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) => inner(child, [...at, key]));
    case 'array':
      return inner(def.element, [...at, EACH]);
    case 'union':
      return (def.options ?? []).flatMap((option) => inner(option));
    case 'intersection':
      return [...inner(def.left), ...inner(def.right)];
    default:
      return [];
  }
}

/** The date fields of each kind of content file, taken from its schema. */
export const DATE_FIELDS = Object.fromEntries(Object.entries(PLAIN_SCHEMAS).map(([name, schema]) => [name, findDateFields(schema)])) as Record<DatedFile, string[][]>;

/** Front matter as Astro finds it: after an optional byte-order mark or blank lines, between --- (YAML) or +++ (TOML) lines. */
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** Every value at a path in parsed YAML, with its field name as messages show it, such as `approvals[1].date`. */
function valuesAt(data: unknown, path: readonly string[], field = ''): { field: string; value: unknown }[] {
  if (path.length === 0) return [{ field, value: data }];
  const [segment, ...rest] = path as [string, ...string[]];
  if (segment === EACH) return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, `${field}[${i}]`)) : [];
  if (!data || typeof data !== 'object' || Array.isArray(data) || !Object.hasOwn(data, segment)) return [];
  return valuesAt((data as Record<string, unknown>)[segment], rest, field ? `${field}.${segment}` : segment);
}

/**
 * Checks every date in one content file as it is written, before YAML has read `2026-06-31` as 1 July or
 * `20271205` as a number: `text` is the whole file (Markdown or MDX with front matter, or YAML) and `file`
 * its path as messages should name it. A missing or misplaced field is left to the schema; a date that
 * is there must be a real date written YYYY-MM-DD, or an ISO 8601 date and time with a zone.
 */
export function checkDates(kind: DatedFile, file: string, text: string): ContentIssue[] {
  let yaml = text;
  if (/\.mdx?$/i.test(file)) {
    const frontMatter = FRONT_MATTER.exec(text);
    if (!frontMatter) return [];
    if (frontMatter[1] === '+++') {
      return [{ file, field: '(front matter)', message: 'front matter is written in YAML between two --- lines, not in TOML between +++ lines' }];
    }
    yaml = frontMatter[2]!;
  }
  let documents: unknown[];
  try {
    // The core schema keeps 2026-06-31 as the text it is; merge keys (<<) are read as Astro reads them.
    // An empty file is no document rather than an error.
    documents = loadAll(yaml, { schema: CORE_SCHEMA.withTags(mergeTag), filename: file });
  } catch (error) {
    const reason = error instanceof Error ? ((error as Error & { reason?: string }).reason ?? error.message) : String(error);
    return [{ file, field: '(file)', message: `the dates in this file cannot be checked, since it is not valid YAML (${reason})` }];
  }
  return documents.flatMap((data) =>
    DATE_FIELDS[kind].flatMap((path) =>
      valuesAt(data, path).flatMap(({ field, value }) => {
        const { problem } = readDate(value);
        return problem ? [{ file, field, message: problem }] : [];
      }),
    ),
  );
}
