import type { APIRoute, GetStaticPaths } from 'astro';
import { drawAllCards, drawCard, getCards } from '../../data/cards.ts';
import { drawsCardsAhead } from '../../integrations/drawCardsAhead.ts';
import type { PlannedCard } from '../../lib/cards/planCards.ts';
import { CARD_PREFIX } from '../../lib/urls.ts';

/** One 1200x630 social card per shareable story, shareable person and department, and the site's own. */
export const getStaticPaths = (async () => {
  const { site, cards } = await getCards();
  // A build draws every card on worker threads from here on, while Astro renders the other pages; the
  // dev server draws a card only when it is asked for.
  if (drawsCardsAhead()) drawAllCards().catch(() => undefined); // a failure reaches each card's GET
  return [site, ...cards.values()].map((card) => ({ params: { card: card.path.slice(CARD_PREFIX.length) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PlannedCard }> = async ({ props }) => {
  const drawn = await drawCard(props.card);
  return new Response(new Uint8Array(drawn.bytes), { headers: { 'Content-Type': drawn.format === 'jpeg' ? 'image/jpeg' : 'image/png' } });
};
