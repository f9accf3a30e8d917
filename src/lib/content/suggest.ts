/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The candidate nearest to `value` by edit distance, ignoring case, with that distance. */
export function closest(value: string, candidates: readonly string[]): { match: string; distance: number } | undefined {
  const wanted = value.trim().toLowerCase();
  let nearest: { match: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (!nearest || distance < nearest.distance) nearest = { match: candidate, distance };
  }
  return nearest;
}

/** The candidate closest to `value`, when it is close enough to be a plausible typo or a shortened form. */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  const wanted = value.trim().toLowerCase();
  const extended = wanted.length >= 3 ? candidates.filter((candidate) => candidate.toLowerCase().startsWith(wanted)) : [];
  if (extended.length === 1) return extended[0];
  const nearest = closest(value, candidates);
  const tolerance = Math.max(2, Math.floor(value.trim().length / 3));
  return nearest && nearest.distance <= tolerance ? nearest.match : undefined;
}
