import type { AstroIntegration } from 'astro';

/**
 * Set on the process by a static build (never by the dev server): the cards' route then starts drawing
 * every card on worker threads as soon as it lists them. A global, because the route runs from Astro's
 * bundle, a module graph apart from this integration's. (`import.meta.env.DEV` cannot tell: it is true in
 * a build run with NODE_ENV=test, as the build tests do.)
 */
export const DRAW_CARDS_AHEAD = Symbol.for('insource.drawCardsAhead');

/** Whether this process is a static build that draws its cards ahead of their pages. */
export function drawsCardsAhead(): boolean {
  return (globalThis as Record<symbol, unknown>)[DRAW_CARDS_AHEAD] === true;
}

/** Marks a static build, so that the cards' route draws every card on worker threads up front. */
export function drawCardsAhead(): AstroIntegration {
  return {
    name: 'insource:draw-cards-ahead',
    hooks: {
      'astro:build:start': () => {
        (globalThis as Record<symbol, unknown>)[DRAW_CARDS_AHEAD] = true;
      },
    },
  };
}
