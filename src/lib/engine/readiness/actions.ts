/**
 * The gaps of a readiness state and the step that closes each. A gap is a change of the state (`fix`); what closing
 * it gains is measured by scoring the changed state, so the ranking promises exactly what the score will do.
 */
import { addMonths, monthsOfYears, type IsoDate } from '../dates';
import type { ActionCode, GapAsset, Horizon } from './action-types';
import { assetSteps } from './asset-steps';

export type { ActionCode, ActionTier, GapAsset, Horizon, RevenueInput } from './action-types';
import type { ReadinessPolicy } from '../policy/readiness';
import { fractions, rdThreshold, type ReadinessState, type StateAsset } from './state';

export interface Gap {
  id: string;
  code: ActionCode;
  /** `data`: a fact is missing and the gain assumes it turns out well; `step`: something to do. */
  kind: 'step' | 'data';
  horizon: Horizon;
  assetId?: string;
  params: Record<string, string | number>;
  /** What kind of gap it is: the input that gives an asset a value, an asset's blocker, or anything else. */
  nature: 'value' | 'asset_blocker' | 'other';
  /** Another way to close the same blocker as the gap `alternativeTo` (ranked after it at equal gain). */
  alternativeTo?: string;
  fix: (s: ReadinessState) => ReadinessState;
}

function withAsset(s: ReadinessState, id: string, change: (a: StateAsset) => StateAsset): ReadinessState {
  return { ...s, assets: s.assets.map((a) => (a.id === id ? change(a) : a)) };
}

/** A positive stand-in value for "the owner enters the revenue": the gain counts the asset, not an amount. */
const SOME_VALUE = { low: 1, base: 1, high: 1 };

/** The input that gives an asset without a value its value: the revenue of the products it serves. */
function valueGaps(s: ReadinessState, assets: readonly GapAsset[]): Gap[] {
  const byId = new Map(assets.map((a) => [a.id, a]));
  const out: Gap[] = [];
  for (const a of s.assets) {
    const info = byId.get(a.id);
    if (!info?.revenueInput || a.value !== null) continue;
    const product = info.revenueInput;
    out.push({
      id: `${a.id}:revenue`,
      code: 'enter_ip_revenue',
      kind: 'data',
      horizon: 'now',
      assetId: a.id,
      nature: 'value',
      params: {
        title: info.title,
        identifier: info.identifier,
        ...(product.productId !== null
          ? { productId: product.productId, product: product.productName ?? '' }
          : {})
      },
      fix: (st) => withAsset(st, a.id, (x) => ({ ...x, value: SOME_VALUE }))
    });
  }
  return out;
}

function assetGaps(s: ReadinessState, assets: readonly GapAsset[], policy: ReadinessPolicy): Gap[] {
  const byId = new Map(assets.map((a) => [a.id, a]));
  const out: Gap[] = [];
  for (const a of s.assets) {
    const info = byId.get(a.id);
    if (!info) continue;
    for (const reason of a.blocking) {
      const steps = assetSteps(reason, info, policy);
      const fix = (st: ReadinessState) =>
        withAsset(st, a.id, (x) => ({ ...x, blocking: x.blocking.filter((c) => c !== reason) }));
      const first = `${a.id}:${reason}`;
      steps.forEach((step, i) => {
        out.push({
          id: i === 0 ? first : `${first}:${step.code}`,
          code: step.code,
          kind: step.kind ?? 'step',
          horizon: step.horizon,
          assetId: a.id,
          nature: 'asset_blocker',
          ...(i === 0 ? {} : { alternativeTo: first }),
          params: { title: info.title, identifier: info.identifier, ...step.params?.(info) },
          fix
        });
      });
    }
  }
  return out;
}

function enterpriseGap(
  id: ActionCode,
  kind: 'step' | 'data',
  horizon: Horizon,
  fix: (s: ReadinessState) => ReadinessState,
  params: Record<string, string | number> = {}
): Gap {
  return { id, code: id, kind, horizon, nature: 'other', params, fix };
}

function creditGaps(s: ReadinessState): Gap[] {
  const out: Gap[] = [];
  if (s.currentOverdue)
    out.push(enterpriseGap('repay_overdue', 'step', 'now', (st) => ({ ...st, currentOverdue: false })));
  if (s.dishonest === true)
    out.push(enterpriseGap('clear_dishonest', 'step', 'weeks', (st) => ({ ...st, dishonest: false })));
  if (s.overdueLast2Years)
    out.push(
      enterpriseGap('keep_clean_record', 'step', 'long', (st) => ({ ...st, overdueLast2Years: false }))
    );
  return out;
}

