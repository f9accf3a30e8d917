import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { contentComponents } from '../components/content/index.ts';

let container: Promise<AstroContainer> | undefined;

/**
 * The body of a Markdown or MDX entry as HTML, rendered by the same pipeline as its page (MDX components
 * included, through Astro's container API), for outputs that are not pages: feeds and newsletter editions.
 */
export async function renderEntryHtml(entry: CollectionEntry<'spotlights' | 'newsletter' | 'departments'>): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(entry);
  return (await container).renderToString(Content, { props: { components: contentComponents } });
}
