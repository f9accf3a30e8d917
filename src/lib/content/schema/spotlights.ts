import { z } from 'astro/zod';
import { dateField, imagePath, knownFields, oneOf, type ReferenceFn, slug, text } from './fields.ts';

/** Editorial states of a story; only `approved` can publish. */
export const SPOTLIGHT_STATUSES = ['draft', 'review', 'approved'] as const;

/** What a story is about. */
export const THEMES = ['culture', 'csr', 'expertise', 'purpose', 'mentoring', 'milestone'] as const;
export type Theme = (typeof THEMES)[number];

/** One recorded sign-off. */
export const approvalSchema = knownFields({
  /** Role that approved, one of site.yaml `approvals`. */
  role: slug('the approving role'),
  /** Who approved, by name. */
  by: text('the approver’s name'),
  /** When they approved. */
  date: dateField,
});

/** Suggested posts for the featured employee, per network. */
export const shareSchema = knownFields({
  linkedin: z.string().max(3000).optional(),
  x: z.string().max(280).optional(),
  bluesky: z.string().max(300).optional(),
  mastodon: z.string().max(500).optional(),
});

/** `content/spotlights/<year>/<id>.md(x)`: a story about one or more employees. */
export const spotlightSchema = (reference: ReferenceFn) =>
  knownFields({
    /** Headline. */
    title: text('a title'),
    /** One or two sentences for cards, feeds and link previews. */
    summary: text('a summary'),
    /** Ids of the people the story features. */
    people: z.array(reference('people')).min(1, { message: 'expected at least one person id' }),
    /** Department id; defaults to the first person's department. */
    department: reference('departments').optional(),
    /** Id of the person who wrote the story. */
    author: reference('people'),
    /** Publication date; a future date schedules the story. */
    date: dateField,
    /** draft, review or approved. */
    status: oneOf(SPOTLIGHT_STATUSES),
    /** Sign-offs; every role in site.yaml `approvals` must appear before publication. */
    approvals: z.array(approvalSchema).default([]),
    /** What the story is about. */
    theme: oneOf(THEMES),
    /** Free keywords, lowercase with hyphens. */
    tags: z.array(slug('a tag')).default([]),
    /** Lead image with alt text and optional credit. */
    hero: knownFields({
      src: imagePath,
      alt: text('alt text describing the image'),
      credit: z.string().optional(),
    }).optional(),
    /** Suggested post texts for the featured employee. */
    share: shareSchema.optional(),
  });

export type SpotlightData = z.output<ReturnType<typeof spotlightSchema>>;
