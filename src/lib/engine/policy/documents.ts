/**
 * The documents the app cites, each once: what kind of document it is, who issued it, its number and date, and a
 * public address where one is known. Screens and the PDF show a source as this document in the user's language
 * (i18n `source.doc.<id>.title` / `.issuer`), labelled by its kind, never as the team's working notes (a Source's
 * `ref` and `note` stay in the code).
 *
 * Kinds, as a bank officer would weigh them:
 *   official   the issuer's own text: a law, regulation, standard, government notice or official announcement
 *   report     a published report of a known institution (a rating agency's market report)
 *   press      a news report of an official act (a newspaper or a state-owned securities house's site)
 *   copy       the text reproduced on a site other than the issuer's (a consultancy's or a portal's page)
 *   secondary  a summary found only on a secondary or low-authority page: its figure is not confirmed
 *   estimate   no document: common practice or the team's estimate, which the user should replace with their own
 */
import type { IsoDate } from '../dates';

export type DocumentKind = 'official' | 'report' | 'press' | 'copy' | 'secondary' | 'estimate';

export interface SourceDocument {
  kind: DocumentKind;
  /** 文号 or standard number, as issued (language-neutral). */
  number?: string;
  /** Date of issue or publication; null when not known. */
  date: IsoDate | null;
  /** A public address of the document itself or of the issuer's page for it; omitted when none is known. */
  url?: string;
}

/** Where in a document: i18n `source.part.<kind>` with `n`. */
export interface SourceDocumentPart {
  kind: 'table' | 'article' | 'section' | 'item';
  n: string;
}

