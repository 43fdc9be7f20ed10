import { describe, expect, it } from 'vitest';
import { AssessmentInputSchema } from './input';
import { AssetSchema } from './asset';
import { EnterpriseSchema } from './enterprise';
import { assetInput, enterpriseInput } from '../test-fixtures';

function messagesAt(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('EnterpriseSchema', () => {
  it('accepts a complete enterprise and normalizes the credit code', () => {
    const e = EnterpriseSchema.parse(enterpriseInput({ creditCode: ' 91440300 1922038216 ' }));
    expect(e.creditCode).toBe('914403001922038216');
  });

  it('accepts an empty credit code (optional) but checks a given one', () => {
    expect(EnterpriseSchema.parse(enterpriseInput({ creditCode: '' })).creditCode).toBe('');
    expect(
      messagesAt(EnterpriseSchema.safeParse(enterpriseInput({ creditCode: '914403001922038215' })))
    ).toEqual({
      creditCode: 'identifier.checksum'
    });
  });

  it('refuses NaN, infinity, 1e20 and negative revenue with messages, never storing them', () => {
    const bad = (revenueWan: number) =>
      messagesAt(EnterpriseSchema.safeParse(enterpriseInput({ financials: { revenueWan } })))[
        'financials.revenueWan'
      ];
    expect(bad(Number.NaN)).toBe('errors.number');
    expect(bad(Number.POSITIVE_INFINITY)).toBe('errors.number');
    expect(bad(1e20)).toBe('errors.max');
    expect(bad(-5)).toBe('errors.min');
    // A loss is a negative net profit, which is allowed.
    expect(EnterpriseSchema.safeParse(enterpriseInput({ financials: { netProfitWan: -120 } })).success).toBe(
      true
    );
  });

  it('requires a name and a whole number of employees', () => {
    const m = messagesAt(EnterpriseSchema.safeParse(enterpriseInput({ name: '  ', employees: 3.5 })));
    expect(m).toEqual({ name: 'errors.required', employees: 'errors.integer' });
  });
});

describe('AssetSchema', () => {
  it('normalizes a patent number as typed', () => {
    expect(
      AssetSchema.parse(assetInput({ identifier: 'ZL 2018 1 0557067.3', filingDate: '2018-06-01' }))
        .identifier
    ).toBe('201810557067.3');
  });

  it('checks the identifier against the type', () => {
    const m = messagesAt(
      AssetSchema.safeParse(
        assetInput({ type: 'utility', identifier: '201810557067.3', filingDate: '2018-06-01' })
      )
    );
    expect(m.identifier).toBe('identifier.type_mismatch');
  });

  it('needs the dates the term depends on, and in a sensible order', () => {
    expect(messagesAt(AssetSchema.safeParse(assetInput({ type: 'invention' }))).filingDate).toBe(
      'errors.required_for_type'
    );
    expect(
      messagesAt(AssetSchema.safeParse(assetInput({ type: 'trademark', title: '知融' }))).grantDate
    ).toBe('errors.required_for_type');
    expect(
      messagesAt(AssetSchema.safeParse(assetInput({ filingDate: '2020-05-01', grantDate: '2020-04-30' })))
        .grantDate
    ).toBe('errors.grant_before_filing');
    expect(messagesAt(AssetSchema.safeParse(assetInput({ type: 'software' }))).firstPublicationDate).toBe(
      'errors.publication_or_creation'
    );
    expect(messagesAt(AssetSchema.safeParse(assetInput({ filingDate: '2023-02-30' }))).filingDate).toBe(
      'errors.date'
    );
  });

  it('refuses Nice classes outside 1-45', () => {
    const r = AssetSchema.safeParse(
      assetInput({ type: 'trademark', grantDate: '2010-03-14', niceClasses: [9, 46] })
    );
    expect(messagesAt(r)['niceClasses.1']).toBe('errors.nice');
  });
});

describe('AssessmentInputSchema', () => {
  const base = {
    asOf: '2026-11-21',
    enterprise: enterpriseInput(),
    assets: [assetInput({ filingDate: '2018-06-01' })]
  };

  it('accepts one JSON value and fills the option defaults', () => {
    const parsed = AssessmentInputSchema.parse(JSON.parse(JSON.stringify(base)));
    expect(parsed.options.loanTenorYears).toBe(1);
  });

  it('refuses dates after asOf and assets of another enterprise', () => {
    const r = AssessmentInputSchema.safeParse({
      ...base,
      enterprise: enterpriseInput({ foundedOn: '2026-11-22' }),
      assets: [assetInput({ filingDate: '2026-12-01', enterpriseId: 'other' })]
    });
    expect(messagesAt(r)).toMatchObject({
      'enterprise.foundedOn': 'errors.future_date',
      'assets.0.filingDate': 'errors.future_date',
      'assets.0.enterpriseId': 'errors.foreign_asset'
    });
  });

  it('refuses an asOf that is not a date', () => {
    expect(messagesAt(AssessmentInputSchema.safeParse({ ...base, asOf: '21/11/2026' })).asOf).toBe(
      'errors.date'
    );
  });
});
