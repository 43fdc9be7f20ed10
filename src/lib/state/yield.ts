/**
 * Letting the browser paint before the app starts its work. The home screen's HTML already holds its text;
 * the database, the queries and the service worker can wait a frame, so the phone shows the page first instead of
 * holding the first paint until that work is done. Outside a browser (tests, prerendering) nothing waits.
 */

let painted: Promise<void> | undefined;

/** Resolves once the page has had a frame to paint (or after 100 ms in a hidden tab, which paints no frames). */
export function afterFirstPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  painted ??= new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    // The callback runs before the frame is painted; the task after it runs once it has been.
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0)
    );
  });
  return painted;
}

/**
 * Resolves after the page's `load` event, when the browser is idle (at most 2 s later): for work the first screen
 * does not need, such as registering the service worker, which then downloads the offline copy.
 */
export function afterLoadWhenIdle(): Promise<void> {
  if (typeof window === 'undefined') return Promise.resolve();
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  return loaded.then(
    () =>
      new Promise<void>((resolve) => {
        if (typeof requestIdleCallback === 'function')
          requestIdleCallback(() => resolve(), { timeout: 2000 });
        else setTimeout(resolve, 200);
      })
  );
}
