/** The financing tests' common case (only *.test.ts import this): a 50 万元 pledgeable patent bundle of 200 万元. */
import { financingModes, type FinancingInput, type FinancingMode } from './modes';

export function financingInput(over: Partial<FinancingInput> = {}): FinancingInput {
  return {
    asOf: '2026-11-22',
    province: '440000',
    city: '深圳市南山区',
    indicativeLoanWan: 50,
    appraisedWan: 200,
    patentValueWan: 200,
    patentsLicensedOut: 0,
    amountWantedWan: null,
    tenorMonths: 12,
    readinessBlocked: false,
    revenueWan: null,
    settings: {},
    ...over
  };
}

/** One mode of the modes computed for `input`. */
export function modeOf(input: FinancingInput, id: FinancingMode['id']): FinancingMode {
  return financingModes(input).find((m) => m.id === id) as FinancingMode;
}
