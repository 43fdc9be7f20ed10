/**
 * Which forms hold unsaved input. The update prompt reads it so the app never reloads under a half-filled form.
 */
class DirtyForms {
  #ids = $state<string[]>([]);

  /** True while any form has unsaved changes. */
  get any(): boolean {
    return this.#ids.length > 0;
  }

  /** Marks the form `id` as dirty or clean. */
  set(id: string, isDirty: boolean): void {
    const has = this.#ids.includes(id);
    if (isDirty && !has) this.#ids.push(id);
    if (!isDirty && has) this.#ids = this.#ids.filter((x) => x !== id);
  }
}

export const dirtyForms = new DirtyForms();
