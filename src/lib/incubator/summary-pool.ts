/**
 * The incubator overview's rows, kept up to date off the page's thread. A small pool of workers (summary-worker.ts)
 * reads the device, takes every stored summary that still holds and computes the others in batches; the page gets
 * the rows at once (figures `pending` until computed) and then every few hundred milliseconds as they fill in,
 * with how many are done. A write to the app's database (here, in another tab or in a worker) starts it again;
 * unchanged enterprises come straight from storage.
 *
 * Where a worker cannot start (an old browser, a blocked script), the same code runs in the page one small batch
 * at a time, yielding between batches.
 */
import Dexie from 'dexie';
import SUMMARY_WORKER_URL from 'virtual:summary-worker-url';
import { DB_NAME } from '$lib/db/database';
import type { OverviewRow } from './overview';
import type { Refreshed, ScannedLine } from './summary-store';
import type { Envelope, Reply, SummaryAnswer, SummaryRequest } from './summary-worker';

/** What the page shows: the rows, and how far the computing is. */
export interface OverviewFeed {
  /** undefined until the first scan has read the device. */
  rows: OverviewRow[] | undefined;
  /** Summaries computed so far in this round, of `total` that had to be. */
  done: number;
  total: number;
  /** Reading the device, or computing summaries. */
  busy: boolean;
  /** The last failure (the page says so); the rows stay as they were. */
  error: string | null;
}

/**
 * Workers for a device with `cores` logical cores: one core stays with the page (so typing stays quick), at most
 * four workers (each holds the engine and its memo; more would cost memory for little gain), at least one.
 */
export function poolSize(cores: number | undefined): number {
  const n = Number.isFinite(cores) && (cores as number) > 0 ? Math.floor(cores as number) : 2;
  return Math.max(1, Math.min(4, n - 1));
}

/** Enterprises per request: small enough that results show early, large enough that messages stay few. */
const BATCH = 8;
/** In the page (no workers), fewer at a time: each batch holds the page's thread (about 5-10 ms an enterprise). */
const PAGE_BATCH = 3;
/** The page re-renders with new figures at most this often while computing. */
const EMIT_EVERY_MS = 250;
/** Writes that come in a burst (an import, an intake) start one scan, this long after the last. */
const SETTLE_MS = 100;

interface Port {
  ask(req: SummaryRequest): Promise<SummaryAnswer>;
  close(): void;
}

/** A worker started from the summary chunk's own URL. */
function workerPort(url: string, index: number): Port {
  const worker = new Worker(url, { type: 'module', name: `summaries-${index}` });
  const waiting = new Map<number, { resolve: (a: SummaryAnswer) => void; reject: (e: Error) => void }>();
  let next = 0;
  const failAll = (message: string) => {
    for (const w of waiting.values()) w.reject(new Error(message));
    waiting.clear();
  };
  worker.addEventListener('message', (e: MessageEvent<Reply>) => {
    const w = waiting.get(e.data.n);
    if (!w) return;
    waiting.delete(e.data.n);
    if (e.data.ok) w.resolve(e.data.answer);
    else w.reject(new Error(e.data.error));
  });
  // The script failed to load or threw at the top: every caller hears it (the pool then runs in the page).
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    failAll(`worker failed: ${e.message || 'could not start'}`);
  });
  return {
    ask(req) {
      const n = next++;
      return new Promise((resolve, reject) => {
        waiting.set(n, { resolve, reject });
        worker.postMessage({ n, req } satisfies Envelope);
      });
    },
    close() {
      worker.terminate();
      failAll('closed');
    }
  };
}

/** The same answers computed in the page, a request at a time, yielding to the page before each. */
function pagePort(answer: (req: SummaryRequest) => Promise<SummaryAnswer>): Port {
  let queue = Promise.resolve();
  return {
    ask(req) {
      const run = queue.then(
        () => new Promise<void>((r) => setTimeout(r, 0)).then(() => answer(req)),
        () => answer(req)
      );
      queue = run.then(
        () => undefined,
        () => undefined
      );
      return run;
    },
    close() {}
  };
}

/**
 * Watches the device and calls `onChange` with the overview's feed: at once when the rows are read, then as
 * summaries arrive (at most every EMIT_EVERY_MS), and when done. `stop()` ends the workers; `settled()` resolves
 * when no summary is left to compute (the CSV export waits for it); `clear()` deletes the stored summaries.
 */