export const SOURCE_DOCUMENTS = {
  // --- National law, regulation, notices -------------------------------------------------------------------
  'cbirc-2019-34': {
    kind: 'official',
    number: '银保监发〔2019〕34号',
    date: null
  },
  'eit-law': {
    kind: 'official',
    date: '2018-12-29'
  },
  'mof-sat-2023-12': {
    kind: 'official',
    number: '财政部 税务总局公告2023年第12号',
    date: '2023-08-02'
  },
  'lpr-2024-10-21': {
    kind: 'official',
    date: '2024-10-21',
    url: 'https://www.chinamoney.com.cn/chinese/bklpr/'
  },
  'lpr-2025-05-20': {
    kind: 'official',
    date: '2025-05-20',
    url: 'https://www.chinamoney.com.cn/chinese/bklpr/'
  },
  // --- The market report the app's securitisation figures come from ------------------------------------------
  'lianhe-2024-ip-abs': {
    kind: 'report',
    date: null
  },
  // --- Regional rules --------------------------------------------------------------------------------------
  'zgc-2021-ip-loan': {
    kind: 'official',
    date: '2021-09-14',
    url: 'http://www.beijing.gov.cn/fuwu/lqfw/ztzl/zczxwqy/rdwd/202109/t20210914_2492450.html'
  },
  'nanshan-2025-call-copy': {
    kind: 'copy',
    date: null,
    url: 'https://huaxiataike.com/news/78339.html'
  },
  'nanshan-2025-measures-copy': {
    kind: 'secondary',
    date: null
  },
  'jiangsu-suzhidai-2023': {
    kind: 'press',
    date: '2023-08-15',
    url: 'http://bobainet.com/p1/rd/20230815/427761.html'
  },
  'sichuan-tianfu-2025': {
    kind: 'official',
    date: '2025-07-02',
    url: 'http://scjgj.sc.gov.cn/scjgj/gkzcjd/2025/7/2/2d58ad4f992f4590bb48b7e4ed326f59.shtml'
  },
  'hangzhou-2025-tech-finance': {
    kind: 'copy',
    date: null,
    url: 'http://www.echinagov.com/policy/366248.htm'
  },
  'xuchang-2023-ip-finance': {
    kind: 'official',
    date: '2023-03-08',
    url: 'http://czj.xuchang.gov.cn/gzdt/20230308/96da8abc-b323-4aff-b69e-845b21741599.html'
  },
  'kunming-ip-finance-copy': {
    kind: 'copy',
    date: null,
    url: 'http://www.javmer.com/kmzhxip/vip_doc/1607768.html'
  },
  'lijiang-2026-whitelist': {
    kind: 'press',
    date: '2026-01-07',
    url: 'https://finance.yunnan.cn/system/2026/01/07/033818650.shtml'
  },
  'guangdong-2025-risk-cases': {
    kind: 'official',
    date: '2025-01-23',
    url: 'https://zscq.creditchina.gov.cn/dxal/202501/t20250123_349350.html'
  },
  // --- Deals and fees ---------------------------------------------------------------------------------------
  'yuekai-gzkfq-2021': {
    kind: 'press',
    date: null,
    url: 'http://www.rzzlxh.org.cn/show-653.html'
  },
  'appraisal-fee-blog': {
    kind: 'secondary',
    date: null,
    url: 'https://www.dlllqs.com/lcbj/84382.html'
  },
  'bocom-pledge-terms-copy': {
    kind: 'secondary',
    date: null,
    url: 'https://soudai8.com/171483948.html'
  },
  // --- Valuation ---------------------------------------------------------------------------------------------
  'cn-royalty-table-copy': {
    kind: 'secondary',
    date: null,
    url: 'http://www.cn360cn.com/f7689993.htm'
  },
  'royaltystat-2012': {
    kind: 'report',
    date: null,
    url: 'http://blog.royaltystat.com/royalty-rates-are-stable-across-industries'
  },
  'cnipa-open-licence-copy': {
    kind: 'secondary',
    date: null,
    url: 'http://fengqipaper.com/utc70f.html'
  },
  'goldscheider-25-rule': {
    kind: 'report',
    date: null,
    url: 'https://lawexplores.com/use-of-the-twenty-five-percent-rule-in-valuing-intellectual-property/'
  },
  'dynamic-split-paper': {
    kind: 'report',
    date: null,
    url: 'https://soolun.net/periodical/76cd9ec0c8edd39bd6756f03967ce603.html'
  },
  'discount-rate-article': {
    kind: 'secondary',
    date: null,
    url: 'https://www.yinghuodd.com/knowledge/detail_715008.html'
  },
  // --- Law and rules behind readiness -----------------------------------------------------------------------
  'patent-rules-2023': {
    kind: 'secondary',
    number: '国务院令第769号',
    date: '2023-12-11'
  },
  'trademark-law': {
    kind: 'official',
    date: '2019-04-23'
  },
  'patent-law': {
    kind: 'official',
    date: '2020-10-17'
  },
  'civil-code': {
    kind: 'official',
    date: '2020-05-28'
  },
  'high-tech-rules-2016': {
    kind: 'official',
    number: '国科发火〔2016〕32号',
    date: '2016-01-29'
  },
  'dishonest-debtors-2016': {
    kind: 'official',
    number: '中办发〔2016〕64号',
    date: null
  },
  'pledge-registration-guide': {
    kind: 'copy',
    date: null,
    url: 'https://wxjkippc.org.cn/newsinfo/5560448.html'
  },
  'beijing-2025-call-copy': {
    kind: 'copy',
    date: null,
    url: 'https://www.keceyun.com/policy/newsdetail/165403.html'
  },
  'ip-finance-pilot-2025': {
    kind: 'copy',
    date: null,
    url: 'https://staging.reportify.cn/news/1124977778723262464'
  },
  'boc-jiangsu-no-appraisal': {
    kind: 'copy',
    date: null,
    url: 'https://texunip.com/article/1116.html'
  },
  'scio-transcript-copy': {
    kind: 'secondary',
    date: null
  },
  // --- Risk sharing and insurance ---------------------------------------------------------------------------
  'weihai-risk-pool': {
    kind: 'copy',
    date: null,
    url: 'http://hqyjyip.com/services-x/index/1797'
  },
  'shanghai-loss-fund-copy': {
    kind: 'secondary',
    date: null
  },
  'picc-patent-guard-copy': {
    kind: 'secondary',
    date: null
  },
  'liability-insurance-copy': {
    kind: 'secondary',
    date: null,
    url: 'https://m.vobao.com/news/848051581627423822.shtml'
  }
} as const satisfies Record<string, SourceDocument>;

export type SourceDocumentId = keyof typeof SOURCE_DOCUMENTS;
