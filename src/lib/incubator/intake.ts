/**
 * Quick intake: the few fields that decide the first assessment, in two minutes. The enterprise part is
 * the full form's draft (enterprise-draft.ts), so it is validated by the same rules; each IP line is a type, its
 * number, the one date its legal term needs and (optionally) the revenue of the products using it, which gives it
 * a first value by the income approach, turned into the full asset form's draft (asset-draft.ts) and
 * validated by the asset rules. Everything else is left for later in the full forms.
 */
import {
  ASSET_TYPES,
  requiredFields,
  type AssetInput,
  type AssetType,
  type EnterpriseInput
} from '$lib/engine';
import { draftToAsset, emptyAssetDraft } from '$lib/forms/asset-draft';
import { draftToEnterprise, emptyEnterpriseDraft, type EnterpriseDraft } from '$lib/forms/enterprise-draft';
import { assetErrors, enterpriseErrors } from '$lib/forms/validate';
import type { MessageRef } from '$lib/i18n/issue';

export interface QuickIp {
  key: string;
  /** An AssetType (text, as a select binds it; the schema refuses anything else). */
  type: string;
  identifier: string;
  /** The date the term runs from (see ipDateField). */
  date: string;
  /** Last year's revenue of the products that use it, 万元 (optional; without it the right has no value yet). */
  revenueWan: string;
}

export interface QuickIntake {
  enterprise: EnterpriseDraft;
  ip: QuickIp[];
}

export function emptyQuickIntake(): QuickIntake {
  return { enterprise: emptyEnterpriseDraft(), ip: [] };
}

export function emptyQuickIp(key: string, type: string = 'invention'): QuickIp {
  return { key, type, identifier: '', date: '', revenueWan: '' };
}

export type IpDateField = 'filingDate' | 'grantDate' | 'creationDate';

/**
 * The one date a granted or registered right of `type` needs for its term: the filing date (patents, IC layouts),
 * the registration date (trademarks), the creation date (copyright, software: publication may follow later), none
 * for geographical indications (no term).
 */
export function ipDateField(type: string): IpDateField | null {
  if (!(ASSET_TYPES as readonly string[]).includes(type)) return null;
  const needed = requiredFields(type as AssetType, 'granted');
  if (needed.includes('filingDate')) return 'filingDate';
  if (needed.includes('grantDate')) return 'grantDate';
  if (type === 'copyright' || type === 'software') return 'creationDate';
  return null;
}

/** The enterprise record the intake spells (the full form's conversion). */
export function intakeEnterprise(d: QuickIntake): EnterpriseInput {
  return draftToEnterprise(d.enterprise);
}

/** The asset record of one IP line; `title` names it until the full form is filled in (e.g. '发明专利 2018…'). */
export function intakeAsset(ip: QuickIp, enterpriseId: string, title: string): AssetInput {
  const draft = {
    ...emptyAssetDraft(enterpriseId, ip.type as AssetType),
    identifier: ip.identifier,
    title,
    revenueWan: ip.revenueWan
  };
  const field = ipDateField(ip.type);
  if (field) draft[field] = ip.date;
  return draftToAsset(draft);
}

/**
 * Every problem by field path: the enterprise's paths as the full form's, an IP line's as `ip.<i>.<path>` (its
 * date as `ip.<i>.date`). Empty when it can be saved.
 */
export function intakeErrors(
  d: QuickIntake,
  today: string,
  titleOf: (ip: QuickIp) => string
): Record<string, MessageRef> {
  const out: Record<string, MessageRef> = { ...enterpriseErrors(intakeEnterprise(d), today) };
  d.ip.forEach((ip, i) => {
    const field = ipDateField(ip.type);
    for (const [path, msg] of Object.entries(assetErrors(intakeAsset(ip, 'new', titleOf(ip)), today))) {
      const key =
        field && (path === field || path === 'firstPublicationDate')
          ? 'date'
          : path === 'use.revenueWan'
            ? 'revenueWan'
            : path;
      out[`ip.${i}.${key}`] ??= msg;
    }
  });
  return out;
}
