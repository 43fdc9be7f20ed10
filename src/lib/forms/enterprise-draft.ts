import type { EnterpriseInput } from '$lib/engine';
import { fromNumber, toNumber, toOptional } from './convert';

/** One existing loan as typed. */
export interface LoanDraft {
  id: string;
  lender: string;
  kind: string;
  amountWan: string;
  maturesOn: string;
}

/** A new, empty loan row with a fresh id. */
export function emptyLoanDraft(id: string): LoanDraft {
  return { id, lender: '', kind: 'credit', amountWan: '', maturesOn: '' };
}

/** One product (or product line) as typed: its name and last year's revenue. */
export interface ProductDraft {
  id: string;
  name: string;
  revenueWan: string;
}

/** A new, empty product row with a fresh id. */
export function emptyProductDraft(id: string): ProductDraft {
  return { id, name: '', revenueWan: '' };
}

/** A yes / no question that may stay unanswered: '' (not answered), 'yes', 'no'. */
export type Answer = '' | 'yes' | 'no';

export function toAnswer(v: boolean | undefined): Answer {
  return v === undefined ? '' : v ? 'yes' : 'no';
}

export function fromAnswer(a: string): boolean | undefined {
  return a === 'yes' ? true : a === 'no' ? false : undefined;
}

/** The choices of a yes / no question that may stay unanswered, for a select. */
export function answerOptions(t: (key: string) => string): { value: Answer; label: string }[] {
  return [
    { value: '', label: t('enterprise.answer.none') },
    { value: 'yes', label: t('enterprise.answer.yes') },
    { value: 'no', label: t('enterprise.answer.no') }
  ];
}

/** The enterprise form as typed: every number and date is text until it is validated. */
export interface EnterpriseDraft {
  id: string;
  name: string;
  creditCode: string;
  province: string;
  city: string;
  industry: string;
  foundedOn: string;
  employees: string;
  revenueWan: string;
  netProfitWan: string;
  totalAssetsWan: string;
  totalLiabilitiesWan: string;
  rdSpendingWan: string;
  overdueLast2Years: boolean;
  currentOverdue: boolean;
  highTech: boolean;
  specialized: boolean;
  littleGiant: boolean;
  techSme: boolean;
  innovativeSme: boolean;
  hasHadBankLoan: boolean;
  loans: LoanDraft[];
  products: ProductDraft[];
  controllerGuarantee: Answer;
  personalCreditClean: Answer;
  /** '' (not answered) or a TAX_CREDIT_GRADES value. */
  taxCreditGrade: string;
  courtEnforcement: Answer;
  courtDishonest: Answer;
  notes: string;
  createdAt: string;
  updatedAt: string;
  /** Kept as they are: the form does not edit them (yet). */
  rest: Partial<EnterpriseInput>;
}

/** A new enterprise: Chinese defaults (no bank loan yet = a 首贷 candidate). */
export function emptyEnterpriseDraft(): EnterpriseDraft {
  return {
    id: '',
    name: '',
    creditCode: '',
    province: '',
    city: '',
    industry: 'high_tech',
    foundedOn: '',
    employees: '',
    revenueWan: '',
    netProfitWan: '',
    totalAssetsWan: '',
    totalLiabilitiesWan: '',
    rdSpendingWan: '',
    overdueLast2Years: false,
    currentOverdue: false,
    highTech: false,
    specialized: false,
    littleGiant: false,
    techSme: false,
    innovativeSme: false,
    hasHadBankLoan: false,
    loans: [],
    products: [],
    controllerGuarantee: '',
    personalCreditClean: '',
    taxCreditGrade: '',
    courtEnforcement: '',
    courtDishonest: '',
    notes: '',
    createdAt: '',
    updatedAt: '',
    rest: {}
  };
}

/** The draft for editing a stored enterprise. */
export function enterpriseToDraft(e: EnterpriseInput): EnterpriseDraft {
  const { financials: f, credit, qualifications: q } = e;
  return {
    id: e.id,
    name: e.name,
    creditCode: e.creditCode,
    province: e.province,
    city: e.city,
    industry: e.industry,
    foundedOn: e.foundedOn ?? '',
    employees: fromNumber(e.employees),
    revenueWan: fromNumber(f.revenueWan),
    netProfitWan: fromNumber(f.netProfitWan),
    totalAssetsWan: fromNumber(f.totalAssetsWan),
    totalLiabilitiesWan: fromNumber(f.totalLiabilitiesWan),
    rdSpendingWan: fromNumber(f.rdSpendingWan),
    overdueLast2Years: credit.overdueLast2Years,
    currentOverdue: credit.currentOverdue,
    highTech: q.highTech,
    specialized: q.specialized,
    littleGiant: q.littleGiant,
    techSme: q.techSme,
    innovativeSme: q.innovativeSme,
    hasHadBankLoan: e.hasHadBankLoan,
    loans: e.loans.map((l) => ({
      id: l.id,
      lender: l.lender ?? '',
      kind: l.kind,
      amountWan: fromNumber(l.amountWan),
      maturesOn: l.maturesOn ?? ''
    })),
    products: (e.products ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      revenueWan: fromNumber(p.revenueWan)
    })),
    controllerGuarantee: toAnswer(e.controller?.guarantee),
    personalCreditClean: toAnswer(e.controller?.personalCreditClean),
    taxCreditGrade: e.taxCreditGrade ?? '',
    courtEnforcement: toAnswer(e.court?.enforcement),
    courtDishonest: toAnswer(e.court?.dishonest),
    notes: e.notes,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    rest: e
  };
}

/** The record the draft spells; the schema decides whether it is valid. */
export function draftToEnterprise(d: EnterpriseDraft): EnterpriseInput {
  return {
    ...d.rest,
    id: d.id,
    name: d.name,
    creditCode: d.creditCode,
    province: d.province,
    city: d.city,
    industry: d.industry as EnterpriseInput['industry'],
    foundedOn: toOptional(d.foundedOn),
    employees: toNumber(d.employees),
    financials: {
      revenueWan: toNumber(d.revenueWan),
      netProfitWan: toNumber(d.netProfitWan),
      totalAssetsWan: toNumber(d.totalAssetsWan),
      totalLiabilitiesWan: toNumber(d.totalLiabilitiesWan),
      rdSpendingWan: toNumber(d.rdSpendingWan)
    },
    credit: { overdueLast2Years: d.overdueLast2Years, currentOverdue: d.currentOverdue },
    qualifications: {
      highTech: d.highTech,
      specialized: d.specialized,
      littleGiant: d.littleGiant,
      techSme: d.techSme,
      innovativeSme: d.innovativeSme
    },
    hasHadBankLoan: d.hasHadBankLoan,
    loans: d.loans.map((l) => ({
      id: l.id,
      lender: l.lender,
      kind: l.kind as EnterpriseInput['loans'][number]['kind'],
      amountWan: toNumber(l.amountWan) as number,
      maturesOn: toOptional(l.maturesOn)
    })),
    products: d.products.map((p) => ({ id: p.id, name: p.name, revenueWan: toNumber(p.revenueWan) })),
    controller: {
      guarantee: fromAnswer(d.controllerGuarantee),
      personalCreditClean: fromAnswer(d.personalCreditClean)
    },
    taxCreditGrade: (toOptional(d.taxCreditGrade) as EnterpriseInput['taxCreditGrade']) ?? undefined,
    court: { enforcement: fromAnswer(d.courtEnforcement), dishonest: fromAnswer(d.courtDishonest) },
    notes: d.notes,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt
  };
}
