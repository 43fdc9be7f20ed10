/**
 * Risk sharing and insurance as data (facts.md §2.4, §6; seed 000 provisions 12 and 14). Who bears a loss on an IP
 * pledge loan decides how readily a bank lends; the owner sees the split of their place's scheme and what it may
 * mean, never a promise.
 */
import type { Range, Source, Sourced } from './types';

/** Who takes part in a loss. i18n: `risk.party.<code>` */
export type RiskParty = 'bank' | 'fund' | 'insurer' | 'guarantor' | 'appraiser' | 'province' | 'city';

export interface RiskScheme {
  id: string;
  province: string;
  /** City names that must appear in the enterprise's city; empty = the whole province. */
  placeNames: string[];
  /** Shares of a principal loss; a band of loan sizes when the split depends on it. */
  splits: { upToWan: number | null; shares: Partial<Record<RiskParty, number>> }[];
  /** Largest loan the scheme covers, 万元; null when none is stated. */
  maxLoanWan: number | null;
  /** i18n: `risk.effect.<code>` */
  effect: 'bank_bears_less' | 'loss_paid_early' | 'pool_backs_loans';
  source: Source;
}

export const RISK_SCHEMES: readonly RiskScheme[] = [
  {
    id: 'jiangsu-suzhidai',
    province: '320000',
    placeNames: [],
    splits: [
      { upToWan: 1000, shares: { fund: 0.8, bank: 0.2 } },
      { upToWan: 3000, shares: { fund: 0.5, bank: 0.5 } }
    ],
    maxLoanWan: 3000,
    effect: 'bank_bears_less',
    source: {
      label: 'sourced',
      ref: 'http://bobainet.com/p1/rd/20230815/427761.html',
      note: 'facts.md §2.4: 苏知贷 (Aug 2023); the bank bears all interest loss',
      doc: 'jiangsu-suzhidai-2023'
    }
  },
  {
    id: 'zhongshan',
    province: '440000',
    placeNames: ['中山', 'Zhongshan'],
    splits: [{ upToWan: null, shares: { fund: 0.54, bank: 0.26, insurer: 0.16, appraiser: 0.04 } }],
    maxLoanWan: null,
    effect: 'bank_bears_less',
    source: {
      label: 'sourced',
      ref: 'https://zscq.creditchina.gov.cn/dxal/202501/t20250123_349350.html',
      note: 'facts.md §2.4',
      doc: 'guangdong-2025-risk-cases'
    }
  },
  {
    id: 'zhuhai',
    province: '440000',
    placeNames: ['珠海', 'Zhuhai'],
    splits: [{ upToWan: null, shares: { bank: 0.6, fund: 0.4 } }],
    maxLoanWan: null,
    effect: 'bank_bears_less',
    source: {
      label: 'sourced',
      ref: 'https://zscq.creditchina.gov.cn/dxal/202501/t20250123_349350.html',
      note: 'facts.md §2.4',
      doc: 'guangdong-2025-risk-cases'
    }
  },
  {
    id: 'shenzhen',
    province: '440000',
    placeNames: ['深圳', 'Shenzhen'],
    splits: [{ upToWan: null, shares: { fund: 0.5, bank: 0.5 } }],
    maxLoanWan: null,
    effect: 'pool_backs_loans',
    source: {
      label: 'sourced',
      ref: 'https://zscq.creditchina.gov.cn/dxal/202501/t20250123_349350.html',
      note: 'facts.md §2.4: fund : bank = 1 : 1, IP pool merged into the city SME pool',
      doc: 'guangdong-2025-risk-cases'
    }
  },
  {
    id: 'weihai',
    province: '370000',
    placeNames: ['威海', 'Weihai'],
    splits: [{ upToWan: 100, shares: { province: 0.4, city: 0.2, bank: 0.4 } }],
    maxLoanWan: 100,
    effect: 'bank_bears_less',
    source: {
      label: 'sourced',
      ref: 'http://hqyjyip.com/services-x/index/1797',
      note: 'facts.md §2.4: province 40 % + city 20 %; ≤ 1 M per loan in year 1 (1.5 M later)',
      doc: 'weihai-risk-pool'
    }
  },
  {
    id: 'shanghai',
    province: '310000',
    placeNames: [],
    splits: [{ upToWan: null, shares: { fund: 0.8, bank: 0.2 } }],
    maxLoanWan: null,
    effect: 'loss_paid_early',
    source: {
      label: 'sourced',
      ref: 'http://du.jintiankansha.me/t/N1Fmc0xiNWRpRg==',
      note: 'facts.md §2.4: about 80 % of net loss paid 2 months after the loan turns non-performing',
      doc: 'shanghai-loss-fund-copy'
    }
  },
  {
    id: 'kunming',
    province: '530000',
    placeNames: ['昆明', 'Kunming'],
    splits: [{ upToWan: null, shares: { fund: 0.3, bank: 0.7 } }],
    maxLoanWan: null,
    effect: 'bank_bears_less',
    source: {
      label: 'sourced',
      ref: 'http://www.javmer.com/kmzhxip/vip_doc/1607768.html',
      note: 'facts.md §2.4: IP share of collateral × loss × 30 %',
      doc: 'kunming-ip-finance-copy'
    }
  },
  {
    id: 'sichuan-tianfu',
    province: '510000',
    placeNames: [],
    splits: [],
    maxLoanWan: 1000,
    effect: 'pool_backs_loans',
    source: {
      label: 'sourced',
      ref: 'https://www.yuhaojiang.com/redian/1145894.html',
      note: 'facts.md §2.4: government-bank-guarantor split (shares not published); ≤ 10 M, ≤ 1 yr',
      doc: 'sichuan-tianfu-2025'
    }
  }
];

