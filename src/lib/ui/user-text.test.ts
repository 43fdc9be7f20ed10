import { describe, expect, it } from 'vitest';
import { isolate, isolateValues } from './user-text';

describe('isolate', () => {
  it('wraps the text in FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069)', () => {
    expect(isolate('\u202Eabc')).toBe('\u2068\u202Eabc\u2069');
    expect(isolate('')).toBe('\u2068\u2069');
  });

  it('leaves markup as characters: it only adds the two marks', () => {
    const markup = '<script>alert(1)</script>';
    expect(isolate(markup)).toHaveLength(markup.length + 2);
  });
});

describe('isolateValues', () => {
  it('isolates strings and leaves numbers for ICU plurals and number formats', () => {
    expect(isolateValues({ name: 'א', count: 3 })).toEqual({ name: '\u2068א\u2069', count: 3 });
  });

  it('passes no values through', () => {
    expect(isolateValues(undefined)).toBeUndefined();
  });
});
