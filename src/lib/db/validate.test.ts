/**
 * Validation in one path: the form, the storage layer and the engine's assessment input give the same verdict and
 * the same messages at the same fields for the same record (they all call validateEnterprise / validateAsset).
 */
import { describe, expect, it } from 'vitest';
import { AssessmentInputSchema, type AssetInput, type EnterpriseInput } from '$lib/engine';
import { assetInput, enterpriseInput } from '$lib/engine/test-fixtures';
import { assetErrors, enterpriseErrors } from '$lib/forms/validate';
import { ValidationError } from './errors';
import { validAsset, validEnterprise } from './validate';

const TODAY = '2026-11-21';

function dbMessages(run: () => unknown): Record<string, string> {
  try {
    run();
    return {};
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    const out: Record<string, string> = {};
    for (const i of err.issues) out[i.path.join('.')] ??= i.message;
    return out;
  }
}

function formMessages(errors: Record<string, { key: string }>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.key]));
}

function engineMessages(input: unknown, prefix: string): Record<string, string> {
  const r = AssessmentInputSchema.safeParse(input);
  const out: Record<string, string> = {};
  for (const i of r.success ? [] : r.error.issues) {
    const path = i.path.join('.');
    if (path.startsWith(prefix)) out[path.slice(prefix.length)] ??= i.message;
  }
  return out;
}

const ASSETS: [string, AssetInput, Record<string, string>][] = [
  ['valid', assetInput({ filingDate: '2018-06-01' }), {}],
  [
    'grant date in the future',
    assetInput({ filingDate: '2018-06-01', grantDate: '2026-11-22' }),
    {
      grantDate: 'errors.future_date'
    }
  ],
  [
    'no filing date, empty title',
    assetInput({ title: '' }),
    {
      filingDate: 'errors.required_for_type',
      title: 'errors.required'
    }
  ],
  [
    'grant before filing, also in the future',
    assetInput({ filingDate: '2027-01-02', grantDate: '2027-01-01' }),
    {
      grantDate: 'errors.grant_before_filing',
      filingDate: 'errors.future_date'
    }
  ]
];

describe('one validation path for assets', () => {
  it.each(ASSETS)('%s: form, storage and engine agree', (_name, record, expected) => {
    expect(formMessages(assetErrors(record, TODAY))).toEqual(expected);
    expect(dbMessages(() => validAsset(record, TODAY))).toEqual(expected);
    expect(
      engineMessages({ asOf: TODAY, enterprise: enterpriseInput(), assets: [record] }, 'assets.0.')
    ).toEqual(expected);
  });
});

const ENTERPRISES: [string, EnterpriseInput, Record<string, string>][] = [
  ['valid', enterpriseInput(), {}],
  ['founded tomorrow', enterpriseInput({ foundedOn: '2026-11-22' }), { foundedOn: 'errors.future_date' }],
  [
    'no name, tenor too long',
    enterpriseInput({ name: ' ', scenario: { loanTenorYears: 11 } }),
    {
      name: 'errors.required',
      'scenario.loanTenorYears': 'errors.max'
    }
  ]
];

describe('one validation path for enterprises', () => {
  it.each(ENTERPRISES)('%s: form, storage and engine agree', (_name, record, expected) => {
    expect(formMessages(enterpriseErrors(record, TODAY))).toEqual(expected);
    expect(dbMessages(() => validEnterprise(record, TODAY))).toEqual(expected);
    expect(engineMessages({ asOf: TODAY, enterprise: record, assets: [] }, 'enterprise.')).toEqual(expected);
  });
});
