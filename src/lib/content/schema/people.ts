import { z } from 'astro/zod';
import { dateField, httpsUrl, knownFields, oneOf, photo, type ReferenceFn, text } from './fields.ts';

/** What a person agreed to: a profile page, their photo, the newsletter, social sharing. */
export const CONSENT_SCOPES = ['profile', 'photo', 'newsletter', 'social'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** The person's recorded consent to be published. */
export const consentSchema = knownFields({
  /** `granted`, or `withdrawn` to take the person off every output. */
  status: oneOf(['granted', 'withdrawn']),
  /** When consent was given or withdrawn. */
  date: dateField,
  /** What the person agreed to; without `profile` they are not published at all. */
  scope: z.array(oneOf(CONSENT_SCOPES)),
  /** Date after which consent lapses unless renewed. */
  expires: dateField.optional(),
});

/** The person's own social profiles and website. */
export const linksSchema = knownFields({
  linkedin: httpsUrl('https://www.linkedin.com/in/your-name').optional(),
  mastodon: httpsUrl('https://mastodon.social/@your-name').optional(),
  bluesky: httpsUrl('https://bsky.app/profile/your-name.bsky.social').optional(),
  x: httpsUrl('https://x.com/your-name').optional(),
  website: httpsUrl('https://your-name.example').optional(),
});

/** `content/people/<id>.md`: an employee profile; the body is a short bio. */
export const personSchema = (reference: ReferenceFn) =>
  knownFields({
    /** Full name as the person wants it shown. */
    name: text('the person’s name'),
    /** Pronouns, such as she/her, if the person wants them shown. */
    pronouns: z.string().optional(),
    /** Job title. */
    role: text('the job title'),
    /** One sentence on what the person does, shown on team grids. */
    roleSummary: text('a one-sentence summary of the role'),
    /** Id of the person's department. */
    department: reference('departments'),
    /** Portrait; published only when consent scope includes `photo`. */
    photo: photo.optional(),
    /** When the person joined. */
    joined: dateField,
    /** Social profiles and website. */
    links: linksSchema.optional(),
    /** Recorded consent; nobody is published without it. */
    consent: consentSchema,
  });

export type PersonData = z.output<ReturnType<typeof personSchema>>;
