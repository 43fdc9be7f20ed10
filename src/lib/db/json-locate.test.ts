import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, jsonErrorPosition, lineColumn } from './json-locate';

describe('jsonErrorPosition', () => {
  it.each([
    ['{"a": 1, "b": [true, null, -1.5e3, "x\\n\\u00e9"]}', undefined],
    ['  [ ]  ', undefined],
    ['"just a string"', undefined]
  ])('finds no error in valid JSON %s', (text, expected) => {
    expect(jsonErrorOffset(text)).toBe(expected);
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it.each([
    ['{"a": 1,}', 8],
    ['{"a": 1 "b": 2}', 8],
    ['[1, 2', 5],
    ['{"a": 01}', 7],
    ["{'a': 1}", 1],
    ['{"a": "tab\there"}', 10],
    ['{"a":1}x', 7],
    ['nul', 0],
    ['', 0]
  ])('finds the first bad character of %j at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('counts lines and columns from 1, CRLF as one break', () => {
    expect(lineColumn('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
    expect(jsonErrorPosition('{\n  "a": 1,\n  "b": ]\n}')).toEqual({ line: 3, column: 8 });
  });
});
