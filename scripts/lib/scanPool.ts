import { Worker } from 'node:worker_threads';
import { scanBuiltFile, type ScanSettings } from '../../src/lib/output/scanBuiltFile.ts';

/** Threads that scan built files for contact details; one thread scans in this one. */
export interface ScanPool {
  scan(file: string, bytes: Uint8Array): Promise<string[]>;
  close(): Promise<void>;
}

const WORKER = new URL('./scanWorker.ts', import.meta.url);

/**
 * Scans files on `size` threads (each file goes to the thread with the fewest waiting), or in this thread
 * when `size` is 1. A file the scan cannot read rejects its promise with the file's name and the cause.
 */
export function createScanPool(size: number, settings: ScanSettings): ScanPool {
  if (size <= 1) {
    return {
      scan: async (file, bytes) => scanBuiltFile(file, bytes, settings),
      close: async () => undefined,
    };
  }
  const waiting = new Map<number, { file: string; resolve: (hits: string[]) => void; reject: (error: Error) => void; worker: number }>();
  const load = new Array<number>(size).fill(0);
  const workers = Array.from({ length: size }, (_, index) => {
    const worker = new Worker(WORKER, { workerData: settings });
    worker.on('message', ({ id, hits, error }: { id: number; hits?: string[]; error?: string }) => {
      const job = waiting.get(id)!;
      waiting.delete(id);
      load[index]!--;
      if (error !== undefined) job.reject(new Error(`The contact-details scan could not read ${job.file}: ${error}`));
      else job.resolve(hits!);
    });
    worker.on('error', (error) => {
      for (const [id, job] of waiting) {
        if (job.worker !== index) continue;
        waiting.delete(id);
        job.reject(new Error(`The contact-details scan stopped while reading ${job.file}: ${error.message}`));
      }
    });
    return worker;
  });
  let next = 0;
  return {
    scan(file, bytes) {
      const index = load.indexOf(Math.min(...load));
      load[index]!++;
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { file, resolve, reject, worker: index });
        workers[index]!.postMessage({ id, file, bytes });
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
