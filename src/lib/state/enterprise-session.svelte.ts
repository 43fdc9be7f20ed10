/**
 * What each enterprise screen (overview, assets, valuation, readiness, financing, policy) starts from: the enterprise
 * named by the address (`?e=`), its stored record and assets as they change, and their assessment as of today. A
 * screen that edits (valuation, financing) passes its edits in, and the assessment follows them at once.
 */
import { fromStore, type Readable } from 'svelte/store';
import type { Asset, Enterprise } from '$lib/engine';
import { todayIso } from '$lib/clock';
import { runAssessment } from './assessment';
import { data } from './data';

/**
 * A store's value as a reactive `current`. Dexie's liveQuery is a store whose `subscribe` returns a subscription
 * object, not a function: `fromStore` alone would call that object to unsubscribe when the screen closes.
 */
function live<T>(store: Readable<T>): { readonly current: T } {
  return fromStore<T>({
    subscribe(run) {
      const unsubscribe: unknown = store.subscribe(run);
      return typeof unsubscribe === 'function'
        ? (unsubscribe as () => void)
        : () => (unsubscribe as { unsubscribe(): void }).unsubscribe();
    }
  });
}

/** A screen's unsaved edits, applied over the stored records. */
export interface SessionEdits {
  enterprise?: (stored: Enterprise) => Enterprise;
  assets?: (stored: readonly Asset[]) => Asset[];
}

export class EnterpriseSession {
  /** The enterprise's id, from the address ('' when there is none). */
  readonly id: string;
  /** The id ready for a link's query string. */
  readonly q: string;
  /** The date the screen assesses at (the device's local date when it opened). */
  readonly today = todayIso();
  #stored: { readonly current: Enterprise | null | undefined };
  #storedAssets: { readonly current: Asset[] | undefined };
  #edits: SessionEdits;

  constructor(url: URL, edits: SessionEdits = {}) {
    this.id = url.searchParams.get('e') ?? '';
    this.q = encodeURIComponent(this.id);
    this.#edits = edits;
    this.#stored = live(data.watchEnterprise(this.id));
    this.#storedAssets = live(data.watchAssets(this.id));
  }

  /** undefined while loading, null when this device has no such enterprise; with the screen's edits. */
  readonly enterprise = $derived.by((): Enterprise | null | undefined => {
    const stored = this.#stored.current;
    return stored && this.#edits.enterprise ? this.#edits.enterprise(stored) : stored;
  });

  /** The enterprise as stored (without the screen's edits). */
  get storedEnterprise(): Enterprise | null | undefined {
    return this.#stored.current;
  }

  /** undefined while loading; with the screen's edits. */
  readonly assets = $derived.by((): Asset[] | undefined => {
    const stored = this.#storedAssets.current;
    return stored && this.#edits.assets ? this.#edits.assets(stored) : stored;
  });

  /** The assessment, once both are loaded: `ok` with the result, or the records it could not assess. */
  readonly outcome = $derived(
    this.enterprise && this.assets ? runAssessment(this.enterprise, this.assets, this.today) : null
  );

  /** The assessment's result when it succeeded. */
  readonly result = $derived(this.outcome?.ok ? this.outcome.result : null);
}
