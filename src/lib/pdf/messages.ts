/**
 * The PDF summary's messages (namespace `pdfdoc`) are not in the app's first load (src/lib/i18n/index.ts leaves
 * them out): they are loaded with the PDF code on export and added to svelte-i18n, in both languages.
 */
import { addMessages } from 'svelte-i18n';

type Dict = { [key: string]: string | Dict };
const files = import.meta.glob<Dict>('../i18n/locales/*/pdfdoc.json', { import: 'default' });

let loaded: Promise<void> | null = null;

export function loadPdfMessages(): Promise<void> {
  loaded ??= Promise.all(
    Object.entries(files).map(async ([path, load]) => {
      const lang = /locales\/([^/]+)\/pdfdoc\.json$/.exec(path)?.[1];
      if (lang) addMessages(lang, { pdfdoc: await load() });
    })
  ).then(() => undefined);
  return loaded;
}
