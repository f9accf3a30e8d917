/** Up to two initials for an avatar: first and last word of the name, letters only, upper-cased. */
export function initials(name: string): string {
  const words = name
    .normalize('NFC')
    .split(/[\s\u200B-\u200F]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter(Boolean);
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return [first, last]
    .filter((word): word is string => Boolean(word))
    .map((word) => Array.from(word)[0]!.toLocaleUpperCase())
    .join('');
}
