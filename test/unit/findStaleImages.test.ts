import { expect, test } from 'vitest';
import { findStaleImages } from '../../src/lib/images/findStaleImages.ts';

test('finds the encoded images this build did not make, and leaves other files alone', () => {
  const made = new Set(['aaaaaaaaaaaa-480.avif', 'aaaaaaaaaaaa-800.jpg']);
  const cached = [
    'aaaaaaaaaaaa-480.avif',
    'aaaaaaaaaaaa-800.jpg',
    'bbbbbbbbbbbb-480.avif',
    'bbbbbbbbbbbb-800.jpg',
    'cccccccccccc-480.webp',
    'notes.txt',
    '.DS_Store',
  ];
  expect(findStaleImages(cached, made)).toEqual(['bbbbbbbbbbbb-480.avif', 'bbbbbbbbbbbb-800.jpg']);
});
