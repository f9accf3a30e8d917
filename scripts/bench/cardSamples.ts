/**
 * A realistic mix of social cards for measuring the renderer: the spotlights, people and departments of a
 * synthetic organisation (flat cards with initials) and the example organisation's portraits (cards with a
 * photo), in the proportions a build draws them.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { CardContent } from '../../src/lib/cards/layoutCard.ts';
import { textDirection } from '../../src/lib/cards/planCards.ts';
import { generateOrganisation } from './generateOrganisation.ts';

const field = (text: string, name: string): string | undefined => text.match(new RegExp(`^${name}: "?(.*?)"?$`, 'm'))?.[1];

/** `count` cards: about one in ten carries a portrait from `photoDir` (when given), the rest are flat. */
export async function cardSamples(count: number, photoDir?: string): Promise<CardContent[]> {
  const files = generateOrganisation({ people: 100, departments: 10, spotlights: 300, seed: 'bench' });
  const base = { organisation: 'Lindenbrook Water', locale: 'en' };
  const flat: CardContent[] = [];
  for (const file of files) {
    const kind = file.path.startsWith('spotlights/')
      ? 'spotlight'
      : file.path.startsWith('people/')
        ? 'person'
        : file.path.startsWith('departments/')
          ? 'department'
          : undefined;
    const title = kind === 'spotlight' ? field(file.text, 'title') : field(file.text, 'name');
    if (!kind || !title) continue;
    flat.push({
      ...base,
      kind,
      title,
      ...(kind === 'spotlight' ? { name: 'Ana Abara 1', department: 'Treatment 1' } : {}),
      ...(kind === 'person' ? { role: field(file.text, 'role'), department: 'Treatment 1' } : {}),
      direction: textDirection(title),
    });
  }
  const photos = photoDir ? (await readdir(photoDir)).filter((name) => name.endsWith('.jpg')).sort() : [];
  const portraits = await Promise.all(photos.map((name) => readFile(path.join(photoDir!, name))));
  const samples: CardContent[] = [];
  for (let i = 0; i < count; i++) {
    const card = flat[(i * 7) % flat.length]!;
    samples.push(portraits.length && i % 10 === 9 ? { ...card, kind: 'person', photo: portraits[i % portraits.length]! } : card);
  }
  return samples;
}
