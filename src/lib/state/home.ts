/**
 * The home screen's data as one store: first read straight from IndexedDB (src/lib/db/peek.ts, no Dexie), then, once
 * the owner acts (delete, undo) or the stored database needs Dexie (another version: Dexie migrates it), Dexie's live
 * queries through the data facade, which keep the list current from then on.
 */
import { writable, type Readable } from 'svelte/store';
import { peekHome, type HomeData } from '$lib/db/peek';
import { errorMessage } from './error-message';
import { storageHealth } from './storage-health.svelte';
import { afterLoadWhenIdle } from './yield';

export interface HomeStore extends Readable<HomeData | undefined> {
  /** Switches to Dexie's live queries (loading the data facade); resolves once they are subscribed. */
  live(): Promise<typeof import('./data').data>;
}

/** The home screen's store; `undefined` until the first read (and while prerendering). */
export function homeData(): HomeStore {
  const store = writable<HomeData | undefined>(undefined, () => {
    if (typeof window === 'undefined') return;
    let stopped = false;
    // After the load event, when the browser is idle: the list is not what the phone paints first (the HTML is), and
    // reading and drawing it while the page still starts up made one long task of both (Lighthouse: total blocking
    // time 40 → 360 ms when the list came at the first frame).
    void afterLoadWhenIdle()
      .then(() => (stopped || liveStop ? undefined : peekHome()))
      .then((result) => {
        if (stopped || liveStop || result === undefined) return;
        if (result === null) return void live();
        storageHealth.clear();
        store.set(result);
      })
      .catch((err: unknown) => storageHealth.report(errorMessage(err)));
    return () => {
      stopped = true;
      liveStop?.();
      liveStop = undefined;
      facade = undefined;
    };
  });

  let liveStop: (() => void) | undefined;
  let facade: Promise<typeof import('./data').data> | undefined;

  function live(): Promise<typeof import('./data').data> {
    facade ??= import('./data').then(({ data }) => {
      const enterprises = data.watchEnterprises();
      const lastBackup = data.watchLastBackupAt();
      let list: HomeData['enterprises'] | undefined;
      let at: string | null | undefined;
      const publish = () => {
        if (list !== undefined && at !== undefined) store.set({ enterprises: list, lastBackupAt: at });
      };
      const offList = enterprises.subscribe((v) => ((list = v), publish()));
      const offAt = lastBackup.subscribe((v) => ((at = v), publish()));
      liveStop = () => (offList(), offAt());
      return data;
    });
    return facade;
  }

  return { subscribe: store.subscribe, live };
}
