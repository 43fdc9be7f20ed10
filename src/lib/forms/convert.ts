/**
 * Form drafts hold what the user typed (strings); records hold typed values. These helpers convert one way and
 * back without ever inventing a number: '' becomes undefined, '12,5' is not silently 125, 'abc' stays NaN so the
 * schema refuses it with a message instead of storing it.
 */

/** Full-width digits (０-９, what a Chinese keyboard may type) as ASCII digits. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** '' → undefined; otherwise the number the text spells (full-width digits and thousands commas accepted). */
export function toNumber(text: string): number | undefined {
  const s = halfWidthDigits(text.trim())
    .replace(/．/g, '.')
    .replace(/[,，\s](?=\d{3}\b)/g, '');
  if (s === '') return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s) ? Number(s) : Number.NaN;
}

/** A number for an input box: '' for undefined. */
export function fromNumber(n: number | undefined): string {
  return n === undefined || Number.isNaN(n) ? '' : String(n);
}

/** '' → undefined for optional dates and texts. */
export function toOptional(text: string): string | undefined {
  const s = text.trim();
  return s === '' ? undefined : s;
}
