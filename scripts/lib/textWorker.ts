/** A thread of the check's Markdown reading (see textPool.ts): the text of each body it is sent. */
import { parentPort } from 'node:worker_threads';
import { markdownToText } from '../../src/lib/publication/listPublishedText.ts';
import type { MarkdownBody } from './textPool.ts';

parentPort!.on('message', ({ id, bodies }: { id: number; bodies: MarkdownBody[] }) => {
  try {
    parentPort!.postMessage({ id, texts: bodies.map(({ body, mdx }) => markdownToText(body, { mdx })) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
