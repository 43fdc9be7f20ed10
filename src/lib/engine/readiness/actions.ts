/**
 * The gaps of a readiness state and the step that closes each. A gap is a change of the state (`fix`); what closing
 * it gains is measured by scoring the changed state, so the ranking promises exactly what the score will do.
 */
import { addMonths, type IsoDate } from '../dates';
import type { EligibilityCode } from '../eligibility';
import type { LegalTerm } from '../legal-term';
import type { DocumentId, ReadinessPolicy } from '../policy/readiness';
import { fractions, rdThreshold, type ReadinessState, type StateAsset } from './state';

/** i18n: `ready.action.<code>` */
export type ActionCode =
  | 'pay_fee'
  | 'restore_patent'
  | 'renew_trademark'
  | 'get_consent'
  | 'release_pledge'
  | 'record_transfer'
  | 'resolve_dispute'
  | 'lift_freeze'
  | 'await_invalidation'
  | 'shorten_tenor'
  | 'await_grant'
  | 'enter_dates'
  | 'repay_overdue'
  | 'keep_clean_record'
  | 'enter_founded_on'
  | 'operate_longer'
  | 'enter_revenue'
  | 'apply_tech_sme'
  | 'apply_high_tech'
  | 'put_ip_to_use'
  | 'enter_rd'
  | 'raise_rd'
  | 'choose_shorter_tenor'
  | 'prepare_document';

/** How soon the step can be done: now (days), weeks, or only over a long time. */
export type Horizon = 'now' | 'weeks' | 'long';

export interface Gap {
  id: string;
  code: ActionCode;
  /** `data`: a fact is missing and the gain assumes it turns out well; `step`: something to do. */
  kind: 'step' | 'data';
  horizon: Horizon;
  assetId?: string;
  params: Record<string, string | number>;
  fix: (s: ReadinessState) => ReadinessState;
}

/** What the asset page needs to phrase an asset's step. */
export interface GapAsset {
  id: string;
  title: string;
  identifier: string;
  term: LegalTerm;
  pledgee: string;
  coOwnersWithoutConsent: string[];
}

type AssetStep = {
  code: ActionCode;
  horizon: Horizon;
  params?: (a: GapAsset) => Record<string, string | number>;
};

const RENEWAL_GRACE_MONTHS = 6;

/** The step for each blocking eligibility code the enterprise can close; codes absent here cannot be fixed by it. */
const ASSET_STEPS: Partial<Record<EligibilityCode, AssetStep>> = {
  fee_grace: { code: 'pay_fee', horizon: 'now', params: (a) => ({ date: a.term.feeGraceEndsOn ?? '' }) },
  lapsed_fees: { code: 'restore_patent', horizon: 'weeks' },
  renewal_grace: {
    code: 'renew_trademark',
    horizon: 'now',
    params: (a) => ({ date: a.term.endsOn ? addMonths(a.term.endsOn, RENEWAL_GRACE_MONTHS) : '' })
  },
  co_owner_consent: {
    code: 'get_consent',
    horizon: 'weeks',
    params: (a) => ({ names: a.coOwnersWithoutConsent.join('、') })
  },
  already_pledged: { code: 'release_pledge', horizon: 'weeks', params: (a) => ({ pledgee: a.pledgee }) },
  not_owner: { code: 'record_transfer', horizon: 'weeks' },
  dispute_ownership: { code: 'resolve_dispute', horizon: 'long' },
  frozen: { code: 'lift_freeze', horizon: 'long' },
  invalidation_pending: { code: 'await_invalidation', horizon: 'long' },
  term_shorter_than_loan: {
    code: 'shorten_tenor',
    horizon: 'now',
    params: (a) => ({ date: a.term.endsOn ?? '' })
  },
  not_granted: { code: 'await_grant', horizon: 'long' },
  term_unknown: { code: 'enter_dates', horizon: 'now' }
};

function withAsset(s: ReadinessState, id: string, change: (a: StateAsset) => StateAsset): ReadinessState {
  return { ...s, assets: s.assets.map((a) => (a.id === id ? change(a) : a)) };
}

function assetGaps(s: ReadinessState, assets: readonly GapAsset[]): Gap[] {
  const byId = new Map(assets.map((a) => [a.id, a]));
  const out: Gap[] = [];
  for (const a of s.assets) {
    const info = byId.get(a.id);
    if (!info) continue;
    for (const reason of a.blocking) {
      const step = ASSET_STEPS[reason];
      if (!step) continue;
      out.push({
        id: `${a.id}:${reason}`,
        code: step.code,
        kind: reason === 'term_unknown' ? 'data' : 'step',
        horizon: step.horizon,
        assetId: a.id,
        params: { title: info.title, identifier: info.identifier, ...step.params?.(info) },
        fix: (st) => withAsset(st, a.id, (x) => ({ ...x, blocking: x.blocking.filter((c) => c !== reason) }))
      });
    }
  }
  return out;
}

function creditGaps(s: ReadinessState): Gap[] {
  const out: Gap[] = [];
  if (s.currentOverdue) {
    out.push({
      id: 'repay_overdue',
      code: 'repay_overdue',
      kind: 'step',
      horizon: 'now',
      params: {},
      fix: (st) => ({ ...st, currentOverdue: false })
    });
  }
  if (s.overdueLast2Years) {
    out.push({
      id: 'keep_clean_record',
      code: 'keep_clean_record',
      kind: 'step',
      horizon: 'long',
      params: {},
      fix: (st) => ({ ...st, overdueLast2Years: false })
    });
  }
  return out;
}

