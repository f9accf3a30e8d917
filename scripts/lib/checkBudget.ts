/** Lighthouse's four category scores (0 to 100) and the bytes a page transferred, images left out. */
export interface PageAudit {
  /** The page's URL path, such as `/spotlights/morning-samples/`. */
  page: string;
  /** Whether the transfer budget applies: it is set for spotlight pages. */
  kind: 'home' | 'spotlight' | 'person';
  scores: { performance: number; accessibility: number; 'best-practices': number; seo: number };
  /** Bytes transferred for everything but images. */
  bytesWithoutImages: number;
}

/** The least score per category, and the most a spotlight page may transfer without its images. */
export interface Budget {
  scores: PageAudit['scores'];
  spotlightBytesWithoutImages: number;
}

/** The targets the README states. */
export const BUDGET: Budget = {
  scores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
  spotlightBytesWithoutImages: 60 * 1024,
};

/** Every way the audited pages miss the budget, one sentence each; empty when all targets are met. */
export function checkBudget(audits: readonly PageAudit[], budget: Budget = BUDGET): string[] {
  const misses: string[] = [];
  for (const audit of audits) {
    for (const [category, least] of Object.entries(budget.scores) as [keyof PageAudit['scores'], number][]) {
      if (audit.scores[category] < least) misses.push(`${audit.page}: ${category} scores ${audit.scores[category]}, below the target of ${least}.`);
    }
    if (audit.kind === 'spotlight' && audit.bytesWithoutImages > budget.spotlightBytesWithoutImages) {
      misses.push(
        `${audit.page}: transfers ${formatKilobytes(audit.bytesWithoutImages)} without images, over the budget of ${formatKilobytes(budget.spotlightBytesWithoutImages)}.`,
      );
    }
  }
  return misses;
}

/** Bytes as kilobytes of 1,024 bytes, with one decimal: `61,952` is `60.5 KB`. */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
