import { z } from 'zod';
import { compareDates } from '../dates';
import { validateAssetIdentifier } from '../identifiers';
import { requiredFields, type TypeField } from './asset-fields';
import { ASSET_TYPES, type AssetType } from './asset-type';
import { isoDate, requiredText, shortText, timestamp, wan } from './common';
import { AssetValuationInputSchema } from '../valuation/schema';

/**
 * Legal status as the register shows it. Expiry by term is not a status the owner enters: the engine derives it
 * from the dates (see legal-term.ts).
 */
export const LEGAL_STATUSES = [
  /** 申请中 / 实审中: filed, not granted or registered yet */
  'pending',
  /** 有效: granted, registered or recorded, and not terminated */
  'granted',
  /** 终止: lapsed for unpaid annual fees or not renewed */
  'lapsed',
  /** 宣告无效 / 撤销 */
  'invalidated',
  /** 放弃 / 撤回 */
  'abandoned'
] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

export const AUTHOR_KINDS = ['legal_person', 'natural_person'] as const;

/**
 * Who holds a right the enterprise does not hold itself: its actual controller, a shareholder, another party (each
 * may pledge it for the company's loan as a third party, 民法典 第四百二十五条 and 第四百四十六条), or nobody the
 * enterprise can ask: the enterprise only has a licence to use it, which cannot be pledged.
 */
export const HOLDER_KINDS = ['controller', 'shareholder', 'other', 'licence_only'] as const;
export type HolderKind = (typeof HOLDER_KINDS)[number];

/** The owner's relative weight of a right in the royalty of the products it shares (1 = as much as the others). */
export const shareWeight = z
  .number({ error: 'errors.number' })
  .min(0.1, { error: 'valuation.err.share_weight_range' })
  .max(100, { error: 'valuation.err.share_weight_range' });
export const LICENCE_KINDS = ['none', 'exclusive', 'sole', 'ordinary'] as const;

export const CoOwnerSchema = z.object({
  name: requiredText(100),
  /** Written consent to the pledge (专利权质押登记办法: every co-owner must agree). */
  consentToPledge: z.boolean()
});

export const AssetSchema = z
  .object({
    id: z.string().min(1),
    enterpriseId: z.string().min(1),
    type: z.enum(ASSET_TYPES, { error: 'errors.choice' }),
    /** Application / registration number, validated per type and stored normalized. */
    identifier: z.string().trim(),
    title: requiredText(200),
    status: z.enum(LEGAL_STATUSES, { error: 'errors.choice' }),
    /** 申请日 (patents, IC layout designs, trademark filings) */
    filingDate: isoDate.optional(),
    /** 授权公告日 / 核准注册日 / 登记日 */
    grantDate: isoDate.optional(),
    /** 首次发表日 (copyright, software) or 首次商业利用日 (IC layout) */
    firstPublicationDate: isoDate.optional(),
    /** 创作 / 开发完成日 */
    creationDate: isoDate.optional(),
    /** Trademark: 注册有效期至 after renewals, from the certificate; overrides the computed 10-year term. */
    renewedUntil: isoDate.optional(),
    /** Patents: the annual fees cover the patent up to this date (年费缴至). */
    feesPaidThrough: isoDate.optional(),
    /** Copyright and software: whose work it is; the term of a legal person's work is 50 years from publication. */
    authorKind: z.enum(AUTHOR_KINDS),
    /** Trademark: Nice classes (1-45) of the registration. */
    niceClasses: z.array(z.int().min(1, { error: 'errors.nice' }).max(45, { error: 'errors.nice' })).max(45),
    /** The enterprise itself is the registered holder. */
    ownedByEnterprise: z.boolean(),
    /** When the enterprise is not the holder: who is (database version 5; not answered when missing). */
    holder: z.enum(HOLDER_KINDS, { error: 'errors.choice' }).optional(),
    /**
     * A patent held by a person: whether it was made in the course of their work for the enterprise (职务发明,
     * 专利法 第六条), which makes the person's title an ownership risk. Not answered when missing.
     */
    serviceInvention: z.boolean({ error: 'errors.choice' }).optional(),
    /** When the enterprise bought or was transferred the right (受让日); empty for a right it filed itself. */
    acquiredOn: isoDate.optional(),
    coOwners: z.array(CoOwnerSchema).max(20),
    pledged: z.boolean(),
    pledgee: shortText(100),
    licence: z.object({
      kind: z.enum(LICENCE_KINDS),
      /** Licence income per year, 万元 */
      annualIncomeWan: wan.optional()
    }),
    disputes: z.object({
      /** 权属纠纷 */
      ownership: z.boolean(),
      /** 无效宣告请求审理中 */
      invalidationPending: z.boolean(),
      /** 被法院保全 / 查封 */
      frozen: z.boolean(),
      /** 侵权诉讼 (as plaintiff or defendant) */
      infringement: z.boolean()
    }),
    use: z.object({
      inUse: z.boolean(),
      /** The products as typed (rights with the same text share their royalty when no product is linked). */
      products: shortText(300),
      /** Last year's revenue of the products that use the asset, 万元 (when no linked product gives one). */
      revenueWan: wan.optional(),
      /** The enterprise's products (`enterprise.products[].id`) this right serves (database version 5). */
      productIds: z.array(z.string().min(1)).max(20, { error: 'errors.too_long' }).default([]),
      /** The owner's weight of this right in its products' shared royalty; equal (or by quality) when missing. */
      shareWeight: shareWeight.optional()
    }),
    notes: shortText(2000),
    /** Valuation inputs and overrides; every field optional, defaults listed as assumptions. */
    valuation: AssetValuationInputSchema.default({}),
    createdAt: timestamp,
    updatedAt: timestamp
  })
  .superRefine((a, ctx) => {
    if (a.identifier === '') {
      ctx.addIssue({ code: 'custom', path: ['identifier'], message: 'errors.required', input: a.identifier });
    } else {
      const r = validateAssetIdentifier(a.type, a.identifier);
      if (!r.ok)
        ctx.addIssue({
          code: 'custom',
          path: ['identifier'],
          message: `identifier.${r.code}`,
          input: a.identifier
        });
    }
    for (const field of requiredDates(a.type, a.status)) {
      const v = a[field];
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0))
        ctx.addIssue({ code: 'custom', path: [field], message: 'errors.required_for_type', input: a[field] });
    }
    if ((a.type === 'software' || a.type === 'copyright') && !a.firstPublicationDate && !a.creationDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['firstPublicationDate'],
        message: 'errors.publication_or_creation',
        input: a.firstPublicationDate
      });
    }
    if (a.filingDate && a.grantDate && compareDates(a.grantDate, a.filingDate) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['grantDate'],
        message: 'errors.grant_before_filing',
        input: a.grantDate
      });
    }
    if (
      a.creationDate &&
      a.firstPublicationDate &&
      compareDates(a.firstPublicationDate, a.creationDate) < 0
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['firstPublicationDate'],
        message: 'errors.publication_before_creation',
        input: a.firstPublicationDate
      });
    }
  })
  .transform((a) => {
    // Normalize the identifier as the register writes it ('ZL 2015 1 0012345.6' → '201510012345.6').
    const r = validateAssetIdentifier(a.type, a.identifier);
    return r.ok ? { ...a, identifier: r.normalized } : a;
  });

/** Dates without which the legal term cannot be computed, by type (from the field table in asset-fields.ts). */
export function requiredDates(type: AssetType, status: LegalStatus): TypeField[] {
  return requiredFields(type, status);
}

export type Asset = z.infer<typeof AssetSchema>;
export type AssetInput = z.input<typeof AssetSchema>;
