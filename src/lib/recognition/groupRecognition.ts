/** A kudos as the wall groups it: by its badge and by its receivers' departments. */
interface GroupableKudos {
  data: { badge: string };
  to: readonly { department: { id: string } }[];
}

/** Public kudos by badge id, each list in the wall's order (newest first); badges without kudos are absent. */
export function kudosByBadge<K extends GroupableKudos>(kudos: readonly K[]): Map<string, K[]> {
  const groups = new Map<string, K[]>();
  for (const entry of kudos) groups.set(entry.data.badge, [...(groups.get(entry.data.badge) ?? []), entry]);
  return groups;
}

/**
 * Public kudos by the department of the people thanked: a kudos to people in several departments appears
 * under each of them, once per department.
 */
export function kudosByDepartment<K extends GroupableKudos>(kudos: readonly K[]): Map<string, K[]> {
  const groups = new Map<string, K[]>();
  for (const entry of kudos) {
    for (const department of new Set(entry.to.map((person) => person.department.id))) groups.set(department, [...(groups.get(department) ?? []), entry]);
  }
  return groups;
}

/** The people holding any badge, department by department in the given order, people in the given order; empty departments left out. */
export function championsByDepartment<P extends { id: string; department: { id: string } }, D extends { id: string }>(
  departments: readonly D[],
  people: readonly P[],
  holdsBadge: (person: P) => boolean,
): { department: D; people: P[] }[] {
  return departments
    .map((department) => ({ department, people: people.filter((person) => person.department.id === department.id && holdsBadge(person)) }))
    .filter((group) => group.people.length > 0);
}
