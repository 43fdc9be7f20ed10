import { ASSET_TYPES, type AssetInput, type AssetType } from '$lib/engine';
import { fromNumber, toNumber, toOptional } from './convert';
import { fromAnswer, toAnswer, type Answer } from './enterprise-draft';

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
  /** '' (not said) or a HOLDER_KINDS value, when the enterprise is not the holder. */
  holder: string;
  serviceInvention: Answer;
  acquiredOn: string;
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
  /** The enterprise's products this right serves (their ids). */
  productIds: string[];
  shareWeight: string;
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
    holder: '',
    serviceInvention: '',
    acquiredOn: '',
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
    productIds: [],
    shareWeight: '',
    notes: '',
    createdAt: '',
    updatedAt: '',
    rest: {}
  };
}

/**
 * The draft for editing a stored asset. A stored record may no longer fit the schema (written by an older version
 * or edited by hand): a missing part becomes the empty form's value, so the form opens and shows what to fix.
 */
export function assetToDraft(stored: AssetInput): AssetDraft {
  const a = stored as Partial<AssetInput>;
  const type = (ASSET_TYPES as readonly unknown[]).includes(a.type) ? (a.type as AssetType) : 'invention';
  const empty = emptyAssetDraft(typeof a.enterpriseId === 'string' ? a.enterpriseId : '', type);
  const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  return {
    ...empty,
    id: text(a.id, ''),
    identifier: text(a.identifier, ''),
    title: text(a.title, ''),
    status: text(a.status, empty.status),
    filingDate: text(a.filingDate, ''),
    grantDate: text(a.grantDate, ''),
    firstPublicationDate: text(a.firstPublicationDate, ''),
    creationDate: text(a.creationDate, ''),
    renewedUntil: text(a.renewedUntil, ''),
    feesPaidThrough: text(a.feesPaidThrough, ''),
    authorKind: text(a.authorKind, empty.authorKind),
    niceClasses: Array.isArray(a.niceClasses) ? a.niceClasses.join(', ') : '',
    ownedByEnterprise: a.ownedByEnterprise ?? empty.ownedByEnterprise,
    holder: text(a.holder, ''),
    serviceInvention: toAnswer(typeof a.serviceInvention === 'boolean' ? a.serviceInvention : undefined),
    acquiredOn: text(a.acquiredOn, ''),
    coOwners: Array.isArray(a.coOwners) ? a.coOwners.map((c) => ({ ...c })) : [],
    pledged: a.pledged ?? false,
    pledgee: text(a.pledgee, ''),
    licenceKind: text(a.licence?.kind, empty.licenceKind),
    licenceIncomeWan: fromNumber(a.licence?.annualIncomeWan),
    disputeOwnership: a.disputes?.ownership ?? false,
    disputeInvalidation: a.disputes?.invalidationPending ?? false,
    disputeFrozen: a.disputes?.frozen ?? false,
    disputeInfringement: a.disputes?.infringement ?? false,
    inUse: a.use?.inUse ?? empty.inUse,
    products: text(a.use?.products, ''),
    revenueWan: fromNumber(a.use?.revenueWan),
    productIds: Array.isArray(a.use?.productIds) ? a.use.productIds.filter((x) => typeof x === 'string') : [],
    shareWeight: fromNumber(a.use?.shareWeight),
    notes: text(a.notes, ''),
    createdAt: text(a.createdAt, ''),
    updatedAt: text(a.updatedAt, ''),
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
    // Who holds it matters only when the enterprise does not; a service invention only for a person's patent.
    holder: d.ownedByEnterprise ? undefined : (toOptional(d.holder) as AssetInput['holder']),
    serviceInvention: d.ownedByEnterprise ? undefined : fromAnswer(d.serviceInvention),
    acquiredOn: toOptional(d.acquiredOn),
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
    use: {
      inUse: d.inUse,
      products: d.products,
      revenueWan: toNumber(d.revenueWan),
      productIds: d.productIds,
      shareWeight: toNumber(d.shareWeight)
    },
    notes: d.notes,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt
  };
}
