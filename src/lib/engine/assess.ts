/**
 * `assess()`: the one pure function from one JSON value to everything the app shows, with the memo that keeps an
 * unchanged asset's results between calls (the index.ts door exports it).
 */
import { z } from 'zod';
import { legalTerm, type LegalTerm } from './legal-term';
import { outlook, type ValuedAssetView } from './outlook';
import { idOf, owned } from './owned';
import { VALUATION_DEFAULTS_VERSION } from './policy/valuation-defaults';
import type { AssetResult, AssessmentResult } from './result';
import { AssetSchema, type Asset } from './schema/asset';
import type { Product } from './schema/enterprise';
import { AssessmentInputSchema, type AssessmentInput, type ParsedAssessmentInput } from './schema/input';
import { assetDateIssues } from './schema/validate';
import { copyPlain, NOT_PLAIN, samePlain } from './same';
import { tornadoBars } from './tornado';
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

/** Bumped when the shape or meaning of the result changes, so stored or printed results can say which engine. */
export const ENGINE_VERSION = '0.5.0';

/**
 * Memo of valued assets (issue 7, speed): per context (asOf, enterprise, options), the parsed asset, its term and
 * its valuation, by asset id. An edit to one asset re-parses and re-values that asset only.
 *
 * The invariant that keeps it invisible: an entry is used only when the new input is the same plain data as the
 * input that entry was computed from (`samePlain` against a private copy, `same.ts`). The engine is pure, so the
 * same data gives the same result; a caller that changes an input in place, or passes a new object with the same
 * content, is seen either way. The one exception to "a private copy" is a record the engine validated itself in
 * `assessStored` (`owned`): it is never handed to a caller and never changed, so it is its own copy and is matched
 * by identity. Results are shared between calls: treat them as read-only.
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
  view: ValuedAssetView;
}
interface Context {
  /** asOf, enterprise and options as this context saw them (private copies, or an owned enterprise). */
  asOf: unknown;
  enterprise: unknown;
  options: unknown;
  parsed: Pick<ParsedAssessmentInput, 'asOf' | 'enterprise' | 'options'>;
  products: Map<string, Product>;
  assets: Map<string, Memo>;
}
const MAX_CONTEXTS = 4;
const MAX_ASSETS_PER_CONTEXT = 2000;
let contexts: Context[] = [];

function copyOf(v: unknown): unknown {
  return typeof v === 'object' && v !== null && owned.has(v) ? v : copyPlain(v);
}

/** Empties the memo of `assess` (index.ts `clearAssessCache` empties `assessStored`'s too). */
export function clearAssessMemo(): void {
  contexts = [];
}

type RawInput = Record<string, unknown> & { assets: unknown[] };

function memoisable(input: unknown): input is RawInput {
  if (typeof input !== 'object' || input === null) return false;
  const assets = (input as Record<string, unknown>).assets;
  return Array.isArray(assets) && assets.length <= 500;
}

function parseSome(input: RawInput, indices: readonly number[]): ParsedAssessmentInput {
  const r = AssessmentInputSchema.safeParse({ ...input, assets: indices.map((i) => input.assets[i]) });
  if (r.success) return r.data;
  // Issue paths point into the full input: ['assets', j, …] → ['assets', indices[j], …]. ZodRealError is what
  // `parse` throws (an Error, with a stack).
  throw new z.ZodRealError(
    r.error.issues.map((issue) =>
      issue.path[0] === 'assets' && typeof issue.path[1] === 'number'
        ? { ...issue, path: ['assets', indices[issue.path[1]] ?? issue.path[1], ...issue.path.slice(2)] }
        : issue
    )
  );
}

/**
 * The assets at `indices` parsed in a known context: each with the asset schema and the input schema's own checks
 * (dates not after asOf, the enterprise's own asset), which is what the whole input schema does to them once the
 * context parsed. Anything refused goes through `parseSome`, so errors are the input schema's, paths included.
 */
function parseInContext(input: RawInput, ctx: Context, indices: readonly number[]): Asset[] {
  const { asOf, enterprise } = ctx.parsed;
  const out: Asset[] = [];
  for (const i of indices) {
    const r = AssetSchema.safeParse(input.assets[i]);
    if (!r.success || r.data.enterpriseId !== enterprise.id || assetDateIssues(r.data, asOf).length > 0)
      return parseSome(input, indices).assets;
    out.push(r.data);
  }
  return out;
}

function memoised(input: RawInput): Omit<AssessmentResult, 'engineVersion' | 'defaultsVersion'> | null {
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
    const parsed = parseSome(input, missing);
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
    assets = parseInContext(input, ctx, missing);
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
    m.view = view({ asset: m.asset, term: m.term, valued, profile: m.profile });
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

function view(m: {
  asset: Asset;
  term: LegalTerm;
  valued: AssetValued;
  profile: ShareProfile;
}): ValuedAssetView {
  const v = m.valued.valuation;
  const income = v.methods.find((x) => x.method === 'income');
  const noRevenue = v.value === null && income?.status === 'not_applicable' && income.reason === 'no_revenue';
  // A listed product without revenue is where the figure goes; else the asset's own revenue field.
  const product = m.profile.products.find((p) => p.productId !== null && p.revenueWan === null);
  return {
    asset: m.asset,
    term: m.term,
    eligibility: m.valued.eligibility,
    value: v.value,
    pledgeRate: m.valued.pledgeRate,
    productKeys: m.profile.products.map((p) => p.key),
    revenueInput: noRevenue
      ? { productId: product?.productId ?? null, productName: product?.name ?? null }
      : null
  };
}

function assetResult(asset: Asset, term: LegalTerm, valued: AssetValued): AssetResult {
  const { entries: _e, entryKeys: _k, ...v } = valued;
  return { assetId: asset.id, type: asset.type, term, ...v, tornado: tornadoBars(v.valuation.sensitivity) };
}

/**
 * Assesses one enterprise and its IP at `input.asOf`. Throws a ZodError (with paths and i18n-key messages) when the
 * input is invalid: a bad input is an error with a message, never a NaN in a chart.
 */
export function assess(input: AssessmentInput): AssessmentResult {
  const memo = memoisable(input) ? memoised(input) : null;
  if (memo) return { engineVersion: ENGINE_VERSION, ...memo, defaultsVersion: VALUATION_DEFAULTS_VERSION };
  const parsed = AssessmentInputSchema.parse(input);
  const products = productMap(parsed.enterprise);
  const terms = parsed.assets.map((asset) => legalTerm(asset, parsed.asOf));
  const profiles = parsed.assets.map((asset, i) =>
    shareProfile(asset, terms[i] as LegalTerm, parsed.enterprise, products)
  );
  const { contexts: shares, summary } = splitRoyalties(profiles, parsed.enterprise);
  const valued = parsed.assets.map((asset, i) => {
    const term = terms[i] as LegalTerm;
    return {
      asset,
      term,
      profile: profiles[i] as ShareProfile,
      valued: valueOneAsset(
        asset,
        term,
        parsed.enterprise,
        parsed.asOf,
        parsed.options.loanTenorYears,
        shares.get(asset.id)
      )
    };
  });
  const { bundle, assumptions } = combine(parsed, valued);
  return {
    engineVersion: ENGINE_VERSION,
    asOf: parsed.asOf,
    assets: valued.map((m) => assetResult(m.asset, m.term, m.valued)),
    bundle,
    assumptions,
    products: summary,
    ...outlook(parsed, valued.map(view), bundle, summary),
    defaultsVersion: VALUATION_DEFAULTS_VERSION
  };
}
