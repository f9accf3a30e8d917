/** The environment variable that sets how many threads draw the social cards. */
export const CARD_WORKERS_ENV = 'INSOURCE_CARD_WORKERS';

/**
 * How many threads draw the cards: `INSOURCE_CARD_WORKERS` when set (1 draws them in the build's own
 * thread), otherwise one per core the machine offers (`available`).
 */
export function cardWorkerCount(env: Record<string, string | undefined>, available: number): number {
  const value = env[CARD_WORKERS_ENV]?.trim();
  if (!value) return Math.max(1, available);
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`${CARD_WORKERS_ENV} must be a whole number of at least 1, such as ${Math.max(1, available)} (one thread per core); got "${value}".`);
  return count;
}
