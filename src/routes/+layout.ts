import { messagesReady, useAllMessages } from '$lib/i18n';
import { afterFirstPaint } from '$lib/state/yield';
import type { LayoutLoad } from './$types';

// Every route is prerendered: the home screen with its text (src/routes/+page.ts), the others as shells rendered in
// the browser (src/routes/(app)/+layout.ts). The data lives in IndexedDB on the device, never on a server.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * The active language's messages are in before anything renders: the home screen's (core namespaces) on '/', all of
 * them on any other route. Reading `route.id` makes this run again on each navigation, so leaving home loads the rest.
 */
export const load: LayoutLoad = async ({ route }) => {
  if (route.id !== '/') useAllMessages();
  // Hydration waits for the first paint too: the browser shows the prerendered home screen before the app's work.
  await Promise.all([messagesReady(), afterFirstPaint()]);
};
