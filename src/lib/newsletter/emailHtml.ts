import type { EditionContent, EditionImage, EditionMember } from './editionContent.ts';
import { htmlToText, inlineStyles } from './styleHtml.ts';

/**
 * The palette of the email: the site's warm light colours, chosen so a client's forced dark mode (Gmail
 * and Outlook invert colours and ignore `prefers-color-scheme`) still gives readable contrast: dark text
 * on light grounds, a mid-tone accent, no text in images, no background images.
 */
const C = {
  page: '#faf6f0',
  card: '#fffdf9',
  text: '#231f1a',
  muted: '#5c5248',
  accent: '#9e3f1c',
  onAccent: '#fffdf9',
  soft: '#f2e2d3',
  border: '#e3d8ca',
};
const SANS = "Helvetica, Arial, 'Noto Sans', sans-serif";
const SERIF = "Georgia, 'Times New Roman', serif";
/** The width of the email and of its content column, in CSS pixels. */
export const EMAIL_WIDTH = 600;
const INNER = EMAIL_WIDTH - 2 * 32;

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const text = (size: number, color = C.text, extra = '') => `margin:0;font-family:${SANS};font-size:${size}px;line-height:1.5;color:${color};${extra}`;
const link = `color:${C.accent};text-decoration:underline;`;

/** Inline styles for the editor's letter, which is rendered Markdown. */
const LETTER_STYLES = {
  p: text(16, C.text, 'margin:0 0 16px 0;'),
  h2: `margin:24px 0 8px 0;font-family:${SERIF};font-size:20px;line-height:1.3;color:${C.text};`,
  h3: `margin:20px 0 8px 0;font-family:${SERIF};font-size:18px;line-height:1.3;color:${C.text};`,
  ul: 'margin:0 0 16px 0;padding:0 0 0 24px;',
  ol: 'margin:0 0 16px 0;padding:0 0 0 24px;',
  li: text(16, C.text, 'margin:0 0 4px 0;'),
  a: link,
  blockquote: `margin:0 0 16px 0;padding:0 0 0 16px;border-left:3px solid ${C.accent};`,
  img: 'display:block;width:100%;height:auto;border:0;',
};

const row = (content: string, padding = '0 32px 24px 32px') => `<tr><td style="padding:${padding};">${content}</td></tr>`;
const heading = (label: string) =>
  `<p style="${text(13, C.accent, 'font-weight:bold;letter-spacing:1px;text-transform:uppercase;margin:0 0 12px 0;')}">${esc(label)}</p>`;

function image(img: EditionImage, width: number): string {
  const height = Math.round((img.height / img.width) * width);
  return `<img src="${esc(img.src)}" alt="${esc(img.alt)}" width="${width}" height="${height}" style="display:block;width:100%;max-width:${width}px;height:auto;border:0;background-color:${C.soft};color:${C.muted};font-family:${SANS};font-size:13px;">`;
}

function avatar(member: EditionMember): string {
  if (member.photo) return image({ ...member.photo, alt: '' }, 64);
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="64"><tr><td width="64" height="64" align="center" valign="middle" bgcolor="${C.accent}" style="width:64px;height:64px;background-color:${C.accent};font-family:${SANS};font-size:22px;font-weight:bold;color:${C.onAccent};">${esc(member.initials)}</td></tr></table>`;
}

function member(person: EditionMember): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%"><tr>
<td width="64" valign="top" style="width:64px;padding:0 16px 16px 0;">${avatar(person)}</td>
<td valign="top" style="padding:0 0 16px 0;"><p style="${text(16, C.text, 'font-weight:bold;')}"><a href="${esc(person.url)}" style="color:${C.text};text-decoration:none;">${esc(person.name)}</a></p>
<p style="${text(14, C.accent)}">${esc(person.role)}${person.lead ? ' · team lead' : ''}</p>
<p style="${text(14, C.muted)}">${esc(person.roleSummary)}</p></td>
</tr></table>`;
}

/**
 * The issue as an email body: one 600 px column of nested tables with every style inline, images with
 * alt text, width and height, absolute addresses only. RSS-to-email tools send it as it is (it is the
 * newsletter feed's `content:encoded`); `emailHtml` wraps it in a whole document.
 */
