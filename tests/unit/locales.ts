/** The app's message files, read straight from disk for the message tests (no svelte-i18n, no Vite). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dict } from '../../src/lib/i18n/dict';

export const LOCALES_DIR = join(import.meta.dirname, '../../src/lib/i18n/locales');

function flatten(d: Dict, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(d)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

/** Every message of one language, keyed `<namespace>.<path>` as the app looks them up. */
export function loadMessages(lang: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(join(LOCALES_DIR, lang)))
    Object.assign(
      out,
      flatten(JSON.parse(readFileSync(join(LOCALES_DIR, lang, f), 'utf8')) as Dict, f.replace(/\.json$/, ''))
    );
  return out;
}