/** The actual controller's guarantee and personal credit, the tax grade, the court records. */
function creditOfficerGaps(s: ReadinessState): Gap[] {
  const out: Gap[] = [];
  if (s.controllerGuarantee === null || s.personalCreditClean === null)
    out.push(
      enterpriseGap('enter_controller', 'data', 'now', (st) => ({
        ...st,
        controllerGuarantee: st.controllerGuarantee ?? true,
        personalCreditClean: st.personalCreditClean ?? true
      }))
    );
  if (s.controllerGuarantee === false)
    out.push(
      enterpriseGap('controller_guarantee', 'step', 'now', (st) => ({ ...st, controllerGuarantee: true }))
    );
  if (s.personalCreditClean === false)
    out.push(
      enterpriseGap('repair_personal_credit', 'step', 'long', (st) => ({ ...st, personalCreditClean: true }))
    );
  if (s.taxCreditGrade === null)
    out.push(enterpriseGap('enter_tax_grade', 'data', 'now', (st) => ({ ...st, taxCreditGrade: 'B' })));
  else if (s.taxCreditGrade === 'C' || s.taxCreditGrade === 'D')
    out.push(
      enterpriseGap('improve_tax_grade', 'step', 'long', (st) => ({ ...st, taxCreditGrade: 'B' }), {
        grade: s.taxCreditGrade
      })
    );
  if (s.courtEnforcement === null || s.dishonest === null)
    out.push(
      enterpriseGap('enter_court', 'data', 'now', (st) => ({
        ...st,
        courtEnforcement: st.courtEnforcement ?? false,
        dishonest: st.dishonest ?? false
      }))
    );
  if (s.courtEnforcement === true)
    out.push(
      enterpriseGap('settle_enforcement', 'step', 'weeks', (st) => ({ ...st, courtEnforcement: false }))
    );
  return out;
}

function operatingGaps(s: ReadinessState, policy: ReadinessPolicy, foundedOn: IsoDate | null): Gap[] {
  const min = policy.minOperatingYears.value;
  const out: Gap[] = [];
  if (s.operatingYears === null) {
    out.push(enterpriseGap('enter_founded_on', 'data', 'now', (st) => ({ ...st, operatingYears: min })));
  } else if (s.operatingYears < min && foundedOn) {
    out.push(
      enterpriseGap('operate_longer', 'step', 'long', (st) => ({ ...st, operatingYears: min }), {
        date: addMonths(foundedOn, monthsOfYears(min)),
        years: min
      })
    );
  }
  if (s.revenueWan === null)
    out.push(enterpriseGap('enter_revenue', 'data', 'now', (st) => ({ ...st, revenueWan: 1 })));
  const max = policy.leverage.value.maxRatio;
  if (s.leverage === null)
    out.push(enterpriseGap('enter_balance_sheet', 'data', 'now', (st) => ({ ...st, leverage: max })));
  else if (s.leverage > max)
    out.push(
      enterpriseGap('lower_leverage', 'step', 'long', (st) => ({ ...st, leverage: max }), {
        ratio: s.leverage,
        max
      })
    );
  return out;
}

function qualificationGaps(s: ReadinessState, policy: ReadinessPolicy): Gap[] {
  const f = fractions(s, policy).qualifications;
  const out: Gap[] = [];
  if (f === 0)
    out.push(
      enterpriseGap('apply_tech_sme', 'step', 'weeks', (st) => ({
        ...st,
        qualifications: { ...st.qualifications, techSme: true }
      }))
    );
  if (f < 1)
    out.push(
      enterpriseGap('apply_high_tech', 'step', 'long', (st) => ({
        ...st,
        qualifications: { ...st.qualifications, highTech: true }
      }))
    );
  return out;
}

function rndGaps(s: ReadinessState, policy: ReadinessPolicy): Gap[] {
  const out: Gap[] = [];
  const first = s.assets[0];
  if (first && !s.assets.some((a) => a.inUse))
    out.push(
      enterpriseGap('put_ip_to_use', 'step', 'long', (st) =>
        withAsset(st, first.id, (a) => ({ ...a, inUse: true }))
      )
    );
  if (s.revenueWan !== null && s.revenueWan > 0) {
    const need = rdThreshold(s.revenueWan, policy);
    const revenue = s.revenueWan;
    if (s.rdSpendingWan === null)
      out.push(
        enterpriseGap('enter_rd', 'data', 'now', (st) => ({ ...st, rdSpendingWan: revenue * need }), {
          ratio: need
        })
      );
    else if (s.rdSpendingWan / revenue < need)
      out.push(
        enterpriseGap('raise_rd', 'step', 'long', (st) => ({ ...st, rdSpendingWan: revenue * need }), {
          ratio: need,
          amountWan: revenue * need
        })
      );
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
    enterpriseGap('choose_shorter_tenor', 'step', 'now', (st) => ({ ...st, loanTenorYears: tenor }), {
      years: tenor
    })
  ];
}

/** The application documents not ticked yet, as one step (they do not score; a grade A needs them). */
function documentGaps(s: ReadinessState): Gap[] {
  const missing = s.requiredDocuments.filter((d) => !s.documentsReady.has(d));
  if (missing.length === 0) return [];
  return [
    enterpriseGap(
      'prepare_documents',
      'step',
      'now',
      (st) => ({ ...st, documentsReady: new Set([...st.documentsReady, ...missing]) }),
      { missing: missing.length, required: s.requiredDocuments.length }
    )
  ];
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
    ...valueGaps(s, assets),
    ...creditGaps(s),
    ...assetGaps(s, assets, policy),
    ...termGaps(s, policy, pledgeableYears),
    ...creditOfficerGaps(s),
    ...operatingGaps(s, policy, foundedOn),
    ...qualificationGaps(s, policy),
    ...rndGaps(s, policy),
    ...documentGaps(s)
  ];
}
