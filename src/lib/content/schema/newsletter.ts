import { z } from 'astro/zod';
import { dateField, knownFields, oneOf, type ReferenceFn, text } from './fields.ts';

/** `content/newsletter/<yyyy-mm>.md`: one newsletter issue; the body is the editor's letter. */
export const newsletterSchema = (reference: ReferenceFn) =>
  knownFields({
    /** Title of the issue. */
    title: text('a title'),
    /** Send date. */
    date: dateField,
    /** Id of the department this issue profiles. */
    department: reference('departments'),
    /** Ids of the spotlights in this issue; unpublished ones are left out. */
    spotlights: z.array(reference('spotlights')).default([]),
    /** draft or approved. */
    status: oneOf(['draft', 'approved']),
  });

export type NewsletterData = z.output<ReturnType<typeof newsletterSchema>>;