/** i18n: `ins.<code>.*` */
export type InsuranceId =
  'pledge_guarantee' | 'infringement_loss' | 'enforcement_cost' | 'infringement_liability';

export interface InsuranceProduct {
  id: InsuranceId;
  /** Who buys it. i18n: `insurance.buyer.<code>` */
  buyer: 'borrower' | 'patentee';
  /** Premium, share of the loan (pledge cover) or a yearly figure the user enters; null when none was found. */
  premiumRate: Sourced<Range> | null;
  /** i18n: `insurance.effect.<code>` */
  effect: 'bank_accepts_more_readily' | 'protects_collateral' | 'pays_enforcement' | 'pays_defence';
  source: Source;
}

/** Premium of pledge-financing guarantee insurance, a share of the loan a year. */
export const PLEDGE_INSURANCE_PREMIUM: Sourced<Range> = {
  value: { low: 0.01, base: 0.02, high: 0.03 },
  source: {
    label: 'estimate',
    ref: 'facts.md §2.4 [U]',
    note: 'typical premium 1-3 % of the loan a year; published rates not found'
  },
  effectiveFrom: '2025-06-01'
};

export const INSURANCE: readonly InsuranceProduct[] = [
  {
    id: 'pledge_guarantee',
    buyer: 'borrower',
    premiumRate: PLEDGE_INSURANCE_PREMIUM,
    effect: 'bank_accepts_more_readily',
    source: {
      label: 'seed',
      ref: '银保监发〔2019〕34号 第十二条',
      note: 'facts.md §6: 质押融资保证保险; Qingdao 2016: 29 firms, 101.1 M lent',
      doc: 'cbirc-2019-34',
      part: { kind: 'item', n: '12' }
    }
  },
  {
    id: 'infringement_loss',
    buyer: 'patentee',
    premiumRate: null,
    effect: 'protects_collateral',
    source: {
      // The 2019 notice names this cover (被侵权损失保险); the PICC pilot was read on a content-sharing site.
      label: 'seed',
      ref: '银保监发〔2019〕34号 第十二条; PICC 专利卫士 on https://max.book118.com/html/2024/1109/8112061121006142.shtm',
      note: 'facts.md §6: PICC 专利卫士 (Beijing pilot 2022); premium rates not found',
      doc: 'cbirc-2019-34',
      part: { kind: 'item', n: '12' }
    }
  },
  {
    id: 'enforcement_cost',
    buyer: 'patentee',
    premiumRate: null,
    effect: 'pays_enforcement',
    source: {
      // Read only on a content-sharing site (book118), which a bank does not accept as a source.
      label: 'secondary',
      ref: 'https://max.book118.com/html/2024/1109/8112061121006142.shtm',
      note: 'facts.md §6: investigation and legal costs of enforcing the insured patent',
      doc: 'picc-patent-guard-copy'
    }
  },
  {
    id: 'infringement_liability',
    buyer: 'patentee',
    premiumRate: null,
    effect: 'pays_defence',
    source: {
      label: 'secondary',
      ref: 'https://m.vobao.com/news/848051581627423822.shtml',
      note: 'facts.md §6: defence costs when accused of infringing; premium rates not found',
      doc: 'liability-insurance-copy'
    }
  }
];