export function emailBody(issue: EditionContent): string {
  const rows: string[] = [];
  rows.push(
    row(
      `<p style="${text(13, C.muted)}"><a href="${esc(issue.webUrl)}" style="color:${C.muted};text-decoration:underline;">View this issue on the web</a></p>`,
      '16px 32px 0 32px',
    ),
  );
  rows.push(
    row(
      `<p style="${text(14, C.accent, 'font-weight:bold;')}">${esc(issue.siteName)} · ${esc(formatDate(issue.date, issue.locale))}</p>
<h1 style="margin:8px 0 0 0;font-family:${SERIF};font-size:30px;line-height:1.2;color:${C.text};">${esc(issue.title)}</h1>`,
      '24px 32px 24px 32px',
    ),
  );
  if (issue.letterHtml) rows.push(row(inlineStyles(issue.letterHtml, LETTER_STYLES), '0 32px 8px 32px'));
  const department = issue.department;
  if (department) {
    const members = department.members.map(member).join('\n');
    rows.push(
      row(
        `${heading('Who does what')}
<h2 style="margin:0 0 8px 0;font-family:${SERIF};font-size:24px;line-height:1.3;color:${C.text};"><a href="${esc(department.url)}" style="color:${C.text};text-decoration:none;">${esc(department.name)}</a></h2>
<p style="${text(16, C.muted, 'margin:0 0 16px 0;')}">${esc(department.summary)}</p>
${department.photo ? `<div style="margin:0 0 16px 0;">${image(department.photo, INNER)}</div>` : ''}${members}`,
        `24px 32px 8px 32px;border-top:1px solid ${C.border}`,
      ),
    );
  }
  if (issue.spotlights.length > 0) {
    const stories = issue.spotlights
      .map(
        (story) => `<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td style="padding:0 0 24px 0;">
${story.image ? `<a href="${esc(story.url)}" style="text-decoration:none;">${image(story.image, INNER)}</a>` : ''}
<h3 style="margin:12px 0 4px 0;font-family:${SERIF};font-size:20px;line-height:1.3;color:${C.text};"><a href="${esc(story.url)}" style="color:${C.text};text-decoration:none;">${esc(story.title)}</a></h3>
<p style="${text(16, C.text, 'margin:0 0 4px 0;')}">${esc(story.summary)}</p>
<p style="${text(14, C.muted, 'margin:0 0 8px 0;')}">${esc(story.byline)}</p>
<p style="${text(14, C.accent, 'font-weight:bold;')}"><a href="${esc(story.url)}" style="${link}">Read the story</a></p>
</td></tr></table>`,
      )
      .join('\n');
    rows.push(row(`${heading('Spotlights')}\n${stories}`, `24px 32px 0 32px;border-top:1px solid ${C.border}`));
  }
  if (issue.kudos.length > 0) {
    const kudos = issue.kudos
      .map(
        (
          entry,
        ) => `<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td bgcolor="${C.soft}" style="padding:16px;background-color:${C.soft};border-left:3px solid ${C.accent};">
${entry.badge ? `<p style="${text(13, C.accent, 'font-weight:bold;margin:0 0 4px 0;')}">${esc(entry.badge)}</p>` : ''}
<p style="${text(16, C.text, `margin:0 0 8px 0;font-family:${SERIF};font-style:italic;`)}">“${esc(entry.message)}”</p>
<p style="${text(14, C.muted)}">${esc(entry.from)} to ${esc(entry.to)}</p>
</td></tr><tr><td height="12" style="height:12px;font-size:1px;line-height:12px;">&nbsp;</td></tr></table>`,
      )
      .join('\n');
    rows.push(row(`${heading('Kudos')}\n${kudos}`, `24px 32px 12px 32px;border-top:1px solid ${C.border}`));
  }
  rows.push(
    row(
      `<p style="${text(13, C.muted, 'margin:0 0 8px 0;')}">Everyone in this issue chose to be. Stories are approved by the people in them.</p>
<p style="${text(13, C.muted)}"><a href="${esc(issue.siteUrl)}" style="color:${C.muted};text-decoration:underline;">${esc(issue.siteName)}</a> · <a href="${esc(issue.webUrl)}" style="color:${C.muted};text-decoration:underline;">View on the web</a> · <a href="${esc(issue.unsubscribe)}" style="color:${C.muted};text-decoration:underline;">Unsubscribe</a></p>`,
      `24px 32px 32px 32px;border-top:1px solid ${C.border}`,
    ),
  );
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="${EMAIL_WIDTH}" bgcolor="${C.card}" style="width:100%;max-width:${EMAIL_WIDTH}px;background-color:${C.card};">
${rows.join('\n')}
</table>`;
}

/**
 * The issue as a whole email document: `color-scheme` meta for clients that adapt colours, a hidden
 * preheader, no `<style>`, no external CSS, no script and no web fonts.
 */
export function emailHtml(issue: EditionContent): string {
  return `<!DOCTYPE html>
<html lang="${esc(issue.locale)}" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="robots" content="noindex">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${esc(issue.title)}</title>
</head>
<body style="margin:0;padding:0;background-color:${C.page};">
<div style="display:none;font-size:1px;line-height:1px;color:${C.page};mso-hide:all;">${esc(issue.preheader)}</div>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" bgcolor="${C.page}" style="background-color:${C.page};">
<tr><td align="center" style="padding:16px 8px;">
${emailBody(issue)}
</td></tr>
</table>
</body>
</html>
`;
}

/** The issue as plain text, the twin of the email: the same sections, links as numbered footnotes. */
export function emailText(issue: EditionContent): string {
  const links: string[] = [];
  const ref = (url: string) => {
    links.push(url);
    return `[${links.length}]`;
  };
  const parts: string[] = [`${issue.siteName} · ${formatDate(issue.date, issue.locale)}`, underline(issue.title, '=')];
  parts.push(`View this issue on the web: ${issue.webUrl}`);
  if (issue.letterHtml) parts.push(htmlToText(issue.letterHtml, links));
  const department = issue.department;
  if (department) {
    parts.push(underline(`Who does what: ${department.name}`, '-'), `${department.summary} ${ref(department.url)}`);
    for (const person of department.members) {
      parts.push(`${person.name} ${ref(person.url)}\n${person.role}${person.lead ? ' · team lead' : ''}\n${person.roleSummary}`);
    }
  }
  if (issue.spotlights.length > 0) {
    parts.push(underline('Spotlights', '-'));
    for (const story of issue.spotlights) parts.push(`${story.title} ${ref(story.url)}\n${story.summary}\n${story.byline}`);
  }
  if (issue.kudos.length > 0) {
    parts.push(underline('Kudos', '-'));
    for (const entry of issue.kudos) parts.push(`${entry.badge ? `${entry.badge}: ` : ''}“${entry.message}”\n${entry.from} to ${entry.to}`);
  }
  parts.push('--', `Everyone in this issue chose to be. Stories are approved by the people in them.\nUnsubscribe: ${issue.unsubscribe}`);
  parts.push(links.map((url, i) => `[${i + 1}] ${url}`).join('\n'));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

const underline = (title: string, mark: string) => `${title}\n${mark.repeat(Math.min([...title].length, 72))}`;

function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}
