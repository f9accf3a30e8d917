import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, formatIssues } from '../errors.ts';
import { SITE_FILE } from './collections.ts';
import { MISSING_SITE, readSettings } from './parseContent.ts';
import type { SiteSettings } from './schema/index.ts';

/**
 * The site's settings from `<contentDir>/site.yaml`, read and validated as the content checks read it, for
 * the tools that need them before (or without) the content layer: the Astro config, the build's scans, the
 * commands. A broken file throws a ContentError worded for its editor.
 */
export function readSiteSettings(contentDir: string): SiteSettings {
  const file = path.posix.join(contentDir.split(path.sep).join('/'), SITE_FILE);
  if (!existsSync(file)) throw new ContentError(MISSING_SITE);
  const result = readSettings(file, readFileSync(file, 'utf8'));
  if ('issues' in result) throw new ContentError(formatIssues(result.issues));
  return result.data;
}
