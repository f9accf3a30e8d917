import path from 'node:path';
import { imageFormatOf } from '../images/formats.ts';

/** What the build itself says it made, as paths relative to the output folder (always with `/`). */
export interface OutputManifest {
  /** Pages and endpoints Astro rendered for the site's routes, from published content only. */
  rendered: ReadonlySet<string>;
  /** Encoded images that a rendered page shows. */
  images: ReadonlySet<string>;
  /** Files copied as they are from the public folder (which may hold no pictures). */
  publicFiles: ReadonlySet<string>;
}

/** One kind of file the build knowingly makes. Later outputs (feeds, editions, cards) add their kind here. */
export interface OutputKind {
  /** What the file is, for messages. */
  what: string;
  /** Whether a file (relative path) is of this kind. */
  accepts: (file: string, manifest: OutputManifest) => boolean;
}

/** Every kind of file a build may leave in its output. Anything else fails the build. */
export const OUTPUT_KINDS: readonly OutputKind[] = [
  { what: 'a page or endpoint rendered for published content', accepts: (file, m) => m.rendered.has(file) },
  { what: 'an image encoded for a published page that shows it', accepts: (file, m) => m.images.has(file) },
  { what: 'a file copied from the public folder', accepts: (file, m) => m.publicFiles.has(file) },
  { what: 'the sitemap', accepts: (file) => /^sitemap-(?:index|\d+)\.xml$/.test(file) },
  { what: 'a stylesheet, script or font bundled from the site’s code', accepts: (file) => /^_astro\/[\w.-]+\.(?:css|js|woff2?)$/.test(file) },
  {
    what: 'the search index',
    accepts: (file) =>
      /^pagefind\/(?:pagefind(?:-entry\.json|\.js|-worker\.js)|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|(?:fragment|index|filter)\/[\w-]+\.pf_(?:fragment|index|filter))$/.test(
        file,
      ),
  },
];

/** One file the build did not knowingly make, and what it most likely is. */
export interface UnaccountedFile {
  file: string;
  guess: string;
}

/** What an unexpected file most likely is, so the editor or developer knows where to look. */
function guessOrigin(file: string): string {
  const name = path.posix.basename(file);
  if (file.startsWith('_astro/') && imageFormatOf(name)) {
    const original = name.replace(/\.[\w-]{8}(\.[a-z]+)$/i, '$1');
    return `an original image copied as it is, with its file name and metadata (probably ${original}, named in a content file or a component)`;
  }
  if (file.startsWith('_img/')) return 'an encoded image that no published page shows, or that this build did not make';
  if (imageFormatOf(name)) return 'an image the build did not encode';
  return 'a file no part of the build declares';
}

/** The files in an output folder that no kind of output accounts for. */
export function auditOutput(files: readonly string[], manifest: OutputManifest, kinds: readonly OutputKind[] = OUTPUT_KINDS): UnaccountedFile[] {
  return files.filter((file) => !kinds.some((kind) => kind.accepts(file, manifest))).map((file) => ({ file, guess: guessOrigin(file) }));
}

/** The audit's failure as a message: each file and what it probably is. */
export function formatUnaccounted(unaccounted: readonly UnaccountedFile[], outDir: string): string {
  return [
    'The build made files it cannot account for, so nothing was published:',
    ...unaccounted.map(({ file, guess }) => `  ${path.posix.join(outDir, file)}: ${guess}`),
    'Every published file must be a page for published content, an image encoded for it, the search index, the sitemap or a file from public/.',
  ].join('\n');
}
