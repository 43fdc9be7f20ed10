import type { HandleClientError } from '@sveltejs/kit';

/**
 * Errors in the browser. SvelteKit's default logs every one with console.error, a path the app does not have
 * (an old bookmark, a mistyped address) included, though the error page already tells the user. Only unexpected
 * errors are logged now, so a console error always means a fault (the e2e tests fail on any).
 */
export const handleError: HandleClientError = ({ error, status, message }) => {
  if (status !== 404) console.error(error);
  return { message };
};
