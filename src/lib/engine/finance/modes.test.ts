/**
 * The expected all-in rates below were computed independently in Python (bisection on Σ v / (1 + r)^(days / 365),
 * the dated flows written out by hand from the terms), not by this code.
 */
import { describe, expect, it } from 'vitest';
import { cheapestFitting, financingModes, type FinancingInput, type FinancingMode } from './modes';
import { financingInput } from './test-fixtures';

// Subsidies are tested in subsidy.test.ts: here the routes' own costs.
const input = (over: Partial<FinancingInput> = {}) => financingInput({ subsidyEntries: [], ...over });

const mode = (modes: FinancingMode[], id: string) => modes.find((m) => m.id === id) as FinancingMode;

describe('bank IP pledge loan', () => {
  const bank = mode(financingModes(input()), 'bank_pledge_loan');
  it('LPR 3.0 % (since 2025-05-20) + 1 pp = 4.0 %, the whole pledgeable 50 万元 for 12 months', () => {
    expect(bank.headlineRate).toBeCloseTo(0.04, 12);
    expect(bank.figures.lpr).toMatchObject({ value: 0.03, from: 'default', effectiveFrom: '2025-05-20' });
    expect(bank.amount).toBe(50_000_000); // 500,000.00 yuan in fen
    expect(bank.fit).toBe('good');
  });
  it('interest monthly (500,000 × 4 % ÷ 12 = 1,666.67), principal at maturity', () => {
    expect(bank.schedule).toHaveLength(12);
    expect(bank.schedule[0]).toMatchObject({ date: '2026-12-22', interest: 166_667, principal: 0 });
    expect(bank.schedule[11]).toMatchObject({ date: '2027-11-22', principal: 50_000_000 });
  });
  it('the appraisal fee (0.5 % of 200 万元 = 10,000) is paid at the start; total cost 10,000 + 12 × 1,666.67', () => {
    expect(bank.flows.filter((f) => f.kind === 'appraisal').map((f) => f.amount)).toEqual([-1_000_000]);
    expect(bank.totalCost).toBe(1_000_000 + 12 * 166_667);
  });
  it('all-in: 6.2383 % compounded, 6.0668 % simple (monthly), against 4.0 % quoted', () => {
    expect(bank.allInRate).toBeCloseTo(0.0623832, 6);
    expect(bank.allInSimpleRate).toBeCloseTo(0.0606675, 6);
  });
  it('a guarantee company at 1 %/yr paid upfront raises it to 7.3542 %', () => {
    const g = mode(financingModes(input({ settings: { bank: { guarantee: true } } })), 'bank_pledge_loan');
    expect(g.allInRate).toBeCloseTo(0.0735424, 6);
  });
  it('each figure says whether it is the default or the user’s', () => {
    const m = mode(financingModes(input({ settings: { bank: { spread: 0.015 } } })), 'bank_pledge_loan');
    expect(m.figures.spread).toMatchObject({ value: 0.015, from: 'user', source: null });
    expect(m.headlineRate).toBeCloseTo(0.045, 12);
    expect(bank.figures.spread?.from).toBe('default');
    expect(bank.figures.spread?.source?.label).toBe('sourced');
  });
  it('is unavailable while readiness is blocked, and says why', () => {
    const b = mode(financingModes(input({ readinessBlocked: true })), 'bank_pledge_loan');
    expect(b.fit).toBe('unavailable');
    expect(b.reasons).toContain('readiness_blocked');
  });
  it('lends what the enterprise wants when it fits, and says so when it wants more', () => {
    expect(mode(financingModes(input({ amountWantedWan: 30 })), 'bank_pledge_loan').amount).toBe(30_000_000);
    const more = mode(financingModes(input({ amountWantedWan: 80 })), 'bank_pledge_loan');
    expect(more.amount).toBe(50_000_000);
    expect(more.reasons).toContain('amount_below_wanted');
  });
});

