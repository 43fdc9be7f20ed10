/**
 * Validators for the identifiers a user types when describing an enterprise and its IP assets.
 *
 * Every validator is total: it never throws, whatever string it is given, and answers
 * `{ ok: true, normalized }` or `{ ok: false, code }`. Input is accepted the way people type it
 * (full-width characters, spaces, lower case, ZL/CN prefixes); `normalized` is the canonical form
 * to store. Pure functions: no clock, no DOM, no I/O.
 */
import type { AssetType } from '../schema/asset-type';

export type IdErrorCode = 'empty' | 'format' | 'checksum' | 'type_mismatch' | 'year';
export type IdCheck = { ok: true; normalized: string } | { ok: false; code: IdErrorCode };

export type PatentKind = 'invention' | 'utility' | 'design';

const ok = (normalized: string): IdCheck => ({ ok: true, normalized });
const fail = (code: IdErrorCode): IdCheck => ({ ok: false, code });

/**
 * NFKC folds full-width digits, letters, '．' and '－' to ASCII; the ideographic full stop '。'
 * and the dashes people type for '-' are mapped by hand. Never throws.
 */
function fold(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  let s: string;
  try {
    s = raw.normalize('NFKC');
  } catch {
    s = raw;
  }
  return s.replace(/[。｡]/g, '.').replace(/[‐‑‒–—―−]/g, '-');
}

