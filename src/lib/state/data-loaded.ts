/**
 * Whether a screen has loaded the data facade (./data.ts, and Dexie with it). The home screen reads without it
 * (src/lib/db/peek.ts); the layout's storage notice waits for it before it watches the database's connection, so
 * the home screen does not load Dexie just to watch a connection it never opened.
 */
let announce: () => void = () => undefined;

/** Resolves once ./data.ts has been loaded. */
export const dataLoaded = new Promise<void>((resolve) => (announce = resolve));

/** Called by ./data.ts when it is loaded. */
export function announceDataLoaded(): void {
  announce();
}
