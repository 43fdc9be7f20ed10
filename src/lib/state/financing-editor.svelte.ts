/**
 * The financing screen's edits (`enterprise.financingSettings`): a valid edit is applied at once (the screen
 * recomputes) and saved after a pause; an invalid one is kept out of the result and its message shown under the
 * field. Unsaved edits mark the form dirty, so the app never reloads under them.
 */
import { FinancingSettingsSchema, type Enterprise, type FinancingSettings } from '$lib/engine';
import { issueMessage, type MessageRef } from '$lib/i18n/issue';
import { data } from './data';
import { DebouncedSaver, type SaveState } from './debounced-saver.svelte';

export type FinancingGroup = keyof FinancingSettings;

export class FinancingEditor {
  #settings = $state<FinancingSettings | null>(null);
  #errors = $state<Record<string, MessageRef>>({});
  #saver = new DebouncedSaver('financing');

  /** Whether the edits are saved (the screen says it next to the form). */
  get saveState(): SaveState {
    return this.#saver.state;
  }

  /** The stored enterprise with this session's edits applied. */
  enterprise(stored: Enterprise): Enterprise {
    return this.#settings ? { ...stored, financingSettings: this.#settings } : stored;
  }

  /** The settings in view (this session's edits, else the stored ones). */
  settings(stored: Enterprise): FinancingSettings {
    return this.#settings ?? stored.financingSettings ?? {};
  }

  /** The message for `group.key`. */
  error(group: FinancingGroup, key: string): MessageRef | undefined {
    return this.#errors[`${group}.${key}`];
  }

  /** Sets one field (undefined removes it: back to the default); returns whether it was valid and applied. */
  set(enterprise: Enterprise, group: FinancingGroup, key: string, value: unknown): boolean {
    const current = this.settings(enterprise);
    const g: Record<string, unknown> = { ...(current[group] ?? {}) };
    if (value === undefined) delete g[key];
    else g[key] = value;
    const next: Record<string, unknown> = { ...current };
    if (Object.keys(g).length) next[group] = g;
    else delete next[group];
    const parsed = FinancingSettingsSchema.safeParse(next);
    const field = `${group}.${key}`;
    const errors = { ...this.#errors };
    delete errors[field];
    if (!parsed.success) {
      // Only this field changed (the others were valid when kept), so the first issue is this field's.
      const issue = parsed.error.issues.find((i) => i.path.map(String).join('.') === field);
      errors[field] = issueMessage(issue ?? (parsed.error.issues[0] as (typeof parsed.error.issues)[number]));
      this.#errors = errors;
      return false;
    }
    this.#errors = errors;
    this.#settings = next as FinancingSettings;
    const id = enterprise.id;
    this.#saver.schedule('settings', () =>
      data.saveFinancingSettings(id, $state.snapshot(this.#settings) ?? {})
    );
    return true;
  }

  /** Saves what is still waiting (when the screen closes). */
  flush(): void {
    this.#saver.flush();
  }
}
