import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { CardFonts } from '../../src/lib/cards/cardFonts.ts';
import { type CardContent, layoutCard } from '../../src/lib/cards/layoutCard.ts';
import { orderByPhoto } from '../../src/lib/cards/drawCards.ts';
import { createPanelCache, type PanelPixels, type PanelSource, preparePanel } from '../../src/lib/cards/preparePanel.ts';
import { renderCard } from '../../src/lib/cards/renderCard.ts';

const PHOTO = 'test/fixtures/site/people/paula-public.jpg';
const size = { width: 420, height: 630 };

/** A panel source that records each photo and size it is asked to prepare. */
function counting(): { prepare: PanelSource; calls: string[] } {
  const calls: string[] = [];
  const prepare: PanelSource = async (photo, panel) => {
    calls.push(`${photo.toString('hex')}:${panel.width}x${panel.height}`);
    return { data: Buffer.alloc(panel.width * panel.height * 3), ...panel, channels: 3 } satisfies PanelPixels;
  };
  return { prepare, calls };
}

describe('createPanelCache', () => {
  test('cuts a photo once for all the cards that show it', async () => {
    const { prepare, calls } = counting();
    const panels = createPanelCache(4, prepare);
    const photo = Buffer.from('portrait of Paula');
    const answers = await Promise.all([panels(photo, size), panels(Buffer.from(photo), size), panels(photo, size)]);
    expect(calls).toHaveLength(1);
    expect(answers[1]).toBe(answers[0]);
  });

  test('cuts a changed photo again, and the same photo again for another panel size', async () => {
    const { prepare, calls } = counting();
    const panels = createPanelCache(4, prepare);
    await panels(Buffer.from('portrait of Paula'), size);
    await panels(Buffer.from('portrait of Paula, retaken'), size);
    await panels(Buffer.from('portrait of Paula'), { width: 630, height: 630 });
    expect(calls).toHaveLength(3);
  });

  test('keeps only the most recently used photos', async () => {
    const { prepare, calls } = counting();
    const panels = createPanelCache(2, prepare);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => Buffer.from(`portrait ${name}`));
    await panels(a!, size);
    await panels(b!, size);
    await panels(a!, size); // a is now the most recent, so c pushes out b
    await panels(c!, size);
    await panels(a!, size);
    expect(calls).toHaveLength(3);
    await panels(b!, size);
    expect(calls).toHaveLength(4);
  });

  test('does not keep a photo that could not be cut, so the next card reports its own error', async () => {
    let attempts = 0;
    const panels = createPanelCache(4, async () => {
      attempts++;
      throw new Error('Input buffer contains unsupported image format');
    });
    const photo = Buffer.from('not a photo');
    await expect(panels(photo, size)).rejects.toThrow(/unsupported image format/);
    await expect(panels(photo, size)).rejects.toThrow(/unsupported image format/);
    expect(attempts).toBe(2);
  });
});

describe('preparePanel', () => {
  test('cuts a photo to the panel as raw RGB pixels', async () => {
    const photo = await readFile(PHOTO);
    const panel = await preparePanel(photo, size);
    expect(panel).toMatchObject({ width: 420, height: 630, channels: 3 });
    expect(panel.data.length).toBe(420 * 630 * 3);
  });
});

describe('a card drawn from a cached panel', () => {
  const fonts = new CardFonts();
  const content = async (): Promise<CardContent> => ({
    kind: 'spotlight',
    title: 'Morning samples on the river',
    name: 'Paula Public',
    department: 'Lab',
    organisation: 'Fixture Works',
    locale: 'en',
    direction: 'ltr',
    photo: await readFile(PHOTO),
  });

  test('is the same card as one drawn from the photo itself', async () => {
    const panels = createPanelCache(4);
    const card = await content();
    const direct = await renderCard(card, fonts);
    await renderCard(card, fonts, panels);
    expect((await renderCard(card, fonts, panels)).bytes.equals(direct.bytes)).toBe(true);
  });

  test('shows the photo in the panel', async () => {
    const card = await content();
    const { panel } = await layoutCard(card, fonts);
    const { bytes } = await renderCard(card, fonts, createPanelCache(4));
    const shown = await sharp(bytes).extract({ left: panel.x, top: panel.y, width: panel.width, height: panel.height }).raw().toBuffer();
    const expected = (await preparePanel(card.photo!, panel)).data;
    let far = 0;
    for (let i = 0; i < shown.length; i++) if (Math.abs(shown[i]! - expected[i]!) > 24) far++;
    expect(far / shown.length).toBeLessThan(0.01);
    const flat = await renderCard({ ...card, photo: undefined }, fonts);
    const accent = await sharp(flat.bytes).extract({ left: panel.x, top: panel.y, width: panel.width, height: panel.height }).raw().toBuffer();
    let farFromAccent = 0;
    for (let i = 0; i < accent.length; i++) if (Math.abs(shown[i]! - accent[i]!) > 24) farFromAccent++;
    expect(farFromAccent / shown.length).toBeGreaterThan(0.3);
  });
});

describe('orderByPhoto', () => {
  const job = (photoFile?: string) => ({ job: photoFile ? { photoFile } : {} });

  test('puts the cards that show one photo together, the rest in planned order', () => {
    const cards = [job(), job('ada.jpg'), job('bo.jpg'), job(), job('ada.jpg'), job('bo.jpg'), job('ada.jpg')];
    expect(orderByPhoto(cards)).toEqual([0, 1, 4, 6, 2, 5, 3]);
  });

  test('keeps the planned order when no two cards share a photo', () => {
    expect(orderByPhoto([job('a.jpg'), job(), job('b.jpg')])).toEqual([0, 1, 2]);
  });
});
