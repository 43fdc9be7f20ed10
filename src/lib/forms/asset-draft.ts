import type { AssetInput, AssetType } from '$lib/engine';
import { fromNumber, toNumber, toOptional } from './convert';

export interface CoOwnerDraft {
  name: string;
  consentToPledge: boolean;
}

/** The asset form as typed. */
export interface AssetDraft {
  id: string;
  enterpriseId: string;
  type: AssetType;
  identifier: string;
  title: string;
  status: string;
  filingDate: string;
  grantDate: string;
  firstPublicationDate: string;
  creationDate: string;
  renewedUntil: string;
  feesPaidThrough: string;
  authorKind: string;
  niceClasses: string;
  ownedByEnterprise: boolean;
  coOwners: CoOwnerDraft[];
  pledged: boolean;
  pledgee: string;
  licenceKind: string;
  licenceIncomeWan: string;
  disputeOwnership: boolean;
  disputeInvalidation: boolean;
  disputeFrozen: boolean;
  disputeInfringement: boolean;
  inUse: boolean;
  products: string;
  revenueWan: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
  /** Fields the form does not edit (valuation assumptions live on their own screen): kept as they are. */
  rest: Partial<AssetInput>;
}

/** A new asset of `type` for the enterprise. */
export function emptyAssetDraft(enterpriseId: string, type: AssetType = 'invention'): AssetDraft {
  return {
    id: '',
    enterpriseId,
    type,
    identifier: '',
    title: '',
    status: 'granted',
    filingDate: '',
    grantDate: '',
    firstPublicationDate: '',
    creationDate: '',
    renewedUntil: '',
    feesPaidThrough: '',
    authorKind: 'legal_person',
    niceClasses: '',
    ownedByEnterprise: true,
    coOwners: [],
    pledged: false,
    pledgee: '',
    licenceKind: 'none',
    licenceIncomeWan: '',
    disputeOwnership: false,
    disputeInvalidation: false,
    disputeFrozen: false,
    disputeInfringement: false,
    inUse: true,
    products: '',
    revenueWan: '',
    notes: '',
    createdAt: '',
    updatedAt: '',
    rest: {}
  };
}

/** The draft for editing a stored asset. */
export function assetToDraft(a: AssetInput): AssetDraft {
  return {
    id: a.id,
    enterpriseId: a.enterpriseId,
    type: a.type,
    identifier: a.identifier,
    title: a.title,
    status: a.status,
    filingDate: a.filingDate ?? '',
    grantDate: a.grantDate ?? '',
    firstPublicationDate: a.firstPublicationDate ?? '',
    creationDate: a.creationDate ?? '',
    renewedUntil: a.renewedUntil ?? '',
    feesPaidThrough: a.feesPaidThrough ?? '',
    authorKind: a.authorKind,
    niceClasses: a.niceClasses.join(', '),
    ownedByEnterprise: a.ownedByEnterprise,
    coOwners: a.coOwners.map((c) => ({ ...c })),
    pledged: a.pledged,
    pledgee: a.pledgee,
    licenceKind: a.licence.kind,
    licenceIncomeWan: fromNumber(a.licence.annualIncomeWan),
    disputeOwnership: a.disputes.ownership,
    disputeInvalidation: a.disputes.invalidationPending,
    disputeFrozen: a.disputes.frozen,
    disputeInfringement: a.disputes.infringement,
    inUse: a.use.inUse,
    products: a.use.products,
    revenueWan: fromNumber(a.use.revenueWan),
    notes: a.notes,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    rest: a
  };
}

/** '1, 9 42' → [1, 9, 42]; anything that is not a whole number stays NaN for the schema to refuse. */
function parseClasses(text: string): number[] {
  return text
    .split(/[\s,，、;；]+/)
    .filter(Boolean)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : Number.NaN));
}

/** The record the draft spells; the schema decides whether it is valid. */
export function draftToAsset(d: AssetDraft): AssetInput {
  return {
    ...d.rest,
    id: d.id,
    enterpriseId: d.enterpriseId,
    type: d.type,
    identifier: d.identifier,
    title: d.title,
    status: d.status as AssetInput['status'],
    filingDate: toOptional(d.filingDate),
    grantDate: toOptional(d.grantDate),
    firstPublicationDate: toOptional(d.firstPublicationDate),
    creationDate: toOptional(d.creationDate),
    renewedUntil: toOptional(d.renewedUntil),
    feesPaidThrough: toOptional(d.feesPaidThrough),
    authorKind: d.authorKind as AssetInput['authorKind'],
    niceClasses: parseClasses(d.niceClasses),
    ownedByEnterprise: d.ownedByEnterprise,
    coOwners: d.coOwners.map((c) => ({ name: c.name, consentToPledge: c.consentToPledge })),
    pledged: d.pledged,
    pledgee: d.pledged ? d.pledgee : '',
    licence: {
      kind: d.licenceKind as AssetInput['licence']['kind'],
      annualIncomeWan: toNumber(d.licenceIncomeWan)
    },
    disputes: {
      ownership: d.disputeOwnership,
      invalidationPending: d.disputeInvalidation,
      frozen: d.disputeFrozen,
      infringement: d.disputeInfringement
    },
    use: { inUse: d.inUse, products: d.products, revenueWan: toNumber(d.revenueWan) },
    notes: d.notes,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt
  };
}
