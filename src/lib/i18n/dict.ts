/** A language's messages: namespace → nested keys → ICU message. */
export type Dict = { [key: string]: string | Dict };

/** Files of one language (`…/locales/<lang>/<namespace>.json` → its dict) keyed by namespace. */
export function byNamespace(files: Record<string, Dict>): Dict {
  const out: Dict = {};
  for (const [path, dict] of Object.entries(files)) {
    const ns = /\/([^/]+)\.json$/.exec(path)?.[1];
    if (ns) out[ns] = dict;
  }
  return out;
}
