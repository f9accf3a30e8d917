import { z } from 'astro/zod';
import { readDate } from '../dates.ts';
import { suggest } from '../suggest.ts';
import { PHOTO_EXTENSIONS } from '../../images/formats.ts';

/** A cross-reference as Astro's `reference()` resolves it: the target collection and id. */
export interface Reference {
  id: string;
  collection: string;
}

/** Collections that other entries may point to. */
export type ReferencedCollection = 'people' | 'departments' | 'spotlights';

/** Builds the schema of a reference to one collection (Astro's `reference()` at build time, a plain equivalent in scripts). */
export type ReferenceFn = (collection: ReferencedCollection) => z.ZodType<Reference>;

/** A reference implementation for scripts that run outside Astro: same input and output as `reference()`. */
export const plainReference: ReferenceFn = (collection) =>
  z.string({ error: `expected the id of an entry in ${collection} (its file name without extension)` }).transform((id) => ({ id, collection }));

const CONTACT_DETAIL = /mail|phone|mobile|^tel|fax|address|whatsapp/i;

/**
 * An object with a fixed set of fields. A field it does not know (an `email:` typed by mistake, a misspelt
 * key) is an error on that field, with the closest known field suggested, so it can never be published.
 */
export const knownFields = <T extends z.ZodRawShape>(shape: T) =>
  z.preprocess((input, ctx) => {
    if (!input || typeof input !== 'object' || Array.isArray(input)) return input;
    const known = Object.keys(shape);
    const fields: Record<string, unknown> = { ...input };
    for (const key of Object.keys(fields)) {
      if (known.includes(key)) continue;
      const guess = CONTACT_DETAIL.test(key) ? undefined : suggest(key, known);
      ctx.addIssue({
        code: 'custom',
        path: [key],
        input: fields[key],
        message: CONTACT_DETAIL.test(key)
          ? `"${key}" is not a field: contact details such as e-mail addresses and phone numbers are never published. Remove it.`
          : `"${key}" is not a field here${guess ? `; did you mean "${guess}"?` : '.'} Remove it or check docs/content.md for the fields that exist.`,
      });
      delete fields[key];
    }
    return fields;
  }, z.strictObject(shape));

/**
 * A date written as YYYY-MM-DD, or an ISO 8601 date and time with a zone; see `readDate`. Every date field
 * is this one schema: the check of dates as written (`checkDates`) finds the fields by it. Front matter
 * reaches the schema already parsed, and YAML has turned `2026-06-31` into 1 July, so a Date is accepted
 * here and `checkDates` reads the file again to see what was written.
 */
export const dateField = z.unknown().transform((value, ctx): Date => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  const reading = readDate(value);
  if (reading.date) return reading.date;
  ctx.addIssue({ code: 'custom', input: value, message: reading.problem });
  return z.NEVER;
});

/** Characters that print nothing: spaces, controls, format marks (zero-width, bidi), fillers. */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\u034F\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** Whether a text shows anything once invisible characters are removed. */
export function isVisibleText(value: string): boolean {
  return value.replace(INVISIBLE, '').length > 0;
}

/** A required line of text that is not blank once invisible characters are removed. */
export const text = (what: string) =>
  z.string({ error: `expected ${what} as text` }).refine(isVisibleText, { message: `expected ${what}; it is empty or holds only invisible characters` });

/** One of a fixed list of values, with a "did you mean" hint for near misses. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => {
      const got = typeof issue.input === 'string' ? issue.input : JSON.stringify(issue.input);
      const guess = typeof issue.input === 'string' ? suggest(issue.input, values) : undefined;
      return `expected one of ${values.join(', ')} but got "${got}"${guess ? `; did you mean "${guess}"?` : ''}`;
    },
  });

/** A path to an image file next to the Markdown file, such as `./amara-okafor.jpg`. */
export const imagePath = z
  .string({ error: 'expected the path of an image file next to this file, such as ./photo.jpg' })
  .refine((src) => !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('/'), {
    message: 'expected a relative path to an image next to this file (such as ./photo.jpg), not a URL or an absolute path',
  })
  .refine((src) => !src.includes('\\') && !src.split('/').includes('..'), {
    message:
      "expected an image next to this file (such as ./photo.jpg); a path may not climb out of its folder with ../, since the picture might be someone else's",
  })
  .refine((src) => new RegExp(`\\.(${PHOTO_EXTENSIONS.join('|')})$`, 'i').test(src), {
    message: `expected a ${PHOTO_EXTENSIONS.join(', ')} file; SVG and other formats are not accepted for photos`,
  });

/** A photo with its alternative text. */
export const photo = knownFields({
  /** Path of the image file, relative to the Markdown file. */
  src: imagePath,
  /** What the photo shows, for people who cannot see it. */
  alt: text('alt text describing the photo'),
});

/** An absolute https link; `example` shows the editor what one looks like. Other schemes (javascript:, data:, http:) are refused. */
export const httpsUrl = (example: string) =>
  z.url({
    protocol: /^https$/,
    error: (issue) => {
      const got = typeof issue.input === 'string' ? issue.input : '';
      const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(got)?.[1]?.toLowerCase();
      const refused = scheme && scheme !== 'https' ? ` Links starting with "${scheme}:" are not accepted.` : '';
      return `expected a full https:// address, such as ${example}.${refused}`;
    },
  });

/** Ids are file names: lowercase ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A tag or badge id: lowercase words joined by hyphens. */
export const slug = (what: string) => z.string().regex(ID_PATTERN, { message: `expected ${what} in lowercase words joined by hyphens, such as "open-source"` });
