// The home screen (the first route) is rendered at build time, in Chinese, in its "loading" state: a phone paints the
// header, the title and the actions from the HTML while the scripts load, then the app takes the page over (hydrates)
// and fills in the enterprises from IndexedDB (src/lib/db/peek.ts).
export const ssr = true;
