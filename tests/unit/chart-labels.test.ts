/**
 * The financing charts' legends use the short mode names (fin.modeShort): in Chinese they are Chinese, with no English
 * abbreviation an owner has to decode ("小贷 ABS" read as English inside a Chinese chart).
 */
import { describe, expect, it } from 'vitest';
import { loadMessages } from './locales';

const zh = loadMessages('zh-CN');

describe('Chinese chart labels', () => {
  it('the short mode names have no Latin letters', () => {
    const labels = Object.entries(zh).filter(([key]) => key.startsWith('financing.modeShort.'));
    expect(labels.length).toBe(4);
    expect(labels.filter(([, v]) => /[A-Za-z]/.test(v))).toEqual([]);
  });
});