export function watchOverview(
  asOf: string,
  onChange: (feed: OverviewFeed) => void,
  opts: { cores?: number; useWorkers?: boolean } = {}
): { stop(): void; settled(): Promise<void>; clear(): Promise<void> } {
  let ports: Port[] = [];
  let inPage: Port | null = null;
  let stopped = false;
  let round = 0;
  let rows: OverviewRow[] | undefined;
  let keys = new Map<string, string | null>();
  let queue: string[] = [];
  let busyPorts = 0;
  let scanning = false;
  let done = 0;
  let total = 0;
  let error: string | null = null;
  let emitTimer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let waiters: (() => void)[] = [];

  /** The worker's code in this page: only when workers cannot run (it loads the engine on this thread). */
  const inPageAnswer = async () => (await import('./summary-worker')).answer;

  async function start(): Promise<Port[]> {
    if (ports.length || inPage) return inPage ? [inPage] : ports;
    const cores = opts.cores ?? (typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency);
    if (opts.useWorkers !== false && typeof Worker === 'function') {
      try {
        ports = Array.from({ length: poolSize(cores) }, (_, i) => workerPort(SUMMARY_WORKER_URL, i));
        return ports;
      } catch (err) {
        console.warn('overview: no summary workers; computing in the page instead', err);
        for (const p of ports) p.close();
        ports = [];
      }
    }
    inPage = pagePort(await inPageAnswer());
    return [inPage];
  }

  /** A worker that failed (it could not start): the rest of the work runs in the page. */
  async function fallBack(): Promise<Port[]> {
    if (ports.length) console.warn('overview: the summary workers failed; computing in the page instead');
    for (const p of ports) p.close();
    ports = [];
    inPage ??= pagePort(await inPageAnswer());
    return [inPage];
  }

  const busy = () => scanning || queue.length > 0 || busyPorts > 0;

  function emit(now = false) {
    if (stopped) return;
    if (!now) {
      emitTimer ??= setTimeout(() => {
        emitTimer = undefined;
        emit(true);
      }, EMIT_EVERY_MS);
      return;
    }
    clearTimeout(emitTimer);
    emitTimer = undefined;
    onChange({ rows, done, total, busy: busy(), error });
    if (!busy()) {
      const w = waiters;
      waiters = [];
      for (const f of w) f();
    }
  }

  function rowOf(line: ScannedLine): OverviewRow {
    const { key: _k, summary, ...base } = line;
    return summary ? { ...base, ...summary } : { ...base, ...PENDING };
  }

  async function scan(): Promise<void> {
    const mine = ++round;
    scanning = true;
    emit(true);
    try {
      let all = await start();
      let scanned: SummaryAnswer;
      try {
        scanned = await (all[0] as Port).ask({ type: 'scan', asOf });
      } catch (err) {
        if (!ports.length) throw err;
        all = await fallBack();
        scanned = await (all[0] as Port).ask({ type: 'scan', asOf });
      }
      if (mine !== round || stopped || scanned.type !== 'scan') return;
      rows = scanned.lines.map(rowOf);
      keys = new Map(scanned.lines.map((l) => [l.id, l.key]));
      queue = [...scanned.stale];
      done = 0;
      total = queue.length;
      error = null;
      scanning = false;
      for (const p of all) void pump(p, mine);
      emit(true);
    } catch (err) {
      if (mine !== round || stopped) return;
      scanning = false;
      error = String((err as Error)?.message ?? err);
      emit(true);
    }
  }

  function apply(results: Refreshed[], mine: number) {
    if (mine !== round || !rows) return;
    const byId = new Map<string, Refreshed>();
    for (const r of results) {
      // Only a summary of exactly the records this round read (same key) goes on its row; another round's scan
      // will find anything newer in storage.
      if (r.summary && keys.has(r.id) && keys.get(r.id) === r.key) byId.set(r.id, r);
    }
    if (byId.size === 0) return;
    rows = rows.map((row) => {
      const r = byId.get(row.id);
      return r?.summary ? { ...row, ...r.summary } : row;
    });
  }

  async function pump(port: Port, mine: number): Promise<void> {
    while (!stopped && mine === round && queue.length > 0) {
      const ids = queue.splice(0, port === inPage ? PAGE_BATCH : BATCH);
      let failedWorker = false;
      busyPorts++;
      try {
        const a = await port.ask({ type: 'refresh', asOf, ids });
        if (a.type === 'refresh') apply(a.results, mine);
        if (mine === round) done += ids.length;
      } catch (err) {
        if (mine === round && port !== inPage) {
          // This worker failed: its batch goes back, and the rest runs in the page.
          queue.unshift(...ids);
          failedWorker = true;
        } else if (mine === round) {
          error = String((err as Error)?.message ?? err);
          done += ids.length;
        }
      } finally {
        busyPorts--;
      }
      if (failedWorker) {
        const [p] = await fallBack();
        if (p) void pump(p, mine);
        return;
      }
      // Every answer may be the last one of any round: say so at once then (waiters, the progress bar).
      emit(!busy());
    }
  }

  const onMutated = (parts: Record<string, unknown>) => {
    if (stopped) return;
    const prefix = `idb://${DB_NAME}/`;
    if (!Object.keys(parts).some((k) => k.startsWith(prefix))) return;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => void scan(), SETTLE_MS);
  };
  Dexie.on('storagemutated', onMutated);
  void scan();

  return {
    stop() {
      stopped = true;
      clearTimeout(emitTimer);
      clearTimeout(settleTimer);
      Dexie.on('storagemutated').unsubscribe(onMutated);
      for (const p of ports) p.close();
      ports = [];
      for (const f of waiters) f();
      waiters = [];
    },
    settled() {
      if (!busy() && rows !== undefined) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
    async clear() {
      const all = await start();
      await (all[0] as Port).ask({ type: 'clear' });
    }
  };
}

const PENDING = {
  status: 'pending',
  grade: null,
  score: null,
  pledgeableValueWan: null,
  loanLowWan: null,
  loanBaseWan: null,
  loanHighWan: null,
  blockers: [],
  provisional: false
} as const satisfies Partial<OverviewRow>;
