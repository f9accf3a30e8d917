import type { ContentComponentName } from './registry.ts';
import Photo from './Photo.astro';
import PullQuote from './PullQuote.astro';

/** The components handed to MDX content; the registry decides which names and attributes are allowed. */
export const contentComponents: Record<ContentComponentName, unknown> = { Photo, PullQuote };
