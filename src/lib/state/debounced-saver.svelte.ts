/**
 * Saves a form's edits after a pause in typing: each key (an asset, the enterprise's settings) keeps only its latest
 * save, which runs `delayMs` after the last edit or at once on `flush` (when the screen closes). While anything is
 * waiting the form is marked dirty, so the app never reloads under it; a failed save says why in a toast.
 */
import { data } from './data';
import { dirtyForms } from './dirty.svelte';
import { toasts } from './toast.svelte';

/** What the screen says next to the form: nothing yet, waiting, saved, or the last save failed. */
export type SaveState = 'idle' | 'pending' | 'saved' | 'error';

/** The pause after the last edit before it is written: long enough to let a number be typed. */
export const SAVE_DELAY_MS = 400;

export class DebouncedSaver {
  #formId: string;
  #delayMs: number;
  // Bookkeeping, not state: nothing renders from these two maps.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #saves = new Map<string, () => Promise<unknown>>();
  #state = $state<SaveState>('idle');

  /** `formId` names the form in the dirty-forms list (the update prompt reads it). */
  constructor(formId: string, delayMs = SAVE_DELAY_MS) {
    this.#formId = formId;
    this.#delayMs = delayMs;
  }

  get state(): SaveState {
    return this.#state;
  }

  /** Replaces what `key` will save, and starts its pause again. */
  schedule(key: string, save: () => Promise<unknown>): void {
    clearTimeout(this.#timers.get(key));
    this.#saves.set(key, save);
    this.#timers.set(
      key,
      setTimeout(() => this.#run(key), this.#delayMs)
    );
    this.#state = 'pending';
    dirtyForms.set(this.#formId, true);
  }

  /** Saves everything still waiting, now. */
  flush(): void {
    for (const key of [...this.#timers.keys()]) this.#run(key);
  }

  #run(key: string): void {
    clearTimeout(this.#timers.get(key));
    this.#timers.delete(key);
    const save = this.#saves.get(key);
    this.#saves.delete(key);
    if (!save) return;
    save().then(
      () => this.#settle('saved'),
      (err: unknown) => {
        toasts.show(data.errorMessage(err), { tone: 'error' });
        this.#settle('error');
      }
    );
  }

  /** The form is clean once nothing waits for its pause (a save still running is not waited for). */
  #settle(state: SaveState): void {
    if (this.#timers.size > 0) return;
    this.#state = state;
    dirtyForms.set(this.#formId, false);
  }
}
