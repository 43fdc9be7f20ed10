/**
 * The steps that close each blocking eligibility code of an asset, the first one the blocker's own, then any other way
 * to close it; a code without steps cannot be closed by the enterprise (an expired right, an invalidated one …).
 */
import { addMonths, monthsOfYears } from '../dates';
import type { EligibilityCode } from '../eligibility';
import type { ReadinessPolicy } from '../policy/readiness';
import { isPatentType } from '../schema/asset-type';
import type { ActionCode, GapAsset, Horizon } from './action-types';

export type AssetStep = {
  code: ActionCode;
  horizon: Horizon;
  kind?: 'step' | 'data';
  params?: (a: GapAsset) => Record<string, string | number>;
};

/**
 * The steps for a blocking eligibility code of an asset, the first one the blocker's own; codes without steps cannot be
 * closed by the enterprise.
 */
export function assetSteps(code: EligibilityCode, a: GapAsset, policy: ReadinessPolicy): AssetStep[] {
  const renewal = policy.trademarkRenewal.value;
  switch (code) {
    case 'fee_grace':
      return [{ code: 'pay_fee', horizon: 'now', params: (x) => ({ date: x.term.feeGraceEndsOn ?? '' }) }];
    case 'lapsed_fees':
      // A patent lapsed for fees may be restored on request (专利法实施细则 第六条); other rights have no such step.
      return isPatentType(a.type) ? [{ code: 'restore_patent', horizon: 'weeks' }] : [];
    case 'renewal_grace':
      return [
        {
          code: 'renew_trademark',
          horizon: 'now',
          params: (x) => ({ date: x.term.endsOn ? addMonths(x.term.endsOn, renewal.graceMonths) : '' })
        }
      ];
    case 'co_owner_consent':
      return [
        {
          code: 'get_consent',
          horizon: 'weeks',
          params: (x) => ({ names: x.coOwnersWithoutConsent.join('、') })
        }
      ];
    case 'already_pledged':
      return [{ code: 'release_pledge', horizon: 'weeks', params: (x) => ({ pledgee: x.pledgee }) }];
    case 'not_owner':
      return [{ code: 'name_holder', horizon: 'now', kind: 'data' }];
    case 'licence_only':
      return [{ code: 'record_transfer', horizon: 'weeks' }];
    case 'dispute_ownership':
      return [{ code: 'resolve_dispute', horizon: 'long' }];
    case 'frozen':
      return [{ code: 'lift_freeze', horizon: 'long' }];
    case 'invalidation_pending':
      return [{ code: 'await_invalidation', horizon: 'long' }];
    case 'term_shorter_than_loan': {
      const shorten: AssetStep = {
        code: 'shorten_tenor',
        horizon: 'now',
        params: (x) => ({ date: x.term.endsOn ?? '' })
      };
      // A trademark can be renewed from 12 months before its end (商标法 第四十条): once the renewal is registered its
      // term runs 10 more years, which is the real fix; a shorter loan is the other way.
      if (a.type !== 'trademark' || !a.term.endsOn) return [shorten];
      const endsOn = a.term.endsOn;
      return [
        {
          code: 'renew_trademark_early',
          horizon: a.term.renewalWindowOpen ? 'weeks' : 'long',
          params: () => ({
            opensOn: addMonths(endsOn, -renewal.windowMonths),
            endsOn,
            newEnd: addMonths(endsOn, monthsOfYears(renewal.years))
          })
        },
        shorten
      ];
    }
    case 'not_granted':
      return [{ code: 'await_grant', horizon: 'long' }];
    case 'term_unknown':
      return [{ code: 'enter_dates', horizon: 'now', kind: 'data' }];
    default:
      return [];
  }
}
