/**
 * The valuation screen's edits: per asset (`asset.valuation`) and per enterprise (`enterprise.valuationSettings`).
 * A valid edit is applied at once (the screen recomputes) and saved after a pause; an invalid one is kept out of the
 * result and its message shown under the field. Unsaved edits mark the form dirty, so the app never reloads under them.
 */
import {
  AssetValuationInputSchema,
  ValuationSettingsSchema,
  type Asset,
  type Enterprise,
  type AssetValuationInput,
  type ValuationSettings
} from '$lib/engine';
import { fieldErrors, type MessageRef } from '$lib/i18n/issue';
import { data } from './data';
import { DebouncedSaver, type SaveState } from './debounced-saver.svelte';

export type { SaveState };
/** Error scope of the enterprise settings (asset scopes are asset ids). */
export const ENTERPRISE_SCOPE = 'enterprise';

/** `obj` with `key` set, or removed when `value` is undefined (an override removed is a reset to the default). */
export function withField<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const { [key]: _old, ...rest } = obj;
  return (value === undefined ? rest : { ...rest, [key]: value }) as T;
}

export class ValuationEditor {
  #assets = $state<Record<string, AssetValuationInput>>({});
  #settings = $state<ValuationSettings | null>(null);
  #errors = $state<Record<string, MessageRef>>({});
  #saver = new DebouncedSaver('valuation');

  /** Whether the edits are saved (the screen says it next to the form). */
  get saveState(): SaveState {
    return this.#saver.state;
  }

  /** The stored assets with this session's edits applied. */
  assets(stored: readonly Asset[]): Asset[] {
    return stored.map((a) => {
      const v = this.#assets[a.id];
      return v ? { ...a, valuation: v } : a;
    });
  }

  /** The stored enterprise with this session's edits applied. */
  enterprise(stored: Enterprise): Enterprise {
    return this.#settings ? { ...stored, valuationSettings: this.#settings } : stored;
  }

  /** The message for a field (`path` as zod writes it: 'revenueHistory.0.year'). */
  error(scope: string, path: string): MessageRef | undefined {
    return this.#errors[`${scope}:${path}`];
  }

  /** Every message under `prefix` (a group such as 'qualityWeights'), the first one. */
  groupError(scope: string, prefix: string): MessageRef | undefined {
    const key = Object.keys(this.#errors).find(
      (k) => k === `${scope}:${prefix}` || k.startsWith(`${scope}:${prefix}.`)
    );
    return key ? this.#errors[key] : undefined;
  }

  /** Sets one field of an asset's valuation input; returns whether it was valid (and applied). */
  setAssetField<K extends keyof AssetValuationInput>(
    asset: Asset,
    key: K,
    value: AssetValuationInput[K] | undefined
  ): boolean {
    const current = this.#assets[asset.id] ?? asset.valuation;
    const next = withField(current, key, value);
    const parsed = AssetValuationInputSchema.safeParse(next);
    if (!this.#record(asset.id, String(key), parsed.success ? [] : parsed.error.issues)) return false;
    this.#assets[asset.id] = next;
    this.#saver.schedule(`asset:${asset.id}`, () =>
      data.saveAssetValuation(asset.id, $state.snapshot(this.#assets[asset.id]) ?? {})
    );
    return true;
  }

  /** Sets one field of the enterprise's valuation settings; returns whether it was valid (and applied). */
  setSetting<K extends keyof ValuationSettings>(
    enterprise: Enterprise,
    key: K,
    value: ValuationSettings[K] | undefined
  ): boolean {
    const current = this.#settings ?? enterprise.valuationSettings;
    const next = withField(current, key, value);
    const parsed = ValuationSettingsSchema.safeParse(next);
    if (!this.#record(ENTERPRISE_SCOPE, String(key), parsed.success ? [] : parsed.error.issues)) return false;
    this.#settings = next;
    this.#saver.schedule('enterprise', () =>
      data.saveValuationSettings(enterprise.id, $state.snapshot(this.#settings) ?? {})
    );
    return true;
  }

  /**
   * Drops the messages of one scope (an asset id): its card was closed, so the refused text they were about is gone
   * and the card reopens with the values in force. Valid edits are kept and saved as before.
   */
  forgetErrors(scope: string): void {
    const prefix = `${scope}:`;
    if (!Object.keys(this.#errors).some((k) => k.startsWith(prefix))) return;
    this.#errors = Object.fromEntries(Object.entries(this.#errors).filter(([k]) => !k.startsWith(prefix)));
  }

  /** Saves everything still waiting (when the screen closes). */
  flush(): void {
    this.#saver.flush();
  }

  /** Keeps the messages of `field` (and clears its old ones); true when it has none. */
  #record(
    scope: string,
    field: string,
    issues: readonly { path: PropertyKey[]; code: string; message: string }[]
  ): boolean {
    const mine = issues.filter((i) => String(i.path[0]) === field);
    const errors = { ...this.#errors };
    for (const k of Object.keys(errors))
      if (k === `${scope}:${field}` || k.startsWith(`${scope}:${field}.`)) delete errors[k];
    for (const [path, msg] of Object.entries(fieldErrors(mine))) errors[`${scope}:${path}`] = msg;
    this.#errors = errors;
    return mine.length === 0 && issues.length === 0;
  }
}
