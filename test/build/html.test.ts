import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { isWebPage } from '../helpers/pageTypes.ts';
import { FIXTURE_OUT } from '../setup/buildFixture.ts';

/** The Nu Html Checker's jar: the vnu-jar package exports its path. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Errors the checker reports for valid CSS that its grammar does not know yet: container queries (CSS
 * Containment Level 3, in every current browser since 2023), which size the initials in Avatar. Each is
 * matched on its message and on the CSS it quotes, so the same message about anything else still fails.
 */
const CHECKER_GAPS: { message: RegExp; extract?: RegExp }[] = [
  { message: /^CSS: “container-type”: Property “container-type” doesn't exist\.$/ },
  { message: /^CSS: “font-size”: (Parse Error|Unknown dimension)\.$/, extract: /\dcq(i|w|h|b|min|max)\b/ },
];

const isCheckerGap = (m: VnuMessage) => CHECKER_GAPS.some((gap) => gap.message.test(m.message) && (gap.extract?.test(m.extract ?? '') ?? true));

/** Runs the checker once over a folder; returns its messages. */
function checkHtml(dir: string): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-jar', VNU_JAR, '--format', 'json', '--skip-non-html', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let report = '';
    child.stderr.on('data', (chunk) => (report += chunk));
    child.on('error', (error) => reject(new Error(`The Nu Html Checker needs Java (apt-get install default-jre-headless): ${error.message}`)));
    child.on('close', () => {
      try {
        resolve((JSON.parse(report) as { messages: VnuMessage[] }).messages);
      } catch {
        reject(new Error(`The Nu Html Checker did not report in JSON:\n${report}`));
      }
    });
  });
}

const where = (m: VnuMessage) => `${m.url ? path.relative(FIXTURE_OUT, fileURLToPath(m.url)) : '?'}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'}`;

test('every built page is valid HTML by the Nu Html Checker', async () => {
  const messages = await checkHtml(FIXTURE_OUT);
  // Email editions follow mail clients' conventions, not the web's; test/build/newsletter.test.ts checks them.
  const errors = messages.filter((m) => m.type !== 'info' && !isCheckerGap(m) && (!m.url || isWebPage(path.relative(FIXTURE_OUT, fileURLToPath(m.url)))));
  expect(errors.map((m) => `${where(m)} ${m.message}${m.extract ? ` in “${m.extract.trim()}”` : ''}`)).toEqual([]);
});
