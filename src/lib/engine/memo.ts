/**
 * The memos that make a keystroke cheap: the valued assets `assess` keeps between calls, and the record
 * validations `assessStored` keeps. `clearAssessCache()` empties both (benchmarks of the cold path, tests).
 *
 * The invariant that keeps them invisible: an entry is used only when the new input is the same plain data as the
 * input that entry was computed from (`samePlain` against a private copy, `same.ts`). The engine is pure, so the
 * same data gives the same result; a caller that changes an input in place, or passes a new object with the same
 * content, is seen either way. The one exception to "a private copy" is a record the engine validated itself in
 * `assessStored` (`owned`): it is never handed to a caller and never changed, so it is its own copy and is matched
 * by identity. Results are shared between calls: treat them as read-only.
 */
import { assetResult, valuedView } from './asset-lines';
import { legalTerm, type LegalTerm } from './legal-term';
import { outlook } from './outlook';
import type { ValuedAsset } from './valued-asset';
import { idOf, owned } from './owned';
import type { AssetResult, AssessmentResult } from './result';
import type { Asset } from './schema/asset';
import type { Enterprise, Product } from './schema/enterprise';
import { MAX_ASSETS, type ParsedAssessmentInput } from './schema/input';
import { validateAsset, validateEnterprise, type Validated } from './schema/validate';
import { copyPlain, NOT_PLAIN, samePlain } from './same';
import {
  bundled,
  combine,
  productMap,
  shareProfile,
  splitRoyalties,
  valueOneAsset,
  type AssetContext,
  type AssetValued,
  type Bundled,
  type ShareProfile
} from './valuation';

/**
 * One valued asset, per context (asOf, enterprise, options), by asset id: the parsed asset, its term and its
 * valuation. An edit to one asset re-parses and re-values that asset only.
 */
interface Memo {
  /** The asset's input as this entry saw it: a private copy, or an owned record. */
  input: unknown;
  asset: Asset;
  term: LegalTerm;
  /** What it brings to the products' royalty split (a function of the asset and the context). */
  profile: ShareProfile;
  /** What its valuation took from the other assets; the valuation is reused only while this is the same. */
  shared: AssetContext | null;
  valued: AssetValued;
  /** The asset's line of the result, built once: an unchanged asset gives the same object (screens skip it). */
  result: AssetResult;
  /** Its part of the bundle and what readiness and financing read from it, built once too. */
  bundled: Bundled;
  view: ValuedAsset;
}

/** The parsed asOf, enterprise and options of a context. */
export type ParsedContext = Pick<ParsedAssessmentInput, 'asOf' | 'enterprise' | 'options'>;

interface Context {
  /** asOf, enterprise and options as this context saw them (private copies, or an owned enterprise). */
  asOf: unknown;
  enterprise: unknown;
  options: unknown;
  parsed: ParsedContext;
  products: Map<string, Product>;
  assets: Map<string, Memo>;
}
const MAX_CONTEXTS = 4;
const MAX_ASSETS_PER_CONTEXT = 2000;
let contexts: Context[] = [];

function copyOf(v: unknown): unknown {
  return typeof v === 'object' && v !== null && owned.has(v) ? v : copyPlain(v);
}

/** An input as the caller passed it: raw JSON (`assess`) or records already validated (`assessStored`). */
export type MemoInput = Record<string, unknown> & { assets: readonly unknown[] };

/** Whether the memo can take `input` (an object with at most 500 assets). */
export function memoisable(input: unknown): input is MemoInput {
  if (typeof input !== 'object' || input === null) return false;
  const assets = (input as Record<string, unknown>).assets;
  return Array.isArray(assets) && assets.length <= MAX_ASSETS;
}

/**
 * How the memo gets the parsed records it has not seen: `assess` parses raw input; `assessStored` hands over
 * records it already validated, which are taken as they are.
 */
export interface RecordSource {
  /** The context and the assets at `indices`, for an input whose context the memo does not know. */
  whole(input: MemoInput, indices: readonly number[]): ParsedAssessmentInput;
  /** The assets at `indices` in a context the memo knows. */
  assets(input: MemoInput, context: ParsedContext, indices: readonly number[]): Asset[];
}

