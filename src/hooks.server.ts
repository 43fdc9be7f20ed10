/**
 * Runs when the app is built (prerendering); there is no server at run time. The home screen is prerendered in
 * Chinese; an English copy of the same screen is rendered beside it in a <template>, with src/first-paint.js, so a
 * first visit in English shows English from the first paint: the script puts the copy in place before the browser
 * paints, and the app then hydrates the markup it would have rendered itself. The client-rendered shells of the other
 * routes have no text to swap and get neither.
 */
import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';
import { waitLocale } from 'svelte-i18n';
import { locale } from '$lib/i18n';
import firstPaintScript from './first-paint.js?raw';

/** Where src/app.html takes the copy and the script: after SvelteKit's root element. */
const MARKER = '<!--first-paint-->';

export const handle: Handle = async ({ event, resolve }) => {
  const insert =
    building && event.route.id === '/'
      ? `${await englishCopy(() => resolve(event))}<script>${firstPaintScript}</script>`
      : '';
  return resolve(event, { transformPageChunk: ({ html }) => html.replace(MARKER, insert) });
};

/** The page rendered in English: its markup before SvelteKit's scripts, and its title, as a <template>. */
async function englishCopy(render: () => Response | Promise<Response>): Promise<string> {
  await locale.set('en');
  await waitLocale('en');
  let html: string;
  try {
    html = await (await render()).text();
  } finally {
    await locale.set('zh-CN');
  }
  const body = /<div style="display: contents">([\s\S]*?)<script/.exec(html)?.[1];
  const title = [...html.matchAll(/<title>([^<]*)<\/title>/g)].at(-1)?.[1];
  if (!body || !title) throw new Error('hooks.server.ts: the English home screen has no markup or title');
  return `<template id="first-paint-en" data-title="${title.replace(/"/g, '&quot;')}">${body}</template>`;
}
