/** Debian's Chromium (apt package `chromium`), which the browser tests and `npm run audit` drive. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet, offline headless run: no sandbox (CI runs as root), no GPU, no calls home. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
