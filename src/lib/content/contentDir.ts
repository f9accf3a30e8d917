/** The folder that holds the editors' files: `content/` unless INSOURCE_CONTENT names another (test fixtures do). */
export function contentDir(env: Record<string, string | undefined>): string {
  return env['INSOURCE_CONTENT'] || 'content';
}

/** The folder Astro copies into the site as is: `public/` unless INSOURCE_PUBLIC names another. */
export function publicDir(env: Record<string, string | undefined>): string {
  return env['INSOURCE_PUBLIC'] || 'public';
}

/** Whether this is an editor's preview build (INSOURCE_PREVIEW=1, set by `npm run preview:build`): drafts shown, bannered, noindex. */
export function isPreviewBuild(env: Record<string, string | undefined>): boolean {
  return env['INSOURCE_PREVIEW'] === '1';
}
