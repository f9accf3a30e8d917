import { Worker } from 'node:worker_threads';
import { markdownToText } from '../../src/lib/publication/listPublishedText.ts';

/** A Markdown (or MDX) body to read as text. */
export interface MarkdownBody {
  body: string;
  mdx: boolean;
}

const WORKER = new URL('./textWorker.ts', import.meta.url);
/** Bodies sent to a thread at once: a message per body would cost more than reading a short one. */
const BATCH = 100;

/**
 * What each body shows as text ({@link markdownToText}), read on `size` threads, or in this thread when `size`
 * is 1. Answers are in the order of `bodies`.
 */
export async function readTexts(bodies: readonly MarkdownBody[], size: number): Promise<string[]> {
  if (size <= 1 || bodies.length <= BATCH) return bodies.map(({ body, mdx }) => markdownToText(body, { mdx }));
  const batches: MarkdownBody[][] = [];
  for (let at = 0; at < bodies.length; at += BATCH) batches.push(bodies.slice(at, at + BATCH));
  const workers = Array.from({ length: Math.min(size, batches.length) }, () => new Worker(WORKER));
  try {
    const answers = new Array<string[]>(batches.length);
    let next = 0;
    // Each thread takes the next batch when it has answered one, so a slow thread takes fewer.
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) return resolve();
              const id = next++;
              worker.postMessage({ id, bodies: batches[id] });
            };
            worker.on('message', ({ id, texts, error }: { id: number; texts?: string[]; error?: string }) => {
              if (error !== undefined) return reject(new Error(`Reading the text of Markdown bodies failed: ${error}`));
              answers[id] = texts!;
              send();
            });
            worker.on('error', reject);
            // A thread that ends before its last answer (after it, this does nothing).
            worker.on('exit', (code) => reject(new Error(`A thread reading Markdown bodies stopped (exit code ${code}).`)));
            send();
          }),
      ),
    );
    return answers.flat();
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
