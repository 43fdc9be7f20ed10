import type { MessageRef } from '$lib/i18n/issue';
import { dirtyForms } from '$lib/state/dirty.svelte';

type LoadState = 'loading' | 'ready' | 'missing';

export interface FormOptions<D> {
  /** Name under which the form reports unsaved input (the update prompt waits while any form is dirty). */
  id: string;
  /** The draft of a new record. */
  initial: D;
  /** Every problem of the draft by field path; empty when it can be saved. */
  validate: (draft: D) => Record<string, MessageRef>;
}

/**
 * The state every edit form shares: the draft, whether it was loaded, which fields were touched, the errors to show
 * (a field's error appears once it was left or a save was tried), dirtiness and the save in progress.
 * Create it during component initialisation: it registers an effect that reports unsaved input.
 */
export class FormState<D> {
  draft = $state() as D;
  status = $state<LoadState>('ready');
  saving = $state(false);
  #original = $state('');
  #touched = $state<Record<string, boolean>>({});
  #submitted = $state(false);
  #validate: (draft: D) => Record<string, MessageRef>;

  readonly errors = $derived.by(() => this.#validate(this.draft));
  readonly errorCount = $derived(Object.keys(this.errors).length);
  readonly isDirty = $derived(this.status === 'ready' && JSON.stringify(this.draft) !== this.#original);
  /** True once a save was tried with errors: the form then lists how many remain. */
  readonly showSummary = $derived(this.#submitted && this.errorCount > 0);

  constructor({ id, initial, validate }: FormOptions<D>) {
    this.draft = initial;
    this.#original = JSON.stringify(initial);
    this.#validate = validate;
    $effect(() => {
      dirtyForms.set(id, this.isDirty);
      return () => dirtyForms.set(id, false);
    });
  }

  /** Loads a stored record into the form; `missing` when there is none (or reading failed: `onError` says why). */
  load(read: Promise<D | undefined>, onError: (err: unknown) => void): void {
    this.status = 'loading';
    read.then(
      (d) => {
        if (d === undefined) return void (this.status = 'missing');
        this.draft = d;
        this.#original = JSON.stringify(d);
        this.status = 'ready';
      },
      (err) => {
        this.status = 'missing';
        onError(err);
      }
    );
  }

  /** The error to show under the field at `path`, if any. */
  shown = (path: string): MessageRef | undefined =>
    this.#submitted || this.#touched[path] ? this.errors[path] : undefined;

  /** An onblur handler that marks the field at `path` as touched. */
  touch = (path: string) => () => {
    this.#touched[path] = true;
  };

  /**
   * Tries to save: with errors, shows them all and focuses the first invalid field; otherwise runs `save` and marks
   * the draft as saved (clean) when it succeeds. Returns whether it saved.
   */
  async submit(save: () => Promise<void>, onError: (err: unknown) => void): Promise<boolean> {
    this.#submitted = true;
    if (this.errorCount > 0) {
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return false;
    }
    this.saving = true;
    try {
      await save();
      this.#original = JSON.stringify(this.draft);
      return true;
    } catch (err) {
      onError(err);
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** Starts over with a new empty draft (the next record of a series): nothing touched, nothing submitted. */
  reset(initial: D): void {
    this.draft = initial;
    this.#original = JSON.stringify(initial);
    this.#touched = {};
    this.#submitted = false;
  }

  /** Forgets unsaved input (after a delete, say), so leaving the page is not blocked. */
  markClean(): void {
    this.#original = JSON.stringify(this.draft);
  }
}
