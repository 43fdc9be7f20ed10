import { describe, expect, it } from 'vitest';
import { limitText } from './limit-text';

describe('limitText', () => {
  it('leaves text within the limit alone', () => {
    expect(limitText('abc', 3, 3)).toEqual({ value: 'abc', caret: 3, cut: 0 });
  });

  it('drops the end of a paste at the end: 1,990 + 25 pasted → 2,000 kept, 15 cut', () => {
    const before = 'a'.repeat(1990);
    const pasted = '知'.repeat(25);
    const r = limitText(before + pasted, 2015, 2000);
    expect(r.value).toBe(before + '知'.repeat(10));
    expect(r.cut).toBe(15);
    expect(r.caret).toBe(2000);
  });

  it('drops the end of a paste in the middle, keeping the text after the caret', () => {
    // 'AB' + pasted 'xyz' + 'CD' with the caret after 'z' (position 5), max 5: 2 code units go, 'yz'.
    expect(limitText('ABxyzCD', 5, 5)).toEqual({ value: 'ABxCD', caret: 3, cut: 2 });
  });

  it('never leaves half of a surrogate pair', () => {
    // '𠀀' is 2 code units (D840 DC00). 'ab' + '𠀀𠀀' (6 units), max 5: cutting 1 unit would split the
    // second 𠀀, so both of its units go: 'ab𠀀', 4 units, cut 2.
    const r = limitText('ab𠀀𠀀', 6, 5);
    expect(r.value).toBe('ab𠀀');
    expect(r.cut).toBe(2);
    expect(r.caret).toBe(4);
  });

  it('cuts from the end when the caret is too near the start', () => {
    // The caret at 1 can free one unit only; the other 2 come off the end. Max 4 of 'abcdefg' (7).
    expect(limitText('abcdefg', 1, 4)).toEqual({ value: 'bcde', caret: 0, cut: 3 });
  });
});
