import { untrack } from 'svelte';

/**
 * Which forms hold unsaved input. The update prompt reads it so the app never reloads under a half-filled form.
 */
class DirtyForms {
  #ids = $state<string[]>([]);

  /** True while any form has unsaved changes. */
  get any(): boolean {
    return this.#ids.length > 0;
  }

  /** Marks the form `id` as dirty or clean. Called from effects: it must not subscribe them to the list it writes. */
  set(id: string, isDirty: boolean): void {
    untrack(() => {
      const has = this.#ids.includes(id);
      if (isDirty && !has) this.#ids = [...this.#ids, id];
      if (!isDirty && has) this.#ids = this.#ids.filter((x) => x !== id);
    });
  }
}

export const dirtyForms = new DirtyForms();
