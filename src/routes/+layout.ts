// Every route is a static shell rendered in the browser: the data lives in IndexedDB on the device, never on a server.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';
