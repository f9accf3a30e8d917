import type { AstroIntegration } from 'astro';
import { recordPhase } from '../lib/output/buildPhases.ts';

/**
 * Records how long Astro's own steps take when `INSOURCE_PHASES` is set (`npm run bench`): `content sync`
 * (reading and rendering the content collections, from the end of configuration to the start of the build)
 * and `pages` (bundling and generating every route, social cards included unless they are drawn in a step of
 * their own).
 */
export function buildPhases(): AstroIntegration {
  let configured = 0;
  let started = 0;
  return {
    name: 'insource:build-phases',
    hooks: {
      'astro:config:done': () => {
        configured = performance.now();
        // From the process's start: Node, Astro and the configuration loading.
        recordPhase({ phase: 'start', ms: configured });
      },
      'astro:build:start': () => {
        started = performance.now();
        recordPhase({ phase: 'content sync', ms: started - configured });
      },
      'astro:build:generated': () => {
        recordPhase({ phase: 'pages', ms: performance.now() - started });
      },
    },
  };
}
