import { initials } from './initials.ts';

/** The accent colour and its contrast colour from src/styles/tokens.css (light scheme); an icon cannot read CSS variables. */
const ACCENT = '#9e3f1c';
const ON_ACCENT = '#fffdf9';

/**
 * The site's icon as a `data:` URL: the organisation's first initial on the accent colour. Inline, it
 * costs no request, and browsers stop asking for a /favicon.ico that does not exist.
 */
export function drawFavicon(organisation: string): string {
  const letter = initials(organisation).slice(0, 1);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${ACCENT}"/>` +
    `<text x="16" y="23" text-anchor="middle" font-family="Georgia,serif" font-size="22" font-weight="700" fill="${ON_ACCENT}">${letter}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
