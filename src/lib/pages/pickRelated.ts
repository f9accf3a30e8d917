import { firstWhere } from '../firstWhere.ts';

/** Stories to suggest after a spotlight, in the order they are given (newest first on the site). */
export interface Related<S> {
  /** Other stories from the same department. */
  department: S[];
  /** Other stories on the same theme, leaving out any already suggested from the department. */
  theme: S[];
}

/**
 * Picks up to `limit` other stories from the spotlight's department and up to `limit` more on its theme,
 * from the department's and the theme's own lists of stories (the resolved model's indexes).
 */
export function pickRelated<S extends { id: string }>(
  current: { id: string },
  lists: { department: readonly S[]; theme: readonly S[] },
  limit = 3,
): Related<S> {
  const department = firstWhere(lists.department, limit, (other) => other.id !== current.id);
  const shown = new Set([current.id, ...department.map((other) => other.id)]);
  const theme = firstWhere(lists.theme, limit, (other) => !shown.has(other.id));
  return { department, theme };
}
