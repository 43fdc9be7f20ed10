/**
 * Messages come in two chunks per language (src/lib/i18n/messages/): the core namespaces, which the first route (the
 * home screen) needs and loads before it renders, and the rest, which every other route loads first (the root layout's
 * load). The home screen so downloads about a quarter of a language's messages (first-route JavaScript).
 * A key of another namespace used on the home screen, its layout or a toast it shows would appear as its id there:
 * tests/unit/i18n.test.ts checks the home screen's files use core keys only.
 */
export const CORE_NAMESPACES = ['app', 'home', 'pwa', 'errors'] as const;
