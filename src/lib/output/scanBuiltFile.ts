import { gunzipSync } from 'node:zlib';
import { findContactDetails } from './findContactDetails.ts';
import { readableTexts } from './readableTexts.ts';

/** What the contact-details scan needs to know of the site: its address and the contacts it publishes on purpose. */
export interface ScanSettings {
  site: string;
  contacts: readonly string[];
}

/**
 * The e-mail addresses and phone numbers a built file shows readers, each once, leaving out the site's own
 * contacts. Gzip-compressed files (Pagefind's fragments) are inflated first.
 */
export function scanBuiltFile(file: string, bytes: Uint8Array, settings: ScanSettings): string[] {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data) : data).toString('utf8');
  return [...new Set(readableTexts(file, text, { site: settings.site }).flatMap((fragment) => findContactDetails(fragment, settings.contacts)))];
}
