import { describe, expect, it } from 'vitest';
import { filterRows, pageOf, PAGE_SIZE } from './asset-list';

const rows = [
  {
    id: '1',
    title: '一种数据压缩方法',
    identifier: '201810557067.3',
    type: 'invention',
    typeLabel: '发明专利'
  },
  { id: '2', title: 'ZhiRong', identifier: '7199523', type: 'trademark', typeLabel: '商标' },
  {
    id: '3',
    title: '压缩网关软件 V2',
    identifier: '2022SR1480776',
    type: 'software',
    typeLabel: '软件著作权'
  }
];

describe('filterRows', () => {
  it('keeps every row for an empty search', () => {
    expect(filterRows(rows, '  ', '')).toEqual(rows);
  });

  it('finds by title, number or type name, ignoring case and surrounding spaces', () => {
    expect(filterRows(rows, '压缩', '').map((r) => r.id)).toEqual(['1', '3']);
    expect(filterRows(rows, ' zhirong ', '').map((r) => r.id)).toEqual(['2']);
    expect(filterRows(rows, '2022sr', '').map((r) => r.id)).toEqual(['3']);
    expect(filterRows(rows, '商标', '').map((r) => r.id)).toEqual(['2']);
  });

  it('narrows by type, with the search or alone', () => {
    expect(filterRows(rows, '', 'software').map((r) => r.id)).toEqual(['3']);
    expect(filterRows(rows, '压缩', 'invention').map((r) => r.id)).toEqual(['1']);
    expect(filterRows(rows, 'ZhiRong', 'invention')).toEqual([]);
  });
});

describe('pageOf', () => {
  it('pages 200 rows by 20: first, a middle one and the last', () => {
    expect(pageOf(200, 0)).toEqual({ index: 0, pages: 10, from: 1, to: 20, total: 200 });
    expect(pageOf(200, 4)).toEqual({ index: 4, pages: 10, from: 81, to: 100, total: 200 });
    expect(pageOf(200, 9)).toEqual({ index: 9, pages: 10, from: 181, to: 200, total: 200 });
  });

  it('clamps a page past the end (a search shortened the list) and before the start', () => {
    expect(pageOf(25, 7)).toEqual({ index: 1, pages: 2, from: 21, to: 25, total: 25 });
    expect(pageOf(25, -1)).toMatchObject({ index: 0, from: 1, to: 20 });
  });

  it('has one empty page when nothing matches', () => {
    expect(pageOf(0, 3)).toEqual({ index: 0, pages: 1, from: 0, to: 0, total: 0 });
  });

  it('uses 20 rows a page', () => {
    expect(PAGE_SIZE).toBe(20);
  });
});
