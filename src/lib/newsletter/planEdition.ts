import type { DepartmentView, EntryKinds, IssueView, KudosView, PersonView, SiteModel, SpotlightView } from '../publication/resolveSite.ts';

/** How far back an issue looks for kudos, in days before its date. */
export const KUDOS_WINDOW_DAYS = 92;
/** How many kudos an issue shows at most. */
export const KUDOS_PER_ISSUE = 4;

/** One newsletter issue as every edition (web, feed, email, text) shows it: only people with `newsletter` consent. */
export interface Edition<E extends EntryKinds = EntryKinds> {
  issue: IssueView<E>;
  /** The featured department with its lead and members, both only when they agreed to the newsletter. */
  department: { view: DepartmentView<E>; lead: PersonView<E> | undefined; members: PersonView<E>[] } | undefined;
  /** The issue's published stories whose featured people all agreed to the newsletter. */
  spotlights: SpotlightView<E>[];
  /** Recent public kudos (up to the issue date) whose giver and receivers all agreed to the newsletter, newest first. */
  kudos: KudosView<E>[];
  /** Public people the edition would have shown but leaves out, for lack of `newsletter` consent, by name. */
  leftOut: PersonView<E>[];
}

/**
 * What one issue shows, with the newsletter rule applied: a public person whose consent scope lacks
 * `newsletter` appears in no edition, so the department lists only members who agreed, a story appears
 * only when everyone it features agreed, an author is credited only when they agreed, and kudos appear
 * only when the giver and every receiver agreed.
 */
export function planEdition<E extends EntryKinds>(model: SiteModel<E>, issue: IssueView<E>): Edition<E> {
  const agreed = (person: PersonView<E>) => person.inNewsletter;
  const leftOut = new Set<PersonView<E>>();
  const keep = (people: readonly PersonView<E>[]) => {
    for (const person of people) if (!agreed(person)) leftOut.add(person);
    return people.every(agreed);
  };

  const view = issue.department;
  const department = view && {
    view,
    lead: view.lead && keep([view.lead]) ? view.lead : undefined,
    members: view.members.filter((person) => keep([person])),
  };
  const spotlights = issue.spotlights.filter((story) => keep(story.people));
  const until = issue.data.date.getTime();
  const since = until - KUDOS_WINDOW_DAYS * 86_400_000;
  const kudos = model.kudos
    .filter((entry) => entry.data.date.getTime() <= until && entry.data.date.getTime() > since)
    .filter((entry) => keep([entry.from, ...entry.to]))
    .slice(0, KUDOS_PER_ISSUE);
  return { issue, department, spotlights, kudos, leftOut: [...leftOut].sort((a, b) => a.data.name.localeCompare(b.data.name)) };
}

/** The author of a story as an edition credits them: only with `newsletter` consent. */
export function editionAuthor<E extends EntryKinds>(story: SpotlightView<E>): PersonView<E> | undefined {
  return story.author?.inNewsletter ? story.author : undefined;
}
