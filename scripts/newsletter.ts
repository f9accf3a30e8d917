/**
 * `npm run newsletter -- <yyyy-mm>`: where an issue's built editions are, how large the email is, and
 * what to fix before sending it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { readSiteSettings } from '../src/lib/content/readSiteSettings.ts';
import path from 'node:path';
import { contentDir } from '../src/lib/content/contentDir.ts';
import { exitCodeOf, readArgs } from './lib/command.ts';
import { CommandError } from '../src/lib/errors.ts';
import { checkEdition, GMAIL_CLIP_BYTES, kilobytes } from '../src/lib/newsletter/checkEdition.ts';
import { paths } from '../src/lib/urls.ts';

const HELP = `Usage: npm run newsletter -- <yyyy-mm> [--dist <folder>]

Prints the paths of an issue's built editions (web page, email HTML, plain text), the size of the
email, and warnings: over Gmail's ${kilobytes(GMAIL_CLIP_BYTES)} clipping size, images missing from the
built site, images without alt text or size. Build the site first (npm run build).

  --dist <folder>   the built site (default: dist)
`;

/** Prints the report; returns the process exit code (1 when the edition is not built). */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = readArgs(args, { dist: { type: 'string' } }, HELP);
  if (typeof parsed === 'number') return parsed;
  const { positionals } = parsed;
  const distArg = parsed.values['dist'] as string | undefined;
  const id = positionals[0];
  if (positionals.length !== 1 || !id || !/^\d{4}-\d{2}$/.test(id)) {
    console.error(`Expected one issue, named by its month such as 2026-11.\n\n${HELP}`);
    return 2;
  }
  return exitCodeOf(async () => {
    const dist = path.resolve(distArg ?? 'dist');
    const file = (urlPath: string) => path.join(dist, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    const email = file(paths.newsletterEmail(id));
    if (!existsSync(email)) {
      throw new CommandError(
        `No built email edition for ${id} at ${path.relative(process.cwd(), email)}. Is content/newsletter/${id}.md approved and dated today or earlier? Then run npm run build.`,
      );
    }
    const site = readSiteSettings(contentDir(env));
    const html = await readFile(email, 'utf8');
    const lines = [paths.newsletterIssue(id), paths.newsletterEmail(id), paths.newsletterText(id)].map(
      (urlPath) => `${path.relative(process.cwd(), file(urlPath))}${urlPath === paths.newsletterEmail(id) ? `  ${kilobytes(Buffer.byteLength(html))}` : ''}`,
    );
    const warnings = checkEdition(html, { siteUrl: site.url, exists: (urlPath) => existsSync(path.join(dist, urlPath)) });
    process.stdout.write(`${lines.join('\n')}\n${warnings.length === 0 ? 'No warnings.' : warnings.map((warning) => `warning: ${warning}`).join('\n')}\n`);
    return 0;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await run(process.argv.slice(2));
}
