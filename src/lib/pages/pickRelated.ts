/** What picking related stories needs to know of a spotlight. */
export interface RelatedCandidate {
  id: string;
  data: { department: { id: string }; theme: string };
}

/** Stories to suggest after a spotlight, in the order they are given (newest first on the site). */
export interface Related<S> {
  /** Other stories from the same department. */
  department: S[];
  /** Other stories on the same theme, leaving out any already suggested from the department. */
  theme: S[];
}

/** Picks up to `limit` other stories from the spotlight's department and up to `limit` more on its theme. */
export function pickRelated<S extends RelatedCandidate>(spotlights: readonly S[], current: RelatedCandidate, limit = 3): Related<S> {
  const others = spotlights.filter((other) => other.id !== current.id);
  const department = others.filter((other) => other.data.department.id === current.data.department.id).slice(0, limit);
  const shown = new Set(department.map((other) => other.id));
  const theme = others.filter((other) => other.data.theme === current.data.theme && !shown.has(other.id)).slice(0, limit);
  return { department, theme };
}