/** Folded, every whitespace character (including U+3000 and NBSP) removed, upper case. */
function compact(raw: unknown): string {
  return fold(raw).replace(/\s+/g, '').toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// 统一社会信用代码 (GB 32100-2015)
// ---------------------------------------------------------------------------------------------

/** GB 32100-2015 code character set: 0-9 and A-Z without I, O, S, V, Z; index = value 0..30. */
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights W_i = 3^(i-1) mod 31 for positions 1..17 (GB 32100-2015 §4.2.5 / GB/T 17710). */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * 统一社会信用代码: 18 characters — registration authority (1), organisation kind (1),
 * administrative division (6 digits), subject code (9), check character (1).
 * Check = 31 − (Σ value_i × W_i mod 31), where 31 becomes 0, written in the same charset.
 */
export function validateUscc(raw: string): IdCheck {
  const s = compact(raw);
  if (!s) return fail('empty');
  if (s.length !== 18) return fail('format');
  const values: number[] = [];
  for (const ch of s) {
    const v = USCC_CHARSET.indexOf(ch);
    if (v < 0) return fail('format');
    values.push(v);
  }
  if (!/^\d{6}$/.test(s.slice(2, 8))) return fail('format');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (values[i] ?? 0) * USCC_WEIGHTS[i]!;
  const check = (31 - (sum % 31)) % 31;
  if (values[17] !== check) return fail('checksum');
  return ok(s);
}

// ---------------------------------------------------------------------------------------------
// 专利申请号 (CNIPA application numbers; 专利号 = 'ZL' + 申请号)
// ---------------------------------------------------------------------------------------------

/**
 * Check digit of a CNIPA application number: digits times weights 2,3,4,5,6,7,8,9 (repeating
 * 2,3,4,5 for digits 9-12 of the 12-digit form), sum mod 11, 10 written 'X'. Confirmed against
 * published numbers in the tests. Also used for IC layout-design registration numbers.
 */
function cnipaCheckChar(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (2 + (i % 8));
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

const KIND_BY_TYPE_DIGIT: Readonly<Record<string, PatentKind>> = {
  '1': 'invention',
  '8': 'invention', // PCT application for an invention entering the Chinese national phase
  '2': 'utility',
  '9': 'utility', // PCT application for a utility model entering the Chinese national phase
  '3': 'design'
};

type ParsedPatent = { body: string; check: string; kind: PatentKind };

function parsePatent(raw: unknown): ParsedPatent | IdErrorCode {
  let s = compact(raw);
  if (!s) return 'empty';
  if (s.startsWith('ZL') || s.startsWith('CN')) s = s.slice(2);
  if (s.startsWith('.') || s.startsWith(':')) s = s.slice(1);
  const m = /^(\d+)\.?([0-9X])$/.exec(s);
  if (!m) return 'format';
  const body = m[1]!;
  const check = m[2]!;
  let typeDigit: string;
  if (body.length === 12) {
    // From 2003-10-01: YYYY + type + 7-digit serial.
    const year = Number(body.slice(0, 4));
    if (year < 2003 || year > 2099) return 'year';
    typeDigit = body[4]!;
  } else if (body.length === 8) {
    // 1985 to 2003-09-30: YY + type + 5-digit serial.
    const yy = Number(body.slice(0, 2));
    if (!(yy >= 85 || yy <= 3)) return 'year';
    typeDigit = body[2]!;
  } else {
    return 'format';
  }
  const kind = KIND_BY_TYPE_DIGIT[typeDigit];
  if (!kind) return 'format';
  if (cnipaCheckChar(body) !== check) return 'checksum';
  return { body, check, kind };
}

/**
 * 专利申请号 / 专利号, both the 12-digit form (since 2003-10-01) and the old 8-digit form.
 * Accepts 'ZL'/'CN' prefixes, spaces, a missing dot, '．' or '。' for the dot, 'x' for 'X'.
 * Normalized: digits + '.' + check, e.g. '201810557067.3'. With `expected`, a type digit of
 * another kind gives 'type_mismatch' (8 counts as invention, 9 as utility model).
 */
export function validatePatentNumber(raw: string, expected?: PatentKind): IdCheck {
  const p = parsePatent(raw);
  if (typeof p === 'string') return fail(p);
  if (expected !== undefined && p.kind !== expected) return fail('type_mismatch');
  return ok(`${p.body}.${p.check}`);
}

/** Kind of a (valid) patent application number, or null when it is not one. */
export function patentKindOf(normalized: string): PatentKind | null {
  const p = parsePatent(normalized);
  return typeof p === 'string' ? null : p.kind;
}

// ---------------------------------------------------------------------------------------------
// 商标注册号
// ---------------------------------------------------------------------------------------------

/**
 * 商标注册号: 1 to 9 digits, typed as '第7199523号' or '7199523'. A Madrid international
 * registration designating China is 'G' + digits. There is no check digit.
 */
export function validateTrademarkNumber(raw: string): IdCheck {
  const s = compact(raw).replace(/[第号號]/g, '');
  if (!s) return fail('empty');
  const m = /^(G?)(\d{1,9})$/.exec(s);
  if (!m || /^0+$/.test(m[2]!)) return fail('format');
  return ok(m[1]! + m[2]!);
}

// ---------------------------------------------------------------------------------------------
// 计算机软件著作权登记号
// ---------------------------------------------------------------------------------------------

/**
 * 计算机软件著作权登记号: year + 'SR' + serial, e.g. '2022SR1480776'. Serials have had 5 digits
 * (Discuz! '2006SR11895'), 6 ('2014SR001852') and 7 ('2022SR1480776'); some registrations carry
 * one or two letters after 'SR' ('2008SRBJ0833', '2022SRE010935'). Accepted: 4 to 7 digits after
 * an optional 1-2 letter code, year 1992-2099. The certificate number '软著登字第0671096号' is a
 * different number and is rejected.
 */
export function validateSoftwareCopyrightNumber(raw: string): IdCheck {
  const s = compact(raw)
    .replace(/^[软軟]著登字/, '')
    .replace(/^第/, '')
    .replace(/[号號]$/, '');
  if (!s) return fail('empty');
  const m = /^(\d{4})-?SR-?([A-Z]{1,2})?(\d{4,7})$/.exec(s);
  if (!m) return fail('format');
  const year = Number(m[1]);
  if (year < 1992 || year > 2099) return fail('year');
  return ok(`${m[1]}SR${m[2] ?? ''}${m[3]}`);
}

// ---------------------------------------------------------------------------------------------
// 作品登记号
// ---------------------------------------------------------------------------------------------

/**
 * 作品著作权登记号: registry (1-2 Chinese characters: 国 for the national centre, 京/渝/黔… for a
 * province) + '作登字' + year + work-class letter + 8-digit serial, as '国作登字-2021-L-00268255'.
 * Hyphens may be '-', '－', '—' or absent. Normalized to the hyphenated form.
 */
export function validateCopyrightNumber(raw: string): IdCheck {
  const s = compact(raw);
  if (!s) return fail('empty');
  const m = /^(\p{Script=Han}{1,2}?)作登字第?-?(\d{4})-?([A-Z])-?(\d{8})[号號]?$/u.exec(s);
  if (!m) return fail('format');
  const year = Number(m[2]);
  if (year < 1990 || year > 2099) return fail('year');
  return ok(`${m[1]}作登字-${m[2]}-${m[3]}-${m[4]}`);
}

// ---------------------------------------------------------------------------------------------
// 集成电路布图设计登记号
// ---------------------------------------------------------------------------------------------

/**
 * 集成电路布图设计登记号, e.g. 'BS.185559220': 'BS.' + YY + '5' + 5-digit serial + check.
 * The check is assumed to be the CNIPA application-number check (weights 2..9, mod 11, 10 → 'X'):
 * it reproduces the one published number found (BS.185559220, from a scraper of CNIPA's layout
 * design announcements), but no document stating the rule was found, so it rests on that one
 * number. Accepts the number with or without 'BS', with a dot before the check or not.
 * Normalized: 'BS.' + 8 digits + check.
 */
export function validateIcLayoutNumber(raw: string): IdCheck {
  let s = compact(raw);
  if (!s) return fail('empty');
  if (s.startsWith('BS')) s = s.slice(2);
  if (s.startsWith('.')) s = s.slice(1);
  const m = /^(\d{8})\.?([0-9X])$/.exec(s);
  if (!m) return fail('format');
  if (cnipaCheckChar(m[1]!) !== m[2]) return fail('checksum');
  return ok(`BS.${m[1]}${m[2]}`);
}

// ---------------------------------------------------------------------------------------------
// 地理标志
// ---------------------------------------------------------------------------------------------

const GI_MAX_CHARS = 60;

/**
 * Geographical indications live in several registries (GI product announcements, collective or
 * certification trademarks, agricultural 'AGI…' numbers), so any non-blank text of at most 60
 * characters is accepted. Normalized: trimmed, inner runs of whitespace collapsed to one space.
 */
export function validateGiIdentifier(raw: string): IdCheck {
  const s = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim() : '';
  if (!s) return fail('empty');
  if (Array.from(s).length > GI_MAX_CHARS) return fail('format');
  return ok(s);
}

// ---------------------------------------------------------------------------------------------
// Dispatch
// ---------------------------------------------------------------------------------------------

/** Validates the registration/application number of an asset of the given type. */
export function validateAssetIdentifier(type: AssetType, raw: string): IdCheck {
  switch (type) {
    case 'invention':
    case 'utility':
    case 'design':
      return validatePatentNumber(raw, type);
    case 'trademark':
      return validateTrademarkNumber(raw);
    case 'software':
      return validateSoftwareCopyrightNumber(raw);
    case 'copyright':
      return validateCopyrightNumber(raw);
    case 'ic_layout':
      return validateIcLayoutNumber(raw);
    case 'gi':
      return validateGiIdentifier(raw);
    default: {
      const unknownType: never = type;
      void unknownType;
      return fail('format');
    }
  }
}
