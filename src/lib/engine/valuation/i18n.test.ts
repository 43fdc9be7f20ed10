import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en/valuation.json';
import zh from '../../i18n/locales/zh-CN/valuation.json';
import { ELIGIBILITY_CODES } from '../eligibility';
import { METHOD_FIT, METHODS } from './methods';
import { QUALITY_DIMENSIONS, QUALITY_QUESTION_IDS } from './questions';
import { SENSITIVITY_MOVES } from './sensitivity';
import { ASSUMPTION_KEYS, METHOD_GAPS, VALUATION_WARNINGS } from './types';

type Dict = { [k: string]: string | Dict };

function keys(d: Dict, prefix = ''): string[] {
  return Object.entries(d).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)
  );
}

const zhKeys = new Set(keys(zh as Dict));

describe('valuation.json', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    expect(keys(zh as Dict).sort()).toEqual(keys(en as Dict).sort());
    for (const d of [zh, en]) {
      const values = (function flat(x: Dict): string[] {
        return Object.values(x).flatMap((v) => (typeof v === 'string' ? [v] : flat(v)));
      })(d as Dict);
      expect(values.every((v) => v.trim().length > 0)).toBe(true);
    }
  });

  it('translates every code the result carries', () => {
    const needed = [
      ...METHODS.map((m) => `method.${m}`),
      ...Object.values(METHOD_FIT).flatMap((fits) => METHODS.map((m) => `why.${fits[m].why}`)),
      ...METHOD_GAPS.map((g) => `reason.${g}`),
      'reason.no_method_data',
      ...VALUATION_WARNINGS.map((w) => `warning.${w}`),
      ...ELIGIBILITY_CODES.map((c) => `eligibility.${c}`),
      ...ASSUMPTION_KEYS.map((k) => `assumption.${k}`),
      ...QUALITY_DIMENSIONS.map((d) => `quality.dimension.${d}`),
      ...QUALITY_QUESTION_IDS.flatMap((q) => ['label', 'low', 'high'].map((p) => `quality.q.${q}.${p}`)),
      ...SENSITIVITY_MOVES.map((m) => `sensitivity.${m.param}`),
      'bundle.zero.ineligible',
      'bundle.zero.no_value',
      'bundle.needs_two_assets'
    ];
    expect(needed.filter((k) => !zhKeys.has(k))).toEqual([]);
  });

  it('translates every validation key the schema uses', () => {
    const src = readFileSync(new URL('./schema.ts', import.meta.url), 'utf8');
    const used = [...new Set([...src.matchAll(/'valuation\.(err\.[a-z_]+)'/g)].map((m) => m[1] as string))];
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((k) => !zhKeys.has(k))).toEqual([]);
  });
});
