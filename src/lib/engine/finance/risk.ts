/**
 * What the place's risk-sharing scheme and the insurance products mean for this enterprise: the loss split for a
 * loan of its size, whether the loan is within the scheme's cap, and each insurance product with its premium and
 * effect. Shown as context for the bank's decision, never as a promise.
 */
import { applyRate, fen } from '../money';
import {
  RISK_SCHEMES,
  INSURANCE,
  type InsuranceProduct,
  type RiskParty,
  type RiskScheme
} from '../policy/risk-insurance';

export interface RiskSharing {
  scheme: RiskScheme;
  /** The split for this loan size; null when the scheme publishes none or the loan is above its bands. */
  shares: Partial<Record<RiskParty, number>> | null;
  /** Share of a principal loss the bank keeps; null when not published. */
  bankShare: number | null;
  withinCap: boolean;
}

/** The schemes of this place for a loan of `amountWan`. */
export function riskSharing(province: string, city: string, amountWan: number): RiskSharing[] {
  const text = city.toLowerCase();
  return RISK_SCHEMES.filter(
    (s) =>
      s.province === province &&
      (s.placeNames.length === 0 || s.placeNames.some((n) => text.includes(n.toLowerCase())))
  ).map((scheme) => {
    const band = scheme.splits.find((b) => b.upToWan === null || amountWan <= b.upToWan) ?? null;
    return {
      scheme,
      shares: band?.shares ?? null,
      bankShare: band?.shares.bank ?? null,
      withinCap: scheme.maxLoanWan === null || amountWan <= scheme.maxLoanWan
    };
  });
}

export interface InsuranceOption {
  product: InsuranceProduct;
  /** Counted in the bank loan's cost (the user chose it). */
  chosen: boolean;
  /** Premium a year for the bank loan, in fen, when chosen and priced. */
  premiumPerYearFen: number | null;
}

/** The insurance products, the pledge cover priced on the loan when the user chose it. */
export function insuranceOptions(chosen: boolean, premiumRate: number, loanFen: number): InsuranceOption[] {
  return INSURANCE.map((product) => {
    const isPledge = product.id === 'pledge_guarantee';
    return {
      product,
      chosen: isPledge && chosen,
      premiumPerYearFen: isPledge && chosen ? applyRate(fen(loanFen), premiumRate) : null
    };
  });
}
