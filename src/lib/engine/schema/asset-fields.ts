/**
 * Which fields each kind of IP has, and which of them the legal term needs: one table that the asset form renders
 * (hidden fields are not shown, required ones are marked) and the asset schema checks (a required field that is
 * empty is refused), so the two cannot disagree.
 */
import type { AssetType } from './asset-type';

/** The type-dependent fields of an asset record (the rest — title, ownership, use … — every type has). */
export const TYPE_FIELDS = [
  'filingDate',
  'grantDate',
  'creationDate',
  'firstPublicationDate',
  'renewedUntil',
  'feesPaidThrough',
  'niceClasses',
  'authorKind'
] as const;
export type TypeField = (typeof TYPE_FIELDS)[number];

/** required: the term cannot be computed without it; optional: shown, may stay empty; hidden: not this type's. */
export type FieldNeed = 'required' | 'optional' | 'hidden';

/** A need that depends on whether the right is still pending (申请中) or registered (any other status). */
type Rule = FieldNeed | { pending: FieldNeed; registered: FieldNeed };

const PATENT: Record<TypeField, Rule> = {
  filingDate: 'required',
  grantDate: 'optional',
  creationDate: 'hidden',
  firstPublicationDate: 'hidden',
  renewedUntil: 'hidden',
  feesPaidThrough: 'optional',
  niceClasses: 'hidden',
  authorKind: 'hidden'
};

/**
 * Copyright and software: the term runs from first publication, else from creation; one of the two is needed
 * (the schema's `errors.publication_or_creation`), so each alone is optional here.
 */
const COPYRIGHT: Record<TypeField, Rule> = {
  filingDate: 'hidden',
  grantDate: 'optional',
  creationDate: 'optional',
  firstPublicationDate: 'optional',
  renewedUntil: 'hidden',
  feesPaidThrough: 'hidden',
  niceClasses: 'hidden',
  authorKind: 'optional'
};

export const ASSET_FIELDS: Record<AssetType, Record<TypeField, Rule>> = {
  invention: PATENT,
  utility: PATENT,
  design: PATENT,
  trademark: {
    // A pending mark has a filing date and no registration yet; a registered one runs from its registration date.
    filingDate: { pending: 'required', registered: 'hidden' },
    grantDate: { pending: 'optional', registered: 'required' },
    creationDate: 'hidden',
    firstPublicationDate: 'hidden',
    renewedUntil: 'optional',
    feesPaidThrough: 'hidden',
    niceClasses: 'optional',
    authorKind: 'hidden'
  },
  copyright: COPYRIGHT,
  software: COPYRIGHT,
  gi: {
    filingDate: 'hidden',
    grantDate: 'optional',
    creationDate: 'hidden',
    firstPublicationDate: 'hidden',
    renewedUntil: 'hidden',
    feesPaidThrough: 'hidden',
    niceClasses: 'hidden',
    authorKind: 'hidden'
  },
  ic_layout: {
    // 10 years from the earlier of filing and first commercial use, at most 15 after creation.
    filingDate: 'required',
    grantDate: 'optional',
    creationDate: 'optional',
    firstPublicationDate: 'optional',
    renewedUntil: 'hidden',
    feesPaidThrough: 'hidden',
    niceClasses: 'hidden',
    authorKind: 'hidden'
  }
};

/** The need of every type-dependent field for an asset of `type` with register `status`. */
export function assetFieldNeeds(type: AssetType, status: string): Record<TypeField, FieldNeed> {
  const phase = status === 'pending' ? 'pending' : 'registered';
  const rules = ASSET_FIELDS[type];
  return Object.fromEntries(
    TYPE_FIELDS.map((f) => {
      const r = rules[f];
      return [f, typeof r === 'string' ? r : r[phase]];
    })
  ) as Record<TypeField, FieldNeed>;
}

// The schema asks for every asset it parses: each (type, phase) is worked out once.
const REQUIRED = new Map<string, readonly TypeField[]>();

/** The fields an asset of `type` and `status` cannot be saved without. */
export function requiredFields(type: AssetType, status: string): TypeField[] {
  const key = `${type}|${status === 'pending' ? 'pending' : 'registered'}`;
  let fields = REQUIRED.get(key);
  if (fields === undefined) {
    const needs = assetFieldNeeds(type, status);
    fields = TYPE_FIELDS.filter((f) => needs[f] === 'required');
    REQUIRED.set(key, fields);
  }
  return [...fields];
}
