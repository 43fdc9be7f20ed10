/**
 * The blockers of a readiness state, each with its effect and the step that closes it, and the steps ranked by tier
 * (policy/readiness.ts ACTION_EFFORT_WEEKS says the order): the input that gives an asset a value, what unblocks the
 * loan, what clears an asset's blocker (by pledgeable value gained), points per week of effort, what lifts the grade.
 */
import type { ReadinessPolicy } from '../policy/readiness';
import type { ActionTier } from './action-types';
import { gapsOf } from './actions';
import {
  betterGrade,
  gradeOf,
  loanBlocked,
  pledgeableAssets,
  pledgeableValueWan,
  scoreOf,
  type ReadinessState
} from './state';
import type { Blocker, BlockersByEffect, DerivedAsset, ReadinessAction, ReadinessInput } from './types';

export function blockersOf(
  s: ReadinessState,
  actions: readonly ReadinessAction[],
  policy: ReadinessPolicy
): Blocker[] {
  const ids = new Set(actions.map((a) => a.id));
  const closer = (id: string) => (ids.has(id) ? id : null);
  const out: Blocker[] = [];
  if (s.currentOverdue)
    out.push({
      scope: 'enterprise',
      code: 'current_overdue',
      effect: 'stops_loan',
      actionId: closer('repay_overdue')
    });
  if (s.dishonest === true && policy.dishonestBlocks.value)
    out.push({
      scope: 'enterprise',
      code: 'dishonest_debtor',
      effect: 'stops_loan',
      actionId: closer('clear_dishonest')
    });
  // Nothing pledgeable: the step that closes it is the first ranked step that would make an asset count.
  if (pledgeableAssets(s).length === 0)
    out.push({
      scope: 'enterprise',
      code: 'nothing_pledgeable',
      effect: 'stops_loan',
      actionId:
        actions.find(
          (a) =>
            a.tier === 'value' ||
            (a.assetId !== undefined && (a.gain.unblocks || a.gain.pledgeableValueWan > 0))
        )?.id ?? null
    });
  // Each asset's own reason: it leaves that asset out (when nothing else is left, nothing_pledgeable above says so).
  for (const a of s.assets)
    for (const code of a.blocking)
      out.push({
        scope: 'asset',
        code,
        assetId: a.id,
        effect: 'excludes_asset',
        actionId: closer(`${a.id}:${code}`)
      });
  return out;
}

/** `blockers` split by effect, each part in the order of `blockers`. */
export function blockersByEffect(blockers: readonly Blocker[]): BlockersByEffect {
  const out: BlockersByEffect = { stopsLoan: [], excludesAsset: [] };
  for (const b of blockers) {
    if (b.effect === 'stops_loan') out.stopsLoan.push(b);
    else out.excludesAsset.push(b);
  }
  return out;
}

const TIER_ORDER: Record<ActionTier, number> = {
  value: 0,
  loan_blocker: 1,
  asset_blocker: 2,
  points: 3,
  grade: 4,
  other: 5
};

export function rankedActions(
  input: ReadinessInput,
  s: ReadinessState,
  policy: ReadinessPolicy,
  derived: DerivedAsset[]
): ReadinessAction[] {
  const score = scoreOf(s, policy);
  const grade = gradeOf(s, policy, score).grade;
  const blocked = loanBlocked(s, policy);
  const pledgeable = pledgeableValueWan(s, input.synergyFactor);
  const gapAssets = derived.map((d) => d.gap);
  const years = pledgeableAssets(s).map((a) => a.yearsRemaining ?? Number.POSITIVE_INFINITY);
  const effort = policy.actionEffortWeeks.value;
  const stateOfAsset = new Map(s.assets.map((a) => [a.id, a]));
  const actions = gapsOf(s, policy, gapAssets, input.enterprise.foundedOn ?? null, years).map((g) => {
    const after = g.fix(s);
    const points = scoreOf(after, policy) - score;
    const gradeAfter = gradeOf(after, policy).grade;
    const gain = {
      unblocks: blocked && !loanBlocked(after, policy),
      points,
      pointsPerWeek: points / effort[g.horizon],
      // The amount an input will give is not known until it is entered.
      pledgeableValueWan:
        g.nature === 'value' ? 0 : pledgeableValueWan(after, input.synergyFactor) - pledgeable,
      grade: betterGrade(gradeAfter, grade) ? gradeAfter : null
    };
    const tier: ActionTier =
      g.nature === 'value'
        ? 'value'
        : gain.unblocks
          ? 'loan_blocker'
          : g.nature === 'asset_blocker'
            ? 'asset_blocker'
            : points > 0
              ? 'points'
              : gain.grade !== null
                ? 'grade'
                : 'other';
    // The gap without its fix, field by field (a rest-and-spread of the gaps' shapes is slow).
    const action: ReadinessAction = {
      id: g.id,
      code: g.code,
      kind: g.kind,
      horizon: g.horizon,
      params: g.params,
      tier,
      gain
    };
    if (g.assetId !== undefined) action.assetId = g.assetId;
    if (g.alternativeTo !== undefined) action.alternativeTo = g.alternativeTo;
    return action;
  });
  // Within the value tier: the asset where a value matters most, one that can be pledged and lends most per 万元.
  const valueRank = (a: ReadinessAction) => {
    const x = a.assetId === undefined ? undefined : stateOfAsset.get(a.assetId);
    return {
      open: x && x.blocking.length === 0 ? 0 : 1,
      rate: x?.pledgeRate ?? 0,
      years: x?.yearsRemaining ?? Number.POSITIVE_INFINITY
    };
  };
  const byId = (a: ReadinessAction, b: ReadinessAction) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return actions.sort((a, b) => {
    const t = TIER_ORDER[a.tier] - TIER_ORDER[b.tier];
    if (t !== 0) return t;
    switch (a.tier) {
      case 'value': {
        const x = valueRank(a);
        const y = valueRank(b);
        return x.open - y.open || y.rate - x.rate || y.years - x.years || byId(a, b);
      }
      case 'loan_blocker':
      case 'asset_blocker':
        return (
          b.gain.pledgeableValueWan - a.gain.pledgeableValueWan ||
          Number(a.alternativeTo !== undefined) - Number(b.alternativeTo !== undefined) ||
          b.gain.points - a.gain.points ||
          effort[a.horizon] - effort[b.horizon] ||
          byId(a, b)
        );
      case 'points':
        return b.gain.pointsPerWeek - a.gain.pointsPerWeek || b.gain.points - a.gain.points || byId(a, b);
      default:
        return effort[a.horizon] - effort[b.horizon] || byId(a, b);
    }
  });
}
