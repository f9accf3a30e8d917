import { paths } from '../urls.ts';

/** The networks a story can be shared to, with how each counts a post. */
export const NETWORKS = {
  linkedin: { label: 'LinkedIn', limit: 3000, prefills: false },
  x: { label: 'X', limit: 280, prefills: true },
  bluesky: { label: 'Bluesky', limit: 300, prefills: true },
  mastodon: { label: 'Mastodon', limit: 500, prefills: true },
  facebook: { label: 'Facebook', limit: undefined, prefills: false },
  email: { label: 'Email', limit: undefined, prefills: true },
} as const;

export type Network = keyof typeof NETWORKS;

/** Networks whose suggested text an editor writes in a story's `share` field. */
export type TextNetwork = 'linkedin' | 'x' | 'bluesky' | 'mastodon';

/** A share text with the site's disclosure added, unless the text already says it (in any case). */
export function withDisclosure(text: string, disclosure: string): string {
  const trimmed = text.trim();
  if (!disclosure.trim() || trimmed.toLowerCase().includes(disclosure.trim().toLowerCase())) return trimmed;
  return `${trimmed} ${disclosure.trim()}`;
}

/** A story's address tagged for analytics: where it was shared, that an employee shared it, and which story. */
export function taggedUrl(siteUrl: string, spotlightId: string, network: Network): string {
  const url = new URL(paths.spotlight(spotlightId), siteUrl);
  url.searchParams.set('utm_source', network);
  url.searchParams.set('utm_medium', 'employee_share');
  url.searchParams.set('utm_campaign', spotlightId);
  return url.href;
}

/** X weighs most characters outside Latin, Greek and Cyrillic (CJK, for one) as two. */
function xWeight(character: string): number {
  const code = character.codePointAt(0)!;
  const light = code <= 0x10ff || (code >= 0x2000 && code <= 0x200d) || (code >= 0x2010 && code <= 0x201f) || (code >= 0x2032 && code <= 0x2037);
  return light ? 1 : 2;
}

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (text: string) => [...GRAPHEMES.segment(text)].length;

/** How long a text is as a network counts it: X weighs CJK characters double, Bluesky counts graphemes. */
export function textLength(network: TextNetwork, text: string): number {
  if (network === 'x') return [...text].reduce((sum, character) => sum + xWeight(character), 0);
  if (network === 'bluesky') return graphemes(text);
  return [...text].length;
}

/**
 * How long a post of `text` followed by a link to `url` is, as the network counts it: X and Mastodon count
 * any link as 23 characters, Bluesky and LinkedIn the whole address.
 */
export function postLength(network: TextNetwork, text: string, url: string): number {
  return network === 'x' || network === 'mastodon' ? textLength(network, `${text} `) + 23 : textLength(network, `${text} ${url}`);
}

/** One way to share a story: the network, the address to open, the text to post and how it counts. */
export interface ShareLink {
  network: Network;
  label: string;
  /** The address that opens the network's share dialogue; for Mastodon, the address relative to the reader's own server. */
  href: string;
  /** The text to post, disclosure included (what "copy text" copies; networks that ignore pre-filled text need it). */
  text: string;
  /** The tagged address of the story for this network. */
  url: string;
  /** The post's length as the network counts it, and its limit, for networks with one. */
  length?: number;
  limit?: number;
}

/** What sharing a story needs: its id, title, summary and suggested texts, and the site's address and disclosure. */
export interface ShareInput {
  id: string;
  title: string;
  summary: string;
  share?: Partial<Record<TextNetwork, string | undefined>> | undefined;
  siteUrl: string;
  disclosure: string;
}

/** The text suggested for a network: the story's own for it, else its title and summary; with the disclosure. */
export function shareText(input: ShareInput, network: Network): string {
  const own = network in (input.share ?? {}) ? input.share?.[network as TextNetwork] : undefined;
  return withDisclosure(own ?? `${input.title}: ${input.summary}`, input.disclosure);
}

/** Share links for every network, each with the story's suggested text and its own tagged address. */
export function buildShareLinks(input: ShareInput): ShareLink[] {
  return (Object.keys(NETWORKS) as Network[]).map((network) => {
    const url = taggedUrl(input.siteUrl, input.id, network);
    const text = shareText(input, network);
    const { label, limit } = NETWORKS[network];
    const query = (params: Record<string, string>) => new URLSearchParams(params).toString().replace(/\+/g, '%20');
    const href = {
      linkedin: `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}`,
      x: `https://x.com/intent/post?${query({ text, url })}`,
      bluesky: `https://bsky.app/intent/compose?${query({ text: `${text} ${url}` })}`,
      mastodon: `share?${query({ text: `${text} ${url}` })}`,
      facebook: `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}`,
      email: `mailto:?${query({ subject: input.title, body: `${text}\n\n${url}` })}`,
    }[network];
    const counted = network === 'facebook' || network === 'email' ? {} : { length: postLength(network, text, url), limit: limit! };
    return { network, label, href, text, url, ...counted };
  });
}
