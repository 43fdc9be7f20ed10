/**
 * For tests and the bench only (Node; never shipped): the real messages through intl-messageformat, an enterprise with `n` assets
 * assessed by the real engine, and the summary rendered with pdfmake's Node build and the committed font.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import {
  assess,
  EnterpriseSchema,
  type AssessmentResult,
  type AssetInput,
  type EnterpriseInput
} from '$lib/engine';
import { assetInput, enterpriseInput, REAL_IDS } from '$lib/engine/test-fixtures';
import { buildDocument } from './document';
import { fontCovers } from './font-coverage';
import { renderPdf, type PdfMakeLike } from './render';
import { summaryModel } from './summary-model';

type Dict = { [k: string]: string | Dict };
const LOCALES = join(import.meta.dirname, '../i18n/locales');

function flatten(d: Dict, prefix: string, out: Record<string, string>): void {
  for (const [k, v] of Object.entries(d)) {
    const key = `${prefix}.${k}`;
    if (typeof v === 'string') out[key] = v;
    else flatten(v, key, out);
  }
}

/** `t` and `num` as the app has them, for one language, from the committed JSON. */
export function translator(lang: 'zh-CN' | 'en') {
  const messages: Record<string, string> = {};
  for (const f of readdirSync(join(LOCALES, lang)))
    flatten(
      JSON.parse(readFileSync(join(LOCALES, lang, f), 'utf8')) as Dict,
      f.replace(/\.json$/, ''),
      messages
    );
  const t = (id: string, options?: { values?: Record<string, string | number> }): string => {
    const m = messages[id];
    if (m === undefined) throw new Error(`missing message ${id}`);
    return String(new IntlMessageFormat(m, lang).format(options?.values));
  };
  const num = (n: number, options?: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(lang, options).format(n);
  return { t, num };
}

export const AS_OF = '2026-11-22';
const TYPES = ['invention', 'utility', 'trademark', 'software', 'design'] as const;

/** CNIPA's check character: Σ digit × weight (2…9, 2…5) mod 11, 10 written X (GB/T, 201810557067 → 3). */
function patentCheck(body: string): string {
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const r = Array.from(body).reduce((s, d, i) => s + Number(d) * (w[i] ?? 0), 0) % 11;
  return r === 10 ? 'X' : String(r);
}

/** A valid number of `type` for the i-th asset (past the first five, which use the real listed ones). */
export function identifier(type: (typeof TYPES)[number], i: number): string {
  const serial = String(5570000 + i);
  if (type === 'trademark') return String(7199523 + i);
  if (type === 'software') return `2022SR${1480776 + i}`;
  const body = `2018${type === 'invention' ? 1 : type === 'utility' ? 2 : 3}${serial}`;
  return `${body}.${patentCheck(body)}`;
}

/** An enterprise in Shenzhen with `n` granted assets, each with a cost figure and revenue so every asset is valued. */
export function portfolio(n: number): { enterprise: EnterpriseInput; assets: AssetInput[] } {
  const enterprise = enterpriseInput({ id: 'ent-1' });
  const assets = Array.from({ length: n }, (_, i) => {
    const type = TYPES[i % TYPES.length] ?? 'invention';
    return assetInput({
      id: `a-${i + 1}`,
      type,
      identifier: i < TYPES.length ? REAL_IDS[type] : identifier(type, i),
      title:
        i === 0
          ? '一种基于深度学习的数据压缩方法及其在工业物联网网关中的应用'
          : `${['数据压缩方法', '网关外壳', '知融', '压缩网关控制软件 V2.0', '网关外观'][i % 5]} ${i + 1}`,
      filingDate: '2020-01-01',
      grantDate: '2021-06-01',
      firstPublicationDate: type === 'software' ? '2020-01-01' : undefined,
      niceClasses: type === 'trademark' ? [9] : [],
      use: { inUse: true, products: '压缩网关', revenueWan: 300 + 10 * i },
      valuation: { cost: { amountWan: 40 + i } }
    } as Partial<AssetInput>);
  });
  return { enterprise, assets };
}

export function assessed(n: number): {
  enterprise: EnterpriseInput;
  assets: AssetInput[];
  result: AssessmentResult;
} {
  const p = portfolio(n);
  const result = assess({ asOf: AS_OF, enterprise: p.enterprise, assets: p.assets });
  return { ...p, result };
}

const require = createRequire(import.meta.url);
let pdfmake: PdfMakeLike | null = null;
const root = join(import.meta.dirname, '../../..');
const font = new Uint8Array(readFileSync(join(root, 'static/fonts/NotoSansSC-Subset.ttf')));
const covers = fontCovers(new Uint8Array(readFileSync(join(root, 'static/fonts/NotoSansSC-Subset.ttf'))));

/** The summary PDF of an `n`-asset enterprise, and the characters the font lacked. */
export async function summaryPdf(
  n: number,
  lang: 'zh-CN' | 'en' = 'zh-CN',
  data = assessed(n)
): Promise<{ bytes: Uint8Array; missing: string[]; data: ReturnType<typeof assessed> }> {
  pdfmake ??= require('pdfmake') as PdfMakeLike;
  const { t, num } = translator(lang);
  const model = summaryModel({
    enterprise: EnterpriseSchema.parse(data.enterprise),
    assets: data.assets as never,
    result: data.result,
    asOf: AS_OF,
    lang,
    t,
    num
  });
  const { definition, missing } = buildDocument(model, covers);
  const bytes = await renderPdf(pdfmake, font, definition);
  return { bytes, missing, data };
}
