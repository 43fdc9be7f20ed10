/**
 * The PDF summary's messages (namespace `pdfDocument`) are not in the app's first load (src/lib/i18n/index.ts leaves
 * them out): they are loaded with the PDF code on export and added to svelte-i18n, in both languages.
 */
import { addMessages } from 'svelte-i18n';

type Dict = { [key: string]: string | Dict };
const files = import.meta.glob<Dict>('../i18n/locales/*/pdfDocument.json', { import: 'default' });

let loaded: Promise<void> | null = null;

export function loadPdfMessages(): Promise<void> {
  loaded ??= Promise.all(
    Object.entries(files).map(async ([path, load]) => {
      const lang = /locales\/([^/]+)\/pdfDocument\.json$/.exec(path)?.[1];
      if (lang) addMessages(lang, { pdfDocument: await load() });
    })
  ).then(() => undefined);
  return loaded;
}