describe('loan-mode ABS', () => {
  it('in Shenzhen, but 50 万元 is below the programmes’ 500 万元 tickets: possible, with the reason', () => {
    const m = mode(financingModes(input()), 'loan_abs');
    expect(m.reasons).toEqual(['below_programme_ticket']);
    expect(m.fit).toBe('possible');
    expect(m.headlineRate).toBeCloseTo(0.0315, 12);
    // Interest quarterly: 500,000 × 3.15 % ÷ 4 = 3,937.50.
    expect(m.schedule.map((r) => r.interest)).toEqual([393_750, 393_750, 393_750, 393_750]);
  });
  it('carries the costs a securitisation really incurs: the guarantor, the programme, the appraisal', () => {
    const m = mode(financingModes(input()), 'loan_abs');
    // Guarantee 1 % × 500,000 = 5,000 and programme fees 0.5 % = 2,500 in advance; appraisal 0.5 % × 200 万元 =
    // 10,000 (the same fee as the bank route). Flows: +482,500 on 2026-11-22, 3,937.50 a quarter, 500,000 at the
    // end: 6.9756 % compounded, 6.8002 % simple (quarterly), computed in Python from those flows.
    expect(
      m.flows.filter((f) => f.kind !== 'interest' && f.kind !== 'principal').map((f) => [f.kind, f.amount])
    ).toEqual([
      ['proceeds', 50_000_000],
      ['fee', -250_000],
      ['guarantee', -500_000],
      ['appraisal', -1_000_000]
    ]);
    expect(m.allInRate).toBeCloseTo(0.069756102, 6);
    expect(m.allInSimpleRate).toBeCloseTo(0.06800225, 6);
    expect(m.estimates).toContain('fees');
  });
  it('a city without a programme is flagged', () => {
    const m = mode(
      financingModes(input({ province: '610000', city: '西安市', indicativeLoanWan: 800 })),
      'loan_abs'
    );
    expect(m.reasons).toEqual(['no_programme_in_city']);
  });
});

describe('patent sublicense ABS', () => {
  const m = mode(financingModes(input()), 'sublicense_abs');
  it('lump sum 30 % of 200 万元 = 60 万元; 12 quarterly fees of PMT(1.5 %, 12, 600,000) = 55,008.00', () => {
    expect(m.amount).toBe(60_000_000);
    expect(m.schedule).toHaveLength(12);
    expect(new Set(m.schedule.map((r) => r.payment))).toEqual(new Set([5_500_800]));
    expect(m.schedule.reduce((s, r) => s + r.principal, 0)).toBe(60_000_000);
    expect(m.ipHolder).toBe('licensed_to_originator');
  });
  it('the owner’s implied cost with the appraisal the lump sum rests on: 7.2713 % compounded, 7.0811 % simple', () => {
    // +600,000 − 10,000 appraisal (0.5 % × 200 万元) on 2026-11-22, then 12 × 55,008.00 quarterly: Python XIRR.
    expect(m.allInRate).toBeCloseTo(0.0727134845, 6);
    expect(m.allInSimpleRate).toBeCloseTo(0.0708108775, 6);
  });
  it('solves the cost from the user’s own fee schedule', () => {
    // 100 万元 lump sum, 4 quarterly fees of 26 万元, no appraisal: 104 paid back on 100 over a year.
    const own = mode(
      financingModes(
        input({
          settings: {
            sublicense: { lumpSumWan: 100, feePerPeriodWan: 26, tenorMonths: 12, appraisal: false }
          }
        })
      ),
      'sublicense_abs'
    );
    expect(own.schedule.map((r) => r.payment)).toEqual([26_000_000, 26_000_000, 26_000_000, 26_000_000]);
    expect(own.allInSimpleRate).toBeGreaterThan(0.06);
    expect(own.allInSimpleRate).toBeLessThan(0.065);
  });
  it('needs patents', () => {
    expect(mode(financingModes(input({ patentValueWan: 0 })), 'sublicense_abs').fit).toBe('unavailable');
  });
  it('has programmes in Guangzhou, Beijing and Hefei only, from 500 万元: elsewhere or smaller it is possible', () => {
    expect(m.reasons).toEqual(['below_programme_ticket', 'no_programme_in_city']);
    const gz = mode(
      financingModes(input({ province: '440000', city: '广州市黄埔区', patentValueWan: 4000 })),
      'sublicense_abs'
    );
    expect(gz.fit).toBe('good');
  });
  it('a patent already licensed exclusively cannot be licensed again: said, and unavailable when none is left', () => {
    const some = mode(financingModes(input({ patentsLicensedOut: 1 })), 'sublicense_abs');
    expect(some.reasons).toContain('exclusive_licence_exists');
    const none = mode(financingModes(input({ patentValueWan: 0, patentsLicensedOut: 2 })), 'sublicense_abs');
    expect(none).toMatchObject({ fit: 'unavailable' });
    expect(none.reasons).toContain('exclusive_licence_exists');
  });
});

