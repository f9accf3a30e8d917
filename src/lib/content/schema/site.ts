import { z } from 'astro/zod';
import { httpsUrl, knownFields, slug, text } from './fields.ts';
import { reservedBadgeClash } from '../../recognition/assignBadges.ts';

/** A recognition badge that kudos can award. */
export const badgeSchema = knownFields({
  /** Id that kudos use in their `badge` field. */
  id: slug('the badge id'),
  /** Name shown on the recognition wall. */
  name: text('the badge name'),
  /** What the badge recognises, in one sentence. */
  description: text('a one-sentence description of the badge'),
});

/** `content/site.yaml`: settings for the whole site. */
export const siteSchema = knownFields({
  /** The organisation's name, shown in the header and page titles. */
  name: text('the organisation name'),
  /** Absolute address where the site is published; canonical links and feeds use it. */
  url: httpsUrl('https://stories.example.org'),
  /** One or two sentences about the site, for search engines and link previews. */
  description: text('a short description of the site'),
  /** Language of the content as a BCP 47 tag such as en, en-GB or fr. */
  locale: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: 'expected a language tag such as en, en-GB or fr' })
    .default('en'),
  /** Roles that must each record an approval before any spotlight publishes. */
  approvals: z.array(slug('a role name')).default([]),
  /** Badges kudos can award; the ids and names of the badges the site gives by itself are reserved. */
  badges: z
    .array(
      badgeSchema.superRefine((badge, context) => {
        const clash = reservedBadgeClash(badge);
        if (clash) context.addIssue({ code: 'custom', path: [clash.field], message: clash.message });
      }),
    )
    .default([]),
  /** E-mail addresses and phone numbers the organisation publishes on purpose; any other contact detail in the output fails the build. */
  contacts: z.array(text('an e-mail address or phone number')).default([]),
  /** How many stories each page of the spotlights list shows. */
  storiesPerPage: z
    .int({ error: 'expected a whole number of stories per page, such as 12' })
    .min(1, { error: 'expected at least 1 story per page' })
    .max(60, { error: 'expected at most 60 stories per page' })
    .default(12),
  /** How many of the newest stories each feed carries, each with its whole text. */
  feedItems: z
    .int({ error: 'expected a whole number of stories per feed, such as 30' })
    .min(1, { error: 'expected at least 1 story per feed' })
    .max(500, { error: 'expected at most 500 stories per feed' })
    .default(30),
  /** Hashtag or sentence added to share texts, to disclose that the poster is an employee. */
  disclosure: z.string().default(''),
  /**
   * Where someone asks to change or remove their page: a form, a `mailto:` address (list it under `contacts`
   * too) or a prefilled issue in a private tracker; `{url}` is replaced by the person's page. No link without it.
   */
  corrections: z
    .string({ error: 'expected an https:// or mailto: address' })
    .regex(/^(?:https:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+)$/, {
      error: 'expected an https:// address (a form or a private tracker) or a mailto: address, such as https://forms.example.org/corrections or mailto:people@example.org',
    })
    .optional(),
  /** The newsletter's email edition. */
  newsletter: knownFields({
    /** Your mail tool's unsubscribe merge tag, such as Mailchimp's *|UNSUB|* or Buttondown's {{ unsubscribe_url }}. */
    unsubscribe: text('an unsubscribe merge tag such as *|UNSUB|*').default('*|UNSUB|*'),
  }).default({ unsubscribe: '*|UNSUB|*' }),
});

export type SiteSettings = z.output<typeof siteSchema>;
export type Badge = z.output<typeof badgeSchema>;
