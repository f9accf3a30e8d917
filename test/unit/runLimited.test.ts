import { expect, test } from 'vitest';
import { runLimited } from '../../src/lib/runLimited.ts';

test('runs at most the limit at once and returns results in the order of the items', async () => {
  let running = 0;
  let most = 0;
  const results = await runLimited([30, 5, 20, 1, 10], 2, async (ms) => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, ms));
    running -= 1;
    return ms * 2;
  });
  expect(most).toBe(2);
  expect(results).toEqual([60, 10, 40, 2, 20]);
});

test('uses the limit when there is enough work, and runs nothing for no items', async () => {
  let most = 0;
  let running = 0;
  await runLimited([1, 1, 1, 1], 3, async () => {
    most = Math.max(most, ++running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running -= 1;
  });
  expect(most).toBe(3);
  expect(await runLimited([], 4, async () => 1)).toEqual([]);
});

test('a failing item rejects the whole run', async () => {
  await expect(runLimited([1, 2], 2, async (n) => (n === 2 ? Promise.reject(new Error('two')) : n))).rejects.toThrow('two');
});