describe('factoring-debt mode (seed 003: a core enterprise factoring its own receivables)', () => {
  it('is not a route for a small firm: only a core enterprise with receivables, and rare even then', () => {
    expect(
      mode(financingModes(input({ settings: { factoring: { receivablesWan: 100 } } })), 'factoring')
    ).toMatchObject({
      fit: 'unavailable',
      reasons: ['core_enterprise_only', 'rare_mode']
    });
    const core = mode(
      financingModes(input({ settings: { factoring: { receivablesWan: 100, coreEnterprise: true } } })),
      'factoring'
    );
    expect(core).toMatchObject({ fit: 'possible', reasons: ['rare_mode'] });
  });
  it('100 万元 receivables × 80 % = 80 万元 for 6 months at the seed’s 3.15 % + a 0.75 % fee + the appraisal', () => {
    const m = mode(
      financingModes(input({ settings: { factoring: { receivablesWan: 100, coreEnterprise: true } } })),
      'factoring'
    );
    expect(m.amount).toBe(80_000_000);
    // Interest 800,000 × 3.15 % × 6/12 = 12,600; fee 800,000 × 1.5 % × 6/12 = 6,000; appraisal 10,000.
    expect(m.schedule).toEqual([
      {
        period: 1,
        date: '2027-05-22',
        principal: 80_000_000,
        interest: 1_260_000,
        payment: 81_260_000,
        balance: 0
      }
    ]);
    // +784,000 on 2026-11-22, −812,600 on 2027-05-22 (181 days): (812,600 / 784,000)^(365/181) − 1 = 7.4928 %.
    expect(m.allInRate).toBeCloseTo(0.0749281189, 6);
    expect(m.allInSimpleRate).toBeCloseTo(0.0735748059, 6);
  });
});

describe('comparison', () => {
  it('the cheapest route is chosen among the routes that fit well only', () => {
    // Shenzhen Nanshan, 50 万元: the loan ABS (3.6 % after Nanshan's subsidy) is only possible (below the ticket),
    // so the bank loan (6.24 %) is the cheapest route that fits.
    const modes = financingModes(financingInput());
    expect(mode(modes, 'loan_abs').allInRate).toBeLessThan(
      mode(modes, 'bank_pledge_loan').allInRate as number
    );
    expect(cheapestFitting(modes)?.id).toBe('bank_pledge_loan');
  });
  it('a firm with a debt overdue now gets no route that fits and no cheapest route', () => {
    const modes = financingModes(
      input({
        readinessBlocked: true,
        settings: { factoring: { receivablesWan: 100, coreEnterprise: true } }
      })
    );
    for (const m of modes) expect(m.fit).toBe('unavailable');
    expect(cheapestFitting(modes)).toBeNull();
  });
  it('a higher fee never lowers the all-in cost', () => {
    for (let fee = 0; fee < 0.05; fee += 0.0025) {
      const at = (f: number) =>
        mode(
          financingModes(
            input({ settings: { bank: { appraisalFee: f, guarantee: true, guaranteeFee: f } } })
          ),
          'bank_pledge_loan'
        ).allInRate as number;
      expect(at(fee + 0.0025)).toBeGreaterThanOrEqual(at(fee));
      const abs = (f: number) =>
        mode(financingModes(input({ subsidyEntries: [], settings: { loanAbs: { fees: f } } })), 'loan_abs')
          .allInRate as number;
      expect(abs(fee + 0.0025)).toBeGreaterThanOrEqual(abs(fee));
    }
  });
  it('revenue 0 caps the amount at 0: the routes say the size cap, not the IP, is what limits it', () => {
    const modes = financingModes(input({ indicativeLoanWan: 0, amountLimitedBy: 'size_cap' }));
    expect(mode(modes, 'bank_pledge_loan')).toMatchObject({
      fit: 'unavailable',
      reasons: ['size_cap_limits']
    });
    expect(mode(modes, 'loan_abs').reasons).toContain('size_cap_limits');
    expect(mode(modes, 'loan_abs').reasons).not.toContain('no_pledgeable_value');
  });
  it('nothing pledgeable: no amount and no rate, never NaN', () => {
    const modes = financingModes(input({ indicativeLoanWan: 0, patentValueWan: 0 }));
    for (const m of modes) {
      expect(m.amount).toBe(0);
      expect(m.allInRate).toBeNull();
    }
  });
});
