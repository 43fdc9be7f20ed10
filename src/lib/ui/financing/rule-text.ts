/**
 * A subsidy rule in words (policy screen and the financing screen's subsidy lines): what share of which costs,
 * within which caps over which period, and for how long. Pure: the i18n formatters come in as arguments.
 */
import type { SubsidyEntry } from '$lib/engine';
import type { Money } from '$lib/i18n/money';

type Translate = (id: string, options?: { values?: Record<string, string | number> }) => string;
type FormatNumber = (n: number, options?: Intl.NumberFormatOptions) => string;

export function ruleText(t: Translate, num: FormatNumber, money: Money, entry: SubsidyEntry): string {
  const pct = (n: number) => num(n, { style: 'percent', maximumFractionDigits: 2 });
  /** A rule's round figure in yuan, as money: '200 万元' | 'RMB 2 m'. */
  const amount = (yuan: number) => money.wan(yuan / 10_000, { trim: true });
  const sep = t('valuationScreen.listSep');
  const { rule, caps } = entry.value;
  const parts: string[] = [];
  switch (rule.kind) {
    case 'cost_share':
    case 'tiered_cost_share': {
      const covers = rule.covers.map((c) => t(`policy.cost.${c}`)).join(t('policy.rule.and'));
      if (rule.kind === 'cost_share') {
        parts.push(t('policy.rule.cost_share', { values: { share: pct(rule.share), covers } }));
        if (rule.rateCapLprMultiple !== undefined)
          parts.push(t('policy.rule.rateCap', { values: { multiple: num(rule.rateCapLprMultiple) } }));
      } else {
        const tiers = rule.tiers
          .map((tier) =>
            tier.upToYuan === null
              ? t('policy.rule.tierRest', { values: { share: pct(tier.share) } })
              : t('policy.rule.tierUpTo', {
                  values: { share: pct(tier.share), amount: amount(tier.upToYuan) }
                })
          )
          .join(sep);
        parts.push(t('policy.rule.tiered', { values: { covers, tiers } }));
      }
      break;
    }
    case 'rate_rebate':
      parts.push(t('policy.rule.rate_rebate', { values: { rate: pct(rule.ratePerYear) } }));
      if (rule.needsGuarantor) parts.push(t('policy.rule.needsGuarantor'));
      break;
    case 'award':
      parts.push(t('policy.rule.award', { values: { share: pct(rule.shareOfAmount) } }));
      break;
    case 'fixed_award':
      parts.push(t('policy.rule.fixed_award', { values: { amount: amount(rule.yuanPerDeal) } }));
      break;
    case 'none':
      parts.push(t(`policy.rule.none.${rule.reason}`));
      break;
  }
  if (caps.totalShareOfAmount !== undefined)
    parts.push(t('policy.rule.capTotalShare', { values: { share: pct(caps.totalShareOfAmount) } }));
  if (caps.perYearYuan !== undefined)
    parts.push(t('policy.rule.capPerYear', { values: { amount: amount(caps.perYearYuan) } }));
  if (caps.totalYuan !== undefined)
    parts.push(t('policy.rule.capTotal', { values: { amount: amount(caps.totalYuan) } }));
  if (caps.perYearShareOfRevenue)
    parts.push(
      t('policy.rule.capRevenue', {
        values: {
          share: pct(caps.perYearShareOfRevenue.share),
          amount: amount(caps.perYearShareOfRevenue.whenAmountOverYuan)
        }
      })
    );
  if (caps.maxYears !== undefined)
    parts.push(t('policy.rule.maxYears', { values: { years: caps.maxYears } }));
  return parts.join(t('policy.rule.sep'));
}

/** 'from 2023-10-01' or '2024-01-01 to 2025-12-31'. */
export function datesText(t: Translate, entry: SubsidyEntry): string {
  return entry.effectiveTo === null
    ? t('policy.datesOpen', { values: { from: entry.effectiveFrom } })
    : t('policy.datesRange', { values: { from: entry.effectiveFrom, to: entry.effectiveTo } });
}
