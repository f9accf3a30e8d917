import type { APIRoute } from 'astro';
import { emailText } from '../../../lib/newsletter/emailHtml.ts';
import type { IssueEdition } from '../../../data/newsletter.ts';

export { getStaticPaths } from './email.html.ts';

/** `/newsletter/<yyyy-mm>/email.txt`: the plain-text twin of the email, links as numbered footnotes. */
export const GET: APIRoute<IssueEdition> = ({ props }) => new Response(emailText(props.content), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
