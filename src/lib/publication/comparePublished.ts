import type { SiteModel } from './resolveSite.ts';

/** The kinds of published item a pull request summary lists. */
export type ItemKind = 'person' | 'spotlight' | 'kudos' | 'newsletter issue';

/** One published item, as a summary names it; `written` is its file's data and text, to tell whether it changed. */
export interface PublishedItem {
  kind: ItemKind;
  id: string;
  label: string;
  written: string;
}

/** What one commit publishes compared with another. */
export interface Comparison {
  publishes: PublishedItem[];
  changes: PublishedItem[];
  /** Items the base published and the head does not, with why not when the head still has the file. */
  unpublishes: (PublishedItem & { reason: string | undefined })[];
}

/** An entry's data and body as written, references as their ids, so that only an edit to the file changes it. */
const written = (entry: { data: unknown; body?: string | undefined }) =>
  JSON.stringify([entry.data, entry.body ?? ''], (_, value: unknown) =>
    value && typeof value === 'object' && 'collection' in value && 'id' in value && !('data' in value) ? (value as { id: string }).id : value,
  );

/** Strips what the model resolved (a story's people objects) back to the entry as written. */
const asWritten = (view: { data: object; body?: string | undefined }) => written({ data: view.data, body: view.body });

/** Every person, spotlight, kudos and newsletter issue a model publishes. */
export function listPublished(model: SiteModel): PublishedItem[] {
  return [
    ...model.people.map((person) => ({ kind: 'person' as const, id: person.id, label: person.data.name, written: asWritten(person) })),
    ...model.spotlights.map((story) => ({ kind: 'spotlight' as const, id: story.id, label: story.data.title, written: asWritten(story) })),
    ...model.kudos.map((kudos) => ({
      kind: 'kudos' as const,
      id: kudos.id,
      label: `from ${kudos.from.data.name} to ${kudos.to.map((person) => person.data.name).join(', ')}`,
      written: asWritten(kudos),
    })),
    ...model.newsletter.map((issue) => ({ kind: 'newsletter issue' as const, id: issue.id, label: issue.data.title, written: asWritten(issue) })),
  ];
}

/**
 * What the head publishes that the base did not, what both publish but the head changed, and what the base
 * published that the head does not; `whyNot` says why the head leaves an item out (undefined when its file is gone).
 */
export function comparePublished(
  base: readonly PublishedItem[],
  head: readonly PublishedItem[],
  whyNot: (item: PublishedItem) => string | undefined,
): Comparison {
  const key = (item: PublishedItem) => `${item.kind}\n${item.id}`;
  const before = new Map(base.map((item) => [key(item), item]));
  const after = new Map(head.map((item) => [key(item), item]));
  return {
    publishes: head.filter((item) => !before.has(key(item))),
    changes: head.filter((item) => before.has(key(item)) && before.get(key(item))!.written !== item.written),
    unpublishes: base.filter((item) => !after.has(key(item))).map((item) => ({ ...item, reason: whyNot(item) })),
  };
}

/** The comparison as a Markdown job summary for a pull request. */
export function formatComparison(comparison: Comparison, baseName: string): string {
  const line = (item: PublishedItem & { reason?: string | undefined }) => `- ${item.kind}: ${item.label}${item.reason ? ` (${item.reason})` : ''}`;
  const section = (title: string, items: (PublishedItem & { reason?: string | undefined })[]) =>
    items.length ? [`**${title}** (${items.length})`, '', ...items.map(line), ''] : [];
  const { publishes, changes, unpublishes } = comparison;
  const lines = [`### What this pull request publishes, compared with ${baseName}`, ''];
  if (publishes.length + changes.length + unpublishes.length === 0)
    lines.push('Nothing published changes: no person, spotlight, kudos or newsletter issue appears, changes or disappears.');
  else lines.push(...section('Publishes', publishes), ...section('Changes', changes), ...section('Unpublishes', unpublishes));
  return lines.join('\n').trimEnd();
}
