import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CardFonts } from './cardFonts.ts';
import { type CardJob, type DrawnCard, drawCardJob } from './drawCardJob.ts';
import { createPanelCache, PANEL_CACHE_SIZE } from './preparePanel.ts';

/** Threads that draw cards; each card's promise settles with that card, whatever order they finish in. */
export interface CardPool {
  draw(job: CardJob): Promise<DrawnCard>;
  /** Stops the threads; cards not yet drawn fail. */
  close(): Promise<void>;
}

export interface CardPoolOptions {
  /** How many threads draw; 1 draws in this thread, without workers. */
  size: number;
  /** The card cache the cards are written to. */
  cacheDir: string;
  /** The project folder, against which photo paths resolve. */
  root: string;
  /** The worker's module (`cardWorkerEntry(root)`). */
  entry: string;
}

/** What a card worker answers for each job. */
export type CardWorkerReply = { card: DrawnCard } | { error: string };

/**
 * The worker's module, from the project folder: Astro bundles `src/` into chunks elsewhere, but Node runs
 * this TypeScript file directly, so the worker loads the same renderer from the source.
 */
export function cardWorkerEntry(root: string): string {
  const entry = path.join(root, 'src', 'lib', 'cards', 'cardWorker.ts');
  if (!existsSync(entry)) throw new Error(`The card worker ${entry} is missing: run the build from the project folder, where src/lib/cards/ is.`);
  return entry;
}

/** Draws cards on `size` threads, each loading the fonts once; with size 1, in this thread one at a time. */
export function createCardPool(options: CardPoolOptions): CardPool {
  return options.size <= 1 ? inThread(options) : new ThreadPool(options);
}

function inThread(options: CardPoolOptions): CardPool {
  const fonts = new CardFonts();
  const panels = createPanelCache(PANEL_CACHE_SIZE);
  let chain: Promise<unknown> = Promise.resolve();
  let closed = false;
  return {
    draw(job) {
      const card = chain.then(() => {
        if (closed) throw new Error('The card pool was closed before this card was drawn.');
        return drawCardJob(job, { fonts, cacheDir: options.cacheDir, root: options.root, panels });
      });
      chain = card.catch(() => undefined);
      return card;
    },
    async close() {
      closed = true;
    },
  };
}

interface Task {
  job: CardJob;
  resolve: (card: DrawnCard) => void;
  reject: (error: Error) => void;
}

class ThreadPool implements CardPool {
  readonly #queue: Task[] = [];
  #head = 0;
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Task>();
  readonly #workers = new Set<Worker>();
  #closed = false;

  constructor(options: CardPoolOptions) {
    for (let i = 0; i < options.size; i++) {
      const worker = new Worker(options.entry, { workerData: { cacheDir: options.cacheDir, root: options.root } });
      // An idle worker never keeps the build's process alive; a busy one does, so that no card is lost.
      worker.unref();
      worker.on('message', (reply: CardWorkerReply) => this.#answer(worker, reply));
      worker.on('error', (error) => this.#lose(worker, error));
      worker.on('exit', (code) => this.#lose(worker, new Error(`a card worker stopped (exit code ${code})`)));
      this.#workers.add(worker);
      this.#idle.push(worker);
    }
  }

  draw(job: CardJob): Promise<DrawnCard> {
    return new Promise((resolve, reject) => {
      if (this.#closed || this.#workers.size === 0) reject(new Error('No card worker is running.'));
      else {
        this.#queue.push({ job, resolve, reject });
        this.#next();
      }
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#failQueued(new Error('The card pool was closed before this card was drawn.'));
    await Promise.all([...this.#workers].map((worker) => worker.terminate()));
  }

  #next(): void {
    while (this.#idle.length > 0 && this.#head < this.#queue.length) {
      const worker = this.#idle.pop()!;
      const task = this.#queue[this.#head]!;
      this.#queue[this.#head++] = undefined as unknown as Task;
      this.#busy.set(worker, task);
      worker.ref();
      worker.postMessage(task.job);
    }
    if (this.#head === this.#queue.length) {
      this.#queue.length = 0;
      this.#head = 0;
    }
  }

  #answer(worker: Worker, reply: CardWorkerReply): void {
    const task = this.#busy.get(worker);
    this.#busy.delete(worker);
    worker.unref();
    this.#idle.push(worker);
    if (task) {
      if ('card' in reply) task.resolve(reply.card);
      else task.reject(new Error(reply.error));
    }
    this.#next();
  }

  #lose(worker: Worker, error: Error): void {
    if (!this.#workers.delete(worker)) return;
    const index = this.#idle.indexOf(worker);
    if (index >= 0) this.#idle.splice(index, 1);
    const task = this.#busy.get(worker);
    this.#busy.delete(worker);
    if (this.#closed) return;
    task?.reject(error);
    if (this.#workers.size === 0) this.#failQueued(new Error(`No card worker is left: ${error.message}`));
    else this.#next();
  }

  #failQueued(error: Error): void {
    for (const task of this.#queue.slice(this.#head)) task.reject(error);
    this.#queue.length = 0;
    this.#head = 0;
  }
}
