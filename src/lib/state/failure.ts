/**
 * A failed import or undo as one message: what failed (`backup.importFailed`, `backup.undoFailed`) with the storage
 * layer's own reason inside, in the user's language. The backup and hand-over screens say it the same way.
 */
import { get } from 'svelte/store';
import { _ } from '$lib/i18n';
import type { MessageRef } from '$lib/i18n/issue';
import { data } from './data';

export function failedBecause(key: 'backup.importFailed' | 'backup.undoFailed', err: unknown): MessageRef {
  const reason = data.errorMessage(err);
  return { key, values: { detail: get(_)(reason.key, { values: reason.values }) } };
}