function operatingGaps(s: ReadinessState, policy: ReadinessPolicy, foundedOn: IsoDate | null): Gap[] {
  const min = policy.minOperatingYears.value;
  const out: Gap[] = [];
  if (s.operatingYears === null) {
    out.push({
      id: 'enter_founded_on',
      code: 'enter_founded_on',
      kind: 'data',
      horizon: 'now',
      params: {},
      fix: (st) => ({ ...st, operatingYears: min })
    });
  } else if (s.operatingYears < min && foundedOn) {
    out.push({
      id: 'operate_longer',
      code: 'operate_longer',
      kind: 'step',
      horizon: 'long',
      params: { date: addMonths(foundedOn, Math.round(min * 12)), years: min },
      fix: (st) => ({ ...st, operatingYears: min })
    });
  }
  if (s.revenueWan === null) {
    out.push({
      id: 'enter_revenue',
      code: 'enter_revenue',
      kind: 'data',
      horizon: 'now',
      params: {},
      fix: (st) => ({ ...st, revenueWan: 1 })
    });
  }
  return out;
}

function qualificationGaps(s: ReadinessState, policy: ReadinessPolicy): Gap[] {
  const f = fractions(s, policy).qualifications;
  const out: Gap[] = [];
  if (f === 0) {
    out.push({
      id: 'apply_tech_sme',
      code: 'apply_tech_sme',
      kind: 'step',
      horizon: 'weeks',
      params: {},
      fix: (st) => ({ ...st, qualifications: { ...st.qualifications, techSme: true } })
    });
  }
  if (f < 1) {
    out.push({
      id: 'apply_high_tech',
      code: 'apply_high_tech',
      kind: 'step',
      horizon: 'long',
      params: {},
      fix: (st) => ({ ...st, qualifications: { ...st.qualifications, highTech: true } })
    });
  }
  return out;
}

function rndGaps(s: ReadinessState, policy: ReadinessPolicy): Gap[] {
  const out: Gap[] = [];
  const first = s.assets[0];
  if (first && !s.assets.some((a) => a.inUse)) {
    out.push({
      id: 'put_ip_to_use',
      code: 'put_ip_to_use',
      kind: 'step',
      horizon: 'long',
      params: {},
      fix: (st) => withAsset(st, first.id, (a) => ({ ...a, inUse: true }))
    });
  }
  if (s.revenueWan !== null && s.revenueWan > 0) {
    const need = rdThreshold(s.revenueWan, policy);
    const revenue = s.revenueWan;
    if (s.rdSpendingWan === null) {
      out.push({
        id: 'enter_rd',
        code: 'enter_rd',
        kind: 'data',
        horizon: 'now',
        params: { ratio: need },
        fix: (st) => ({ ...st, rdSpendingWan: revenue * need })
      });
    } else if (s.rdSpendingWan / revenue < need) {
      out.push({
        id: 'raise_rd',
        code: 'raise_rd',
        kind: 'step',
        horizon: 'long',
        params: { ratio: need, amountWan: revenue * need },
        fix: (st) => ({ ...st, rdSpendingWan: revenue * need })
      });
    }
  }
  return out;
}

/** The longest pledgeable term is shorter than tenor + margin: a shorter loan would pass, if one fits at all. */
function termGaps(s: ReadinessState, policy: ReadinessPolicy, pledgeableYears: number[]): Gap[] {
  if (fractions(s, policy).term === 1 || pledgeableYears.length === 0) return [];
  const longest = Math.max(...pledgeableYears);
  // Tenors come in quarters of a year; the schema's shortest is 0.25.
  const tenor = Math.floor((longest - policy.termMarginYears.value) * 4) / 4;
  if (tenor < 0.25) return [];
  return [
    {
      id: 'choose_shorter_tenor',
      code: 'choose_shorter_tenor',
      kind: 'step',
      horizon: 'now',
      params: { years: tenor },
      fix: (st) => ({ ...st, loanTenorYears: tenor })
    }
  ];
}

function documentGaps(s: ReadinessState): Gap[] {
  return s.requiredDocuments
    .filter((d) => !s.documentsReady.has(d))
    .map((doc: DocumentId) => ({
      id: `doc:${doc}`,
      code: 'prepare_document' as const,
      kind: 'step' as const,
      horizon: 'now' as const,
      params: { doc },
      fix: (st: ReadinessState) => ({ ...st, documentsReady: new Set([...st.documentsReady, doc]) })
    }));
}

/** Every gap of the state, unranked. */
export function gapsOf(
  s: ReadinessState,
  policy: ReadinessPolicy,
  assets: readonly GapAsset[],
  foundedOn: IsoDate | null,
  pledgeableYears: number[]
): Gap[] {
  return [
    ...creditGaps(s),
    ...assetGaps(s, assets),
    ...termGaps(s, policy, pledgeableYears),
    ...operatingGaps(s, policy, foundedOn),
    ...qualificationGaps(s, policy),
    ...rndGaps(s, policy),
    ...documentGaps(s)
  ];
}
