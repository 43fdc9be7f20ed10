/**
 * Turns a zod issue into an i18n key and its values. Our schemas put i18n keys in `message` ('errors.min',
 * 'identifier.checksum', 'valuation.royalty_range'); zod's own issues (a missing boolean, an unknown enum) map to 'errors.zod.<code>'.
 */
export interface IssueLike {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  minimum?: unknown;
  maximum?: unknown;
}

export interface MessageRef {
  key: string;
  values?: Record<string, string | number>;
}

const KEY = /^[a-z][A-Za-z]*\.[A-Za-z0-9_.]+$/;

/** The i18n key and ICU values for one issue. */
export function issueMessage(issue: IssueLike): MessageRef {
  const key = KEY.test(issue.message) ? issue.message : `errors.zod.${issue.code}`;
  const values: Record<string, string | number> = {};
  if (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint')
    values.min = Number(issue.minimum);
  if (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint')
    values.max = Number(issue.maximum);
  return Object.keys(values).length ? { key, values } : { key };
}

/** 'enterprises[0].creditCode' style path, as people read it. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
    ''
  );
}

/** The first message per field path ('financials.revenueWan'), for forms. */
export function fieldErrors(issues: readonly IssueLike[]): Record<string, MessageRef> {
  const out: Record<string, MessageRef> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    out[path] ??= issueMessage(issue);
  }
  return out;
}