/** The result (without its versions) from memoised assets where the input allows, or null when it is not plain data. */
export function memoised(
  input: MemoInput,
  source: RecordSource
): Omit<AssessmentResult, 'engineVersion' | 'defaultsVersion'> | null {
  let ctx = contexts.find(
    (c) =>
      samePlain(input.asOf, c.asOf) &&
      samePlain(input.enterprise, c.enterprise) &&
      samePlain(input.options, c.options)
  );
  const raw = input.assets;
  const n = raw.length;
  const memos = new Array<Memo | undefined>(n);
  const missing: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = raw[i];
    const id = ctx ? idOf(a) : null;
    const m = id === null ? undefined : ctx?.assets.get(id);
    if (m && samePlain(a, m.input)) memos[i] = m;
    else missing.push(i);
  }
  let assets: Asset[] = [];
  if (!ctx) {
    const copies = [copyPlain(input.asOf), copyOf(input.enterprise), copyPlain(input.options)];
    if (copies.includes(NOT_PLAIN)) return null;
    const parsed = source.whole(input, missing);
    assets = parsed.assets;
    ctx = {
      asOf: copies[0],
      enterprise: copies[1],
      options: copies[2],
      parsed,
      products: productMap(parsed.enterprise),
      assets: new Map()
    };
    contexts = [ctx, ...contexts].slice(0, MAX_CONTEXTS);
  } else if (missing.length > 0) {
    assets = source.assets(input, ctx.parsed, missing);
  }
  if (ctx.assets.size + missing.length > MAX_ASSETS_PER_CONTEXT) ctx.assets.clear();
  const { asOf, enterprise, options } = ctx.parsed;
  // Pass one: every asset's term and what it brings to the products' royalty split.
  for (let j = 0; j < missing.length; j++) {
    const i = missing[j] as number;
    const asset = assets[j] as Asset;
    const term = legalTerm(asset, asOf);
    const memo = {
      input: null,
      asset,
      term,
      profile: shareProfile(asset, term, enterprise, ctx.products),
      shared: null
    } as unknown as Memo;
    memos[i] = memo;
    const id = idOf(raw[i]);
    const copy = id === null ? NOT_PLAIN : copyOf(raw[i]);
    if (copy !== NOT_PLAIN) {
      memo.input = copy;
      ctx.assets.set(id as string, memo);
    }
  }
  const all = memos as Memo[];
  const { contexts: shares, summary } = splitRoyalties(
    all.map((m) => m.profile),
    enterprise
  );
  // Pass two: value each asset whose input or share changed; an unchanged one keeps its result objects.
  for (const m of all) {
    const shared = shares.get(m.asset.id) ?? null;
    if (m.shared !== null && samePlain(shared, m.shared)) continue;
    const valued = valueOneAsset(
      m.asset,
      m.term,
      enterprise,
      asOf,
      options.loanTenorYears,
      shared ?? undefined
    );
    m.shared = shared ?? { productRevenueWan: null, split: null };
    m.valued = valued;
    m.result = assetResult(m.asset, m.term, valued);
    m.bundled = bundled(m.asset, valued);
    m.view = valuedView({ asset: m.asset, term: m.term, valued, profile: m.profile });
  }
  const c = ctx;
  const { bundle, assumptions } = combine(c.parsed, all);
  return {
    asOf: c.parsed.asOf,
    assets: all.map((m) => m.result),
    bundle,
    assumptions,
    products: summary,
    ...outlook(
      c.parsed,
      all.map((m) => m.view),
      bundle,
      summary
    )
  };
}

/** A record's validation at asOf, with a private copy of the record it was computed from. */
interface Checked<T> {
  asOf: string;
  input: unknown;
  result: Validated<T>;
}
const MAX_CHECKED = 4000;
const checkedAssets = new Map<string, Checked<Asset>>();
const checkedEnterprises = new Map<string, Checked<Enterprise>>();

/**
 * `validate(record, asOf)`, reused while the record (found by its id) is the same data at the same asOf. A valid
 * record's value is the engine's own (`owned`): the valued-asset memo then matches it by identity.
 */
function checkedOnce<T extends object>(
  memo: Map<string, Checked<T>>,
  record: unknown,
  asOf: string,
  validate: (record: unknown, asOf: string) => Validated<T>
): Validated<T> {
  const id = idOf(record);
  const m = id === null ? undefined : memo.get(id);
  if (m && m.asOf === asOf && samePlain(record, m.input)) return m.result;
  const result = validate(record, asOf);
  const copy = id === null ? NOT_PLAIN : copyPlain(record);
  if (copy !== NOT_PLAIN) {
    if (memo.size >= MAX_CHECKED) memo.clear();
    memo.set(id as string, { asOf, input: copy, result });
    if (result.ok) owned.add(result.value);
  }
  return result;
}

/** An asset record's validation at `asOf`, from the memo while the record is unchanged. */
export function checkedAsset(record: unknown, asOf: string): Validated<Asset> {
  return checkedOnce(checkedAssets, record, asOf, validateAsset);
}

/** An enterprise record's validation at `asOf`, from the memo while the record is unchanged. */
export function checkedEnterprise(record: unknown, asOf: string): Validated<Enterprise> {
  return checkedOnce(checkedEnterprises, record, asOf, validateEnterprise);
}

/** Empties the memos of `assess` and `assessStored` (for benchmarks of the cold path, and tests). */
export function clearAssessCache(): void {
  contexts = [];
  checkedAssets.clear();
  checkedEnterprises.clear();
}
