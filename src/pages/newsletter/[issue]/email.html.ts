import type { APIRoute, GetStaticPaths } from 'astro';
import { getEditions, type IssueEdition } from '../../../data/newsletter.ts';
import { emailHtml } from '../../../lib/newsletter/emailHtml.ts';

/** `/newsletter/<yyyy-mm>/email.html`: the issue as email-safe HTML, to paste into a mail tool. */
export const getStaticPaths = (async () =>
  [...(await getEditions())].map(([issue, edition]) => ({ params: { issue }, props: edition }))) satisfies GetStaticPaths;

export const GET: APIRoute<IssueEdition> = ({ props }) => new Response(emailHtml(props.content), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
