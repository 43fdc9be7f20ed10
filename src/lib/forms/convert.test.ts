import { describe, expect, it } from 'vitest';
import { fromNumber, toNumber, toOptional } from './convert';

describe('toNumber', () => {
  it('reads what people type', () => {
    expect(toNumber('1200')).toBe(1200);
    expect(toNumber(' 12.5 ')).toBe(12.5);
    expect(toNumber('1,200')).toBe(1200);
    expect(toNumber('１２００')).toBe(1200);
    expect(toNumber('-30')).toBe(-30);
    expect(toNumber('1e20')).toBe(1e20);
  });
  it('keeps empty as undefined and garbage as NaN (the schema refuses NaN with a message)', () => {
    expect(toNumber('')).toBeUndefined();
    expect(toNumber('   ')).toBeUndefined();
    expect(toNumber('abc')).toBeNaN();
    expect(toNumber('12,5')).toBeNaN();
    expect(toNumber('1.2.3')).toBeNaN();
  });
  it('round-trips', () => {
    expect(fromNumber(undefined)).toBe('');
    expect(fromNumber(3.25)).toBe('3.25');
    expect(toOptional('  ')).toBeUndefined();
    expect(toOptional(' a ')).toBe('a');
  });
});
