import type { SiteSettings } from '../content/schema/index.ts';
import { whyPersonIsPrivate, whySpotlightIsUnpublished, type Content, type Entry } from './publish.ts';
import type { DepartmentData, KudosData, NewsletterData, PersonData, SpotlightData } from '../content/schema/index.ts';

/** The "now" a preview publishes at: every scheduled story and issue has come, and keeps its own date. */
export const PREVIEW_NOW = new Date(8.64e15);

/** What holds an entry back from the public site, by `collection:id`; only entries that are held back appear. */
export type HeldBack = Map<string, string[]>;

/**
 * The content as an editor's preview shows it: drafts, stories in review or scheduled, and people whose
 * consent is not (or no longer, or not yet) in force, each lifted past what holds it back so that its page
 * is built, with the reasons kept for a banner ("status is draft", "missing approval by hr", "consent expired
 * after 2026-06-01"). A photo stays out without `photo` consent, and someone who withdrew stays out entirely. Publish the result at PREVIEW_NOW. Never used for the public build: `npm run preview:build` writes to dist-preview/.
 */
export function previewContent<
  P extends Entry<PersonData>,
  D extends Entry<DepartmentData>,
  S extends Entry<SpotlightData>,
  K extends Entry<KudosData>,
  N extends Entry<NewsletterData>,
>(content: Content<P, D, S, K, N>, settings: Pick<SiteSettings, 'approvals'>, now: Date): { content: Content<P, D, S, K, N>; held: HeldBack } {
  const held: HeldBack = new Map();
  const hold = (key: string, reasons: string[]) => {
    if (reasons.length > 0) held.set(key, reasons);
  };
  const privateReasons = new Map(content.people.map((person) => [person.id, whyPersonIsPrivate(person.data, now)]));
  const isPublic = (id: string) => privateReasons.get(id)?.length === 0;
  for (const [id, reasons] of privateReasons) hold(`people:${id}`, reasons);
  for (const story of content.spotlights) hold(`spotlights:${story.id}`, whySpotlightIsUnpublished(story.data, settings, now, isPublic));
  for (const issue of content.newsletter) {
    const reasons = [
      ...(issue.data.status !== 'approved' ? [`status is ${issue.data.status}`] : []),
      ...(issue.data.date.getTime() > now.getTime() ? ['scheduled'] : []),
    ];
    hold(`newsletter:${issue.id}`, reasons);
  }
  const past = new Date(0);
  const lifted: Content<P, D, S, K, N> = {
    ...content,
    // Someone who withdrew asked to be taken off: not even a preview shows them, or the stories about them.
    people: content.people.map((person) =>
      person.data.consent.status === 'withdrawn'
        ? person
        : {
            ...person,
            data: {
              ...person.data,
              consent: {
                status: 'granted' as const,
                date: past,
                scope: [...new Set(['profile' as const, ...person.data.consent.scope])],
              },
            },
          },
    ),
    spotlights: content.spotlights.map((story) => ({
      ...story,
      data: {
        ...story.data,
        status: 'approved' as const,
        approvals: settings.approvals.map((role) => ({ role, by: 'preview', date: past })),
      },
    })),
    newsletter: content.newsletter.map((issue) => ({
      ...issue,
      data: { ...issue.data, status: 'approved' as const },
    })),
  };
  return { content: lifted, held };
}
