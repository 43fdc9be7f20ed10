/**
 * The overview's worker: reads the device, checks the stored summaries and computes the missing ones off the page's
 * thread (summary-pool.ts starts a few of them). It imports the engine through `$lib/engine` like every other
 * caller.
 *
 * The browser build emits this module as one more entry of the app's own bundle (vite.config.ts:
 * summaryWorkerUrl), so the worker shares the engine's, Dexie's and the storage layer's chunks with the screens
 * instead of a second copy of each in a worker bundle (the offline copy a phone downloads stays under its 2 MB),
 * and the service worker precaches it like every chunk. The page never loads it, except to run `answer` itself
 * where workers cannot start. Nothing in its imports may touch the DOM when loaded, or import() lazily (Vite's
 * preload helper for a lazy import needs `document`).
 */
import { getDb } from '$lib/db/instance';
import { currentVersions } from './summary';
import {
  clearSummaries,
  refreshSummaries,
  scanSummaries,
  SummaryDB,
  type Refreshed,
  type ScannedLine
} from './summary-store';

export type SummaryRequest =
  { type: 'scan'; asOf: string } | { type: 'refresh'; asOf: string; ids: string[] } | { type: 'clear' };

export type SummaryAnswer =
  | { type: 'scan'; lines: ScannedLine[]; stale: string[] }
  | { type: 'refresh'; results: Refreshed[] }
  | { type: 'clear' };

let store: SummaryDB | undefined;

/** Answers one request (in a worker, or in the page when workers cannot start). */
export async function answer(req: SummaryRequest): Promise<SummaryAnswer> {
  store ??= new SummaryDB();
  switch (req.type) {
    case 'scan':
      return { type: 'scan', ...(await scanSummaries(getDb(), store, req.asOf, await currentVersions())) };
    case 'refresh':
      return {
        type: 'refresh',
        results: await refreshSummaries(getDb(), store, req.ids, req.asOf, await currentVersions())
      };
    case 'clear':
      await clearSummaries(store);
      return { type: 'clear' };
  }
}

/** A request as it crosses to the worker, numbered so its answer finds its caller. */
export interface Envelope {
  n: number;
  req: SummaryRequest;
}
export type Reply = { n: number; ok: true; answer: SummaryAnswer } | { n: number; ok: false; error: string };

const scope = globalThis as unknown as {
  WorkerGlobalScope?: new () => unknown;
  addEventListener(type: 'message', listener: (e: MessageEvent<Envelope>) => void): void;
  postMessage(message: Reply): void;
};
if (typeof scope.WorkerGlobalScope === 'function' && globalThis instanceof scope.WorkerGlobalScope) {
  scope.addEventListener('message', (e) => {
    const { n, req } = e.data;
    answer(req).then(
      (a) => scope.postMessage({ n, ok: true, answer: a }),
      (err: unknown) => scope.postMessage({ n, ok: false, error: String((err as Error)?.message ?? err) })
    );
  });
}
