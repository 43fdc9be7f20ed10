/**
 * `assess()`: the one pure function from one JSON value to everything the app shows. Raw input is parsed once;
 * records `assessStored` already validated come in through `assessValidated` and are not parsed again. Both go
 * through the memo of valued assets (memo.ts) where the input allows.
 */
import { z } from 'zod';
import { assetResult, valuedView } from './asset-lines';
import { legalTerm, type LegalTerm } from './legal-term';
import { memoisable, memoised, type MemoInput, type ParsedContext, type RecordSource } from './memo';
import { outlook } from './outlook';
import { VALUATION_DEFAULTS_VERSION } from './policy/valuation-defaults';
import type { AssessmentResult } from './result';
import { AssetSchema, type Asset } from './schema/asset';
import { AssessmentInputSchema, type AssessmentInput, type ParsedAssessmentInput } from './schema/input';
import { parseFast, safeParseFast } from './schema/fast-parse';
import { assetDateIssues } from './schema/validate';
import {
  combine,
  productMap,
  shareProfile,
  splitRoyalties,
  valueOneAsset,
  type ShareProfile
} from './valuation';

/** Bumped when the shape or meaning of the result changes, so stored or printed results can say which engine. */
export const ENGINE_VERSION = '0.5.0';

function parseSome(input: MemoInput, indices: readonly number[]): ParsedAssessmentInput {
  const r = safeParseFast(AssessmentInputSchema, {
    ...input,
    assets: indices.map((i) => input.assets[i])
  });
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
function parseInContext(input: MemoInput, context: ParsedContext, indices: readonly number[]): Asset[] {
  const { asOf, enterprise } = context;
  const out: Asset[] = [];
  for (const i of indices) {
    const r = safeParseFast(AssetSchema, input.assets[i]);
    if (!r.success || r.data.enterpriseId !== enterprise.id || assetDateIssues(r.data, asOf).length > 0)
      return parseSome(input, indices).assets;
    out.push(r.data);
  }
  return out;
}

/** Raw input: parsed with the input schema. */
const PARSE: RecordSource = { whole: parseSome, assets: parseInContext };

/** Records validated already: taken as they are. */
const TAKE: RecordSource = {
  whole: (input, indices) => {
    const v = input as unknown as ParsedAssessmentInput;
    return {
      asOf: v.asOf,
      enterprise: v.enterprise,
      options: v.options,
      assets: indices.map((i) => v.assets[i] as Asset)
    };
  },
  assets: (input, _context, indices) => indices.map((i) => input.assets[i] as Asset)
};

function versioned(r: Omit<AssessmentResult, 'engineVersion' | 'defaultsVersion'>): AssessmentResult {
  return { engineVersion: ENGINE_VERSION, ...r, defaultsVersion: VALUATION_DEFAULTS_VERSION };
}

/** The assessment of parsed input, every asset valued afresh (input the memo cannot take). */
function assessParsed(parsed: ParsedAssessmentInput): AssessmentResult {
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
  return versioned({
    asOf: parsed.asOf,
    assets: valued.map((m) => assetResult(m.asset, m.term, m.valued)),
    bundle,
    assumptions,
    products: summary,
    ...outlook(parsed, valued.map(valuedView), bundle, summary)
  });
}

/**
 * Assesses one enterprise and its IP at `input.asOf`. Throws a ZodError (with paths and i18n-key messages) when the
 * input is invalid: a bad input is an error with a message, never a NaN in a chart.
 */
export function assess(input: AssessmentInput): AssessmentResult {
  const memo = memoisable(input) ? memoised(input, PARSE) : null;
  if (memo) return versioned(memo);
  return assessParsed(parseFast(AssessmentInputSchema, input));
}

/**
 * The assessment of records already validated at `input.asOf` (each by the schema and the date rules, every asset
 * the enterprise's own, at most 500 of them): what `assess` does after parsing, without parsing again.
 */
export function assessValidated(input: ParsedAssessmentInput): AssessmentResult {
  const memo = memoisable(input) ? memoised(input as unknown as MemoInput, TAKE) : null;
  return memo ? versioned(memo) : assessParsed(input);
}
