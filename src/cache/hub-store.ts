/**
 * The Hub's ETags and answers kept in the cache folder, so that a later run's requests are conditional
 * (If-None-Match) and a 304 is answered from here. An entry that cannot be read is ignored.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConditionalStore, RememberedResponse } from '../hub/hub-fetch.js';

export function diskStore(directory: string): ConditionalStore {
  const folder = join(directory, 'hub');
  const fileOf = (url: string): string => join(folder, `${createHash('sha256').update(url).digest('hex')}.json`);
  return {
    get(url) {
      try {
        const entry = JSON.parse(readFileSync(fileOf(url), 'utf8')) as Partial<RememberedResponse> & { url?: string };
        const usable =
          entry.url === url &&
          typeof entry.etag === 'string' &&
          typeof entry.status === 'number' &&
          typeof entry.body === 'string';
        return usable ? (entry as RememberedResponse) : undefined;
      } catch {
        return undefined;
      }
    },
    set(url, response) {
      try {
        mkdirSync(folder, { recursive: true });
        const file = fileOf(url);
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ url, ...response }));
        renameSync(temporary, file);
      } catch {
        // Without the copy the next run asks again in full: slower, never wrong.
      }
    },
  };
}
