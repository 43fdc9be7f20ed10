import { describe, expect, it } from 'vitest';
import { enterpriseInput } from '$lib/engine/test-fixtures';
import { draftToEnterprise, emptyProductDraft, enterpriseToDraft } from './enterprise-draft';
import { enterpriseErrors } from './validate';

describe('enterprise draft: products and what a credit officer asks', () => {
  it('round-trips products, the controller’s answers, the tax credit grade and the court records', () => {
    const e = enterpriseInput({
      products: [{ id: 'p1', name: '压缩网关', revenueWan: 1000 }],
      controller: { guarantee: true, personalCreditClean: false },
      taxCreditGrade: 'M',
      court: { enforcement: false }
    });
    const d = enterpriseToDraft(e);
    expect(d).toMatchObject({
      products: [{ id: 'p1', name: '压缩网关', revenueWan: '1000' }],
      controllerGuarantee: 'yes',
      personalCreditClean: 'no',
      taxCreditGrade: 'M',
      courtEnforcement: 'no',
      courtDishonest: ''
    });
    expect(draftToEnterprise(d)).toMatchObject({
      products: [{ id: 'p1', name: '压缩网关', revenueWan: 1000 }],
      controller: { guarantee: true, personalCreditClean: false },
      taxCreditGrade: 'M',
      court: { enforcement: false, dishonest: undefined }
    });
  });

  it('an unanswered question stays unanswered (not "no")', () => {
    const d = enterpriseToDraft(enterpriseInput());
    const e = draftToEnterprise(d);
    expect(e.controller).toEqual({ guarantee: undefined, personalCreditClean: undefined });
    expect(e.taxCreditGrade).toBeUndefined();
  });

  it('the form refuses a product without a name or with a negative revenue', () => {
    const d = {
      ...enterpriseToDraft(enterpriseInput()),
      products: [{ ...emptyProductDraft('p1'), revenueWan: '-5' }]
    };
    expect(enterpriseErrors(draftToEnterprise(d), '2026-11-24')).toMatchObject({
      'products.0.name': { key: 'errors.required' },
      'products.0.revenueWan': { key: 'errors.min' }
    });
  });
});
