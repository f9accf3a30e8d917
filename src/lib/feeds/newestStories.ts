import { firstWhere } from '../firstWhere.ts';

/**
 * The stories a feed carries: the first `limit` of a list given newest first, leaving out any that are held
 * back (drafts an editor's preview shows on its pages, never in its feeds).
 */
export function newestStories<S extends { id: string }>(stories: readonly S[], limit: number, isHeld: (id: string) => boolean = () => false): S[] {
  return firstWhere(stories, limit, (story) => !isHeld(story.id));
}
