import { expect, test } from 'vitest';
import { drawPhotoPixels } from '../../scripts/bench/drawTestPhoto.ts';
import { median, pickWidth, psnr } from '../../scripts/bench/imageVariants.ts';

test.each([
  [[160, 320, 480, 720], 312, 3, 720],
  [[160, 320, 480, 720], 352, 1, 480],
  [[480, 800, 1200, 1600], 1072, 1, 1200],
  [[480, 800, 1200, 1600], 1072, 2, 1600],
  [[320], 100, 1, 320],
])('from %j a %i px wide image at %ix downloads %i', (widths, css, dpr, width) => {
  expect(pickWidth(widths, css, dpr)).toBe(width);
});

test('the median is the middle value, or the mean of the two middle ones', () => {
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 10])).toBe(3.5);
  expect(median([])).toBeNaN();
});

test('PSNR is infinite for equal pixels and about 48 dB for an error of one everywhere', () => {
  expect(psnr(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 3))).toBe(Number.POSITIVE_INFINITY);
  expect(psnr(Uint8Array.of(10, 20), Uint8Array.of(11, 19))).toBeCloseTo(48.13, 2);
});

test('a test photo is the same for the same seed, differs by seed, and is not flat', () => {
  const a = drawPhotoPixels(64, 48, 7);
  expect(drawPhotoPixels(64, 48, 7).equals(a)).toBe(true);
  expect(drawPhotoPixels(64, 48, 8).equals(a)).toBe(false);
  expect(new Set(a).size).toBeGreaterThan(64);
});
