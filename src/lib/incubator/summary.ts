/**
 * One enterprise's summary: the figures the incubator overview shows for it (grade, score, pledgeable value,
 * indicative loan, enterprise-level blockers), and the key that says exactly which inputs a stored summary was
 * computed from. Pure, and free of the DOM: it runs in the overview's workers and in node tests alike.
 */
import {
  assessStored,
  ENGINE_VERSION,
  FINANCING_POLICY,
  FINANCING_POLICY_VERSION,
  INCOME_TAX,
  INSURANCE,
  LPR_1Y,
  PLEDGE_INSURANCE_PREMIUM,
  READINESS_POLICY,
  READINESS_POLICY_VERSION,
  RISK_SCHEMES,
  SUBSIDIES,
  SUBSIDY_PAYOUT_LAG_MONTHS,
  VALUATION_DEFAULTS,
  VALUATION_DEFAULTS_VERSION,
  type EnterpriseBlockerCode,
  type ReadinessGrade
} from '$lib/engine';

/** What the overview shows of one enterprise's assessment. `invalid`: its stored record no longer validates. */
export interface Summary {
  status: 'ok' | 'invalid';
  grade: ReadinessGrade | null;
  score: number | null;
  pledgeableValueWan: number | null;
  loanLowWan: number | null;
  loanBaseWan: number | null;
  loanHighWan: number | null;
  /** Enterprise-level blockers (a loan cannot be applied for now). */
  blockers: EnterpriseBlockerCode[];
  /** The grade is provisional: the enterprise has not given every answer the score needs. */
  provisional: boolean;
}

export const INVALID_SUMMARY: Summary = Object.freeze({
  status: 'invalid',
  grade: null,
  score: null,
  pledgeableValueWan: null,
  loanLowWan: null,
  loanBaseWan: null,
  loanHighWan: null,
  blockers: [],
  provisional: false
}) as Summary;

/**
 * The summary of one enterprise as stored (records an older schema may have accepted): the engine's own
 * `assessStored`, exactly as the enterprise's screens assess it. An enterprise that no longer validates is
 * `invalid`; an invalid asset is left out, as on its screens.
 */
export function summarize(enterprise: unknown, assets: readonly unknown[], asOf: string): Summary {
  const r = assessStored({ asOf, enterprise, assets });
  if (!r.ok) return { ...INVALID_SUMMARY, blockers: [] };
  const { readiness, bundle } = r.result;
  return {
    status: 'ok',
    grade: readiness.grade,
    score: readiness.score,
    pledgeableValueWan: bundle.pledgeableValueWan,
    loanLowWan: readiness.loanRange.lowWan,
    loanBaseWan: readiness.loanRange.baseWan,
    loanHighWan: readiness.loanRange.highWan,
    blockers: readiness.blockers.flatMap((b) => (b.scope === 'enterprise' ? [b.code] : [])),
    provisional: readiness.missingInputs.length > 0
  };
}

/**
 * Bumped when `Summary` changes shape or meaning (a field added, a figure computed differently outside the
 * engine): every stored summary then misses and is computed again.
 */
export const SUMMARY_FORMAT = 2;

/** Everything besides the records that a summary depends on, as it goes into the key. */
export interface KeyVersions {
  /** `SUMMARY_FORMAT`. */
  format: number;
  /** The engine's `ENGINE_VERSION`. */
  engine: string;
  /** `VALUATION_DEFAULTS_VERSION`, `READINESS_POLICY_VERSION`, `FINANCING_POLICY_VERSION`. */
  valuationDefaults: string;
  readinessPolicy: string;
  financingPolicy: string;
  /**
   * A digest of the policy tables themselves (defaults, readiness, financing, subsidies, risk sharing, insurance,
   * LPR, tax): a table edited without its version bumped still invalidates every summary.
   */
  policyData: string;
  /**
   * The URL of the built chunk this code runs from. Its name carries a hash of its content and of the chunks it
   * imports (the engine's among them), so any new build of the code that computes a summary (an engine change
   * nobody marked with ENGINE_VERSION included) changes it; a release that leaves that code alone keeps it.
   * (On the dev server and in tests it is the source file's path.)
   */
  code: string;
}

let current: Promise<KeyVersions> | undefined;

