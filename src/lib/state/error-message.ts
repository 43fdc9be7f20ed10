import type { MessageRef } from '$lib/i18n/issue';
import { issueMessage } from '$lib/i18n/issue';
import { storageErrorMessage } from '$lib/db/errors';

/** What to tell the user about a failed read or write (no Dexie here: the home screen uses it before Dexie loads). */
export function errorMessage(err: unknown): MessageRef {
  const e = err as { name?: string; issues?: { code: string; message: string; path: PropertyKey[] }[] };
  if (e?.name === 'ValidationError' && e.issues?.[0]) return issueMessage(e.issues[0]);
  if (e?.name === 'RecordNotFoundError') return { key: 'app.error.notFound' };
  const storage = storageErrorMessage(err);
  if (storage) return storage;
  return { key: 'app.error.unexpected', values: { detail: String((err as Error)?.message ?? err) } };
}
