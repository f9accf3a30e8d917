/**
 * Which files of a synthetic organisation get photos (`npm run bench -- --photos`), and the content edits the
 * bench makes: a portrait next to every person whose consent includes photos, a hero next to as many
 * published spotlights as there are people, and a sentence added to one published story before a rebuild.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { gpsTagFor, type GpsTag } from '../example-images/encodeImage.ts';
import { CommandError } from '../../src/lib/errors.ts';
import type { GeneratedFile } from './generateOrganisation.ts';

/** Portrait and hero sizes, as a camera or a photographer's export would deliver them. */
export const PHOTO_SIZES = { portrait: { width: 1200, height: 1200 }, hero: { width: 2400, height: 1600 } } as const;

/** One photo to draw: where it goes in the content folder, its size, seed and the GPS tag written into it. */
export interface PlannedPhoto {
  path: string;
  kind: keyof typeof PHOTO_SIZES;
  width: number;
  height: number;
  seed: string;
  gps: GpsTag;
}

interface Front {
  name?: string;
  title?: string;
  status?: string;
  people?: string[];
  consent?: { status?: string; scope?: string[] };
}

const front = (file: GeneratedFile) => parseFrontmatter(file.text).frontmatter as Front;
const idOf = (file: GeneratedFile) => file.path.replace(/^.*\//, '').replace(/\.mdx?$/, '');
const isPerson = (file: GeneratedFile) => /^people\/[^/]+\.md$/.test(file.path);
const isSpotlight = (file: GeneratedFile) => /^spotlights\/.+\.mdx?$/.test(file.path);

/** The spotlight files that publish: approved, and featuring nobody whose consent is withdrawn or lacks `profile`. */
export function publishedSpotlights(files: readonly GeneratedFile[]): GeneratedFile[] {
  const hidden = new Set(
    files
      .filter(isPerson)
      .filter((file) => {
        const consent = front(file).consent;
        return consent?.status !== 'granted' || !consent.scope?.includes('profile');
      })
      .map(idOf),
  );
  return files.filter((file) => {
    if (!isSpotlight(file)) return false;
    const data = front(file);
    return data.status === 'approved' && (data.people ?? []).every((person) => !hidden.has(person));
  });
}

/** The text with `lines` added at the end of its front matter. */
export function addFrontmatter(text: string, lines: string[]): string {
  const end = text.indexOf('\n---\n', 3);
  if (!text.startsWith('---\n') || end < 0) throw new Error('expected a file starting with front matter between --- lines');
  return `${text.slice(0, end)}\n${lines.join('\n')}${text.slice(end)}`;
}

/** The path of a photo named `<id>.jpg` next to a Markdown file. */
const photoNextTo = (file: GeneratedFile) => file.path.replace(/\.mdx?$/, '.jpg');

/**
 * The organisation's files with `photo` fields on every person whose consent scope includes `photo` and a
 * `hero` on the first published spotlights, as many as there are people; and the photos those fields name.
 * Each photo's content comes from the seed and its path, so the same organisation always gets the same photos.
 */
export function planPhotos(files: readonly GeneratedFile[], seed: string): { files: GeneratedFile[]; photos: PlannedPhoto[] } {
  const photos: PlannedPhoto[] = [];
  const plan = (file: GeneratedFile, kind: PlannedPhoto['kind'], who: string) => {
    const path = photoNextTo(file);
    photos.push({ path, kind, ...PHOTO_SIZES[kind], seed: `${seed}:${path}`, gps: gpsTagFor(path, who) });
    return `./${path.replace(/^.*\//, '')}`;
  };
  const portraits = files.filter((file) => isPerson(file) && front(file).consent?.scope?.includes('photo'));
  const heroes = publishedSpotlights(files).slice(0, files.filter(isPerson).length);
  const withPhotos = new Map<GeneratedFile, GeneratedFile>();
  for (const file of portraits) {
    const name = front(file).name ?? idOf(file);
    const src = plan(file, 'portrait', name);
    withPhotos.set(file, {
      path: file.path,
      text: addFrontmatter(file.text, ['photo:', `  src: ${src}`, `  alt: "Portrait of ${name}, outdoors in soft light"`]),
    });
  }
  for (const file of heroes) {
    const src = plan(file, 'hero', 'Benchmark Water');
    withPhotos.set(file, {
      path: file.path,
      text: addFrontmatter(file.text, [
        'hero:',
        `  src: ${src}`,
        '  alt: "A river valley at dusk, with the works lit up below the hills"',
        '  credit: "Photo: Benchmark Water"',
      ]),
    });
  }
  return { files: files.map((file) => withPhotos.get(file) ?? file), photos };
}

/** The sentence the rebuild adds to one story. */
export const REBUILD_SENTENCE = 'An editor added this sentence to measure a rebuild after a one-line change.';

/** The first published spotlight with one sentence added at the end of its body: the edit measured by `--rebuild`. */
export function editForRebuild(files: readonly GeneratedFile[]): GeneratedFile {
  const story = publishedSpotlights(files)[0];
  if (!story) throw new CommandError('The synthetic organisation publishes no spotlight to edit; ask for more --spotlights.');
  return { path: story.path, text: `${story.text.trimEnd()} ${REBUILD_SENTENCE}\n` };
}