/** The versions of this build of the app (computed once). */
export function currentVersions(): Promise<KeyVersions> {
  current ??= sha256(
    JSON.stringify([
      VALUATION_DEFAULTS,
      READINESS_POLICY,
      FINANCING_POLICY,
      SUBSIDIES,
      SUBSIDY_PAYOUT_LAG_MONTHS,
      RISK_SCHEMES,
      INSURANCE,
      PLEDGE_INSURANCE_PREMIUM,
      LPR_1Y,
      INCOME_TAX
    ])
  ).then((policyData) => ({
    format: SUMMARY_FORMAT,
    engine: ENGINE_VERSION,
    valuationDefaults: VALUATION_DEFAULTS_VERSION,
    readinessPolicy: READINESS_POLICY_VERSION,
    financingPolicy: FINANCING_POLICY_VERSION,
    policyData,
    code: import.meta.url
  }));
  return current;
}

/**
 * The key of one enterprise's summary. A stored summary is used only while its key equals the key of the records
 * on the device now, so the key must change whenever the summary could:
 *
 *   SHA-256 of the text of [versions, asOf, enterprise, assets sorted by id]
 *
 * - `versions` (KeyVersions): the engine and policy versions, the policy tables' digest, the built code's
 *   fingerprint and the summary's own format. A new engine or new policy data changes every key, so every summary
 *   is computed again once.
 * - `asOf`: today's date. Remaining terms, ages and overdue rules move with it: a new day computes again.
 * - the enterprise record and every one of its assets, whole (not their `updatedAt`: an import, an undo or a
 *   migration can change a record without moving it). Any change to one enterprise or its assets changes that
 *   enterprise's key only, so exactly that entry is computed again.
 *
 * The text is `JSON.stringify` (fast and exact for JSON values: different values, different texts) when every
 * value is plain JSON, which every record the app writes is. Values JSON would blur (undefined, NaN, ±Infinity,
 * -0) take a slower tagged text, prefixed so the two forms never meet. Anything else (a Date, a Blob: nothing the
 * app writes) has no key: that summary is computed every time and never stored. SHA-256 makes two different texts
 * share a key only by a collision nobody has ever found.
 */
export async function summaryKey(
  enterprise: unknown,
  assets: readonly unknown[],
  asOf: string,
  versions: KeyVersions
): Promise<string | null> {
  const value = [versions, asOf, enterprise, assets];
  const text = plainJson(value) ? JSON.stringify(value) : tagged(value);
  return text === null ? null : sha256(text);
}

/** Assets in key order: by id (code units, as IndexedDB orders string keys). */
export function byId<T>(assets: T[]): T[] {
  return assets.sort((a, b) => {
    const x = idOf(a);
    const y = idOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

function idOf(record: unknown): string {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : '';
}

/** True when JSON.stringify writes `v` without losing anything: plain objects, arrays, strings, finite numbers. */
function plainJson(v: unknown): boolean {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0);
    case 'object': {
      if (v === null) return true;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (!(i in v) || !plainJson(v[i])) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const k in v) if (!plainJson((v as Record<string, unknown>)[k])) return false;
      return true;
    }
    default:
      return false;
  }
}

/** A text that tells every plain value apart, undefined and the numbers JSON blurs included; null if not plain. */
function tagged(v: unknown): string | null {
  const out: string[] = ['~'];
  const walk = (x: unknown): boolean => {
    switch (typeof x) {
      case 'string':
        out.push('s', JSON.stringify(x));
        return true;
      case 'boolean':
        out.push(x ? 'T' : 'F');
        return true;
      case 'number':
        out.push('n', Object.is(x, -0) ? '-0' : String(x), ';');
        return true;
      case 'undefined':
        out.push('U');
        return true;
      case 'object': {
        if (x === null) return (out.push('N'), true);
        if (Array.isArray(x)) {
          out.push('[');
          for (let i = 0; i < x.length; i++) {
            if (!(i in x)) out.push('H');
            else if (!walk(x[i])) return false;
          }
          out.push(']');
          return true;
        }
        const proto = Object.getPrototypeOf(x);
        if (proto !== Object.prototype && proto !== null) return false;
        out.push('{');
        for (const k in x) {
          out.push(JSON.stringify(k), ':');
          if (!walk((x as Record<string, unknown>)[k])) return false;
        }
        out.push('}');
        return true;
      }
      default:
        return false;
    }
  };
  return walk(v) ? out.join('') : null;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** SHA-256 of a text's UTF-8 bytes, as 64 hex digits (WebCrypto: browsers, workers and Node 20). */
export async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const b of digest) hex += HEX[b];
  return hex;
}
