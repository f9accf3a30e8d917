/** A thread of the contact-details scan (see scanPool.ts): scans each built file it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { scanBuiltFile, type ScanSettings } from '../../src/lib/output/scanBuiltFile.ts';

const settings = workerData as ScanSettings;
parentPort!.on('message', ({ id, file, bytes }: { id: number; file: string; bytes: Uint8Array }) => {
  try {
    parentPort!.postMessage({ id, hits: scanBuiltFile(file, bytes, settings) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
