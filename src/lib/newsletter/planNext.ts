import type { DepartmentView, EntryKinds, PersonView, SiteModel } from '../publication/resolveSite.ts';

/** How recent a department's latest story must be not to count as a gap, in months. */
export const RECENT_MONTHS = 6;

/** What `npm run newsletter:plan` reports. */
export interface NewsletterPlan<E extends EntryKinds = EntryKinds> {
  /** Departments in the order to profile them: the first is next. */
  order: { department: DepartmentView<E>; lastFeatured: Date | undefined; publicPeople: number }[];
  /** Departments no published story is about. */
  departmentsWithoutStories: DepartmentView<E>[];
  /** Public people no published story features. */
  peopleWithoutStories: PersonView<E>[];
  /** Departments whose latest story is older than RECENT_MONTHS (or that have none), with that story's date. */
  quietDepartments: { department: DepartmentView<E>; latest: Date | undefined }[];
  /** Public people whose consent scope lacks `newsletter`: no edition shows them. */
  notInNewsletter: PersonView<E>[];
}

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => a.data.name.localeCompare(b.data.name);

/**
 * Which department to profile next and where coverage is thin: the department featured least recently by
 * a published issue comes first (never featured before any), ties broken by the most public people, then
 * by name; and the departments and people stories have not reached.
 */
export function planNext<E extends EntryKinds>(model: SiteModel<E>): NewsletterPlan<E> {
  const lastFeatured = new Map<string, Date>();
  for (const issue of model.newsletter) {
    const id = issue.department?.id;
    if (!id) continue;
    const seen = lastFeatured.get(id);
    if (!seen || seen < issue.data.date) lastFeatured.set(id, issue.data.date);
  }
  const order = model.departments
    .map((department) => ({ department, lastFeatured: lastFeatured.get(department.id), publicPeople: department.members.length }))
    .sort(
      (a, b) =>
        (a.lastFeatured?.getTime() ?? -Infinity) - (b.lastFeatured?.getTime() ?? -Infinity) ||
        b.publicPeople - a.publicPeople ||
        byName(a.department, b.department),
    );
  const since = new Date(model.now);
  since.setUTCMonth(since.getUTCMonth() - RECENT_MONTHS);
  return {
    order,
    departmentsWithoutStories: model.departments.filter((department) => department.stories.length === 0),
    peopleWithoutStories: model.people.filter((person) => person.stories.length === 0),
    quietDepartments: model.departments
      .map((department) => ({ department, latest: department.stories[0]?.data.date }))
      .filter(({ latest }) => !latest || latest < since),
    notInNewsletter: model.people.filter((person) => !person.inNewsletter).sort(byName),
  };
}

/** The plan as the command prints it. */
export function formatPlan(plan: NewsletterPlan, locale: string): string {
  const day = (date: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  const people = (count: number) => `${count} public ${count === 1 ? 'person' : 'people'}`;
  const lines: string[] = [];
  const next = plan.order[0];
  if (!next) return 'No departments yet: add one in content/departments/.\n';
  lines.push(
    `Profile next: ${next.department.data.name} (${next.department.id}), ${next.lastFeatured ? `last featured ${day(next.lastFeatured)}` : 'never featured'}, ${people(next.publicPeople)}.`,
    '',
    'Departments, in the order to profile them:',
    ...plan.order.map(
      ({ department, lastFeatured, publicPeople }, i) =>
        `  ${i + 1}. ${department.data.name}: ${lastFeatured ? `last featured ${day(lastFeatured)}` : 'never featured'}, ${people(publicPeople)}`,
    ),
  );
  const section = (title: string, items: string[]) => {
    lines.push('', `${title}${items.length === 0 ? ': none.' : ':'}`, ...items.map((item) => `  - ${item}`));
  };
  section(
    'Departments no published story is about',
    plan.departmentsWithoutStories.map((d) => d.data.name),
  );
  section(
    'Public people no published story features',
    plan.peopleWithoutStories.map((p) => `${p.data.name} (${p.department.data.name})`),
  );
  section(
    `Departments without a story in the last ${RECENT_MONTHS} months`,
    plan.quietDepartments.map(({ department, latest }) => `${department.data.name}: ${latest ? `latest story ${day(latest)}` : 'no story yet'}`),
  );
  section(
    'Left out of every edition (their consent scope lacks newsletter)',
    plan.notInNewsletter.map((p) => `${p.data.name} (${p.department.data.name}): ask them to add newsletter to their consent to appear`),
  );
  return `${lines.join('\n')}\n`;
}
