#!/usr/bin/env python3
"""
Recomputes the case gallery (docs/cases.md) from its inputs (docs/cases/cases.json) without the app's code: the
four financing routes' amounts, cash flows, all-in costs before and after subsidies, the subsidy lines and the
cheapest route that fits well. The rules are restated here from the documents they come from (the 2024 IP-ABS
report's table 2, facts.md §2.4, §4 and §5), not read from src/lib/engine; the engine's test
(src/lib/engine/finance/cases.test.ts) compares its own figures with this script's output.

    python3 scripts/cases/recompute.py            writes docs/cases/expected.json and docs/cases.md
    python3 scripts/cases/recompute.py --check    exits 1 when either file would change

Conventions (as Chinese lenders and Excel state them): money in integer fen, rounded half away from zero; a month's
interest is the balance x the annual rate / 12; dates move by calendar months (the 31st becomes the month's last
day); the all-in cost is the internal rate of the borrower's dated flows on a 365-day year (Excel's XIRR), and the
simple rate is m x ((1 + c)^(1/m) - 1) for m payments a year, or ((1 + c)^T - 1) / T for one payment after T years.
"""
import calendar
import datetime as dt
import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / 'docs' / 'cases' / 'cases.json'
EXPECTED = ROOT / 'docs' / 'cases' / 'expected.json'
GALLERY = ROOT / 'docs' / 'cases.md'

# ----------------------------------------------------------------------------------------------------------------
# Arithmetic
# ----------------------------------------------------------------------------------------------------------------


def rnd(x):
    """Round to a whole number, halves away from zero, after dropping float noise past 15 significant digits."""
    d = Decimal(format(abs(x), '.15g')).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return -int(d) if x < 0 else int(d)


def fen_of_wan(w):
    return rnd(w * 1_000_000)


def parse(s):
    return dt.date.fromisoformat(s)


def add_months(s, n):
    d = parse(s)
    total = d.year * 12 + (d.month - 1) + n
    y, m = divmod(total, 12)
    last = calendar.monthrange(y, m + 1)[1]
    return dt.date(y, m + 1, min(d.day, last)).isoformat()


def xirr(flows):
    """Rate r with sum(v / (1 + r)^(days / 365)) = 0, by bisection (flows: (date, amount))."""
    flows = sorted(flows)
    d0 = parse(flows[0][0])
    ts = [((parse(d) - d0).days / 365, v) for d, v in flows]

    def npv(r):
        return sum(v / (1 + r) ** t for t, v in ts)

    lo, hi = -0.99, 10.0
    flo = npv(lo)
    for _ in range(300):
        mid = (lo + hi) / 2
        fm = npv(mid)
        if (fm > 0) == (flo > 0):
            lo, flo = mid, fm
        else:
            hi = mid
    return (lo + hi) / 2


def all_in(flows, periods_per_year=None, bullet_years=None):
    c = xirr([(d, v) for d, v, _k, _y in flows])
    if bullet_years is not None:
        return {'compounded': c, 'simple': ((1 + c) ** bullet_years - 1) / bullet_years}
    m = periods_per_year
    return {'compounded': c, 'simple': m * ((1 + c) ** (1 / m) - 1)}


# ----------------------------------------------------------------------------------------------------------------
# Policy, restated from its documents
# ----------------------------------------------------------------------------------------------------------------

# 1-year LPR (全国银行间同业拆借中心 announcements): 3.10 % from 2024-10-21, 3.00 % from 2025-05-20.
LPR = [('2024-10-21', 0.031), ('2025-05-20', 0.030)]

APPRAISAL_FEE = 0.005  # 0.5 % of the appraised value (facts.md §2.2)
GUARANTEE_FEE = 0.01  # a guarantor's fee a year (facts.md §2.4)
BANK_SPREAD = 0.01  # over the 1-year LPR (facts.md §0: 0.8-1.5 pp in policy products)
ABS_COUPON = 0.0315  # AAA senior coupon, the bucket with most volume (seed 003 table 5)
ABS_PROGRAMME_FEES = 0.005  # originator spread and programme costs a year [U]
ABS_TICKET_MIN_WAN = 500  # per-firm tickets 5-25 m yuan (facts.md §4.2)
ABS_CITIES = {('440000', '深圳'), ('440000', '广州'), ('330000', '杭州'), ('330000', '宁波'), ('340000', '合肥'),
              ('430000', '长沙'), ('430000', '湘江'), ('320000', '南京')}
SUB_YIELD = 0.06  # the originator's yield in the fee schedule [U]
SUB_ADVANCE = 0.30  # lump sum as a share of the patents' value [U]
SUB_TENOR = 36
SUB_EVERY = 3
SUB_TICKET_MIN_WAN = 500
SUB_CITIES = {('440000', '广州'), ('110000', '北京'), ('340000', '合肥')}
FACT_ADVANCE = 0.8
FACT_COUPON = 0.0315
FACT_FEES = 0.015
FACT_TENOR = 6
PAYOUT_LAG_MONTHS = 6

# Regional bank products: (province, from, to, max spread, other fees, max 万元, max months)
PRODUCTS = [
    ('320000', '2023-08-15', None, 0.008, 'none', 3000, 36),  # 苏知贷: LPR + 80 bp, no other fees
    ('510000', '2024-01-01', '2025-12-31', 0.015, 'guarantee_only', 1000, 12),  # 天府知来贷
]

BANK, ABS = ['bank_pledge_loan'], ['loan_abs', 'sublicense_abs']
ALL_PARTS = ['interest', 'guarantee', 'premium', 'appraisal', 'fee']


def rule(id, province, frm, to, modes, kind, covers=None, **kw):
    r = dict(id=id, province=province, frm=frm, to=to, modes=modes, kind=kind, covers=covers or [],
             places=[], recipient='borrower', confirmed=True, share=None, lpr_multiple=None, tiers=None, rate=None,
             per_year=None, total=None, total_share=None, revenue_share=None, max_years=None, needs_guarantor=False,
             max_revenue_wan=None, max_amount_wan=None, max_tenor=None)
    r.update(kw)
    return r


RULES = [
    # Seed 003 table 2, Beijing 2023-10: interest <= 50 % of the rate (counted at LPR x 1.4 at most), <= 300k a year;
    # appraisal, guarantee and other costs <= 50 %, <= 20k a year.
    rule('beijing-2023-interest', '110000', '2023-10-01', None, BANK, 'share', ['interest'], share=0.5,
         lpr_multiple=1.4, per_year=300_000),
    rule('beijing-2023-fees', '110000', '2023-10-01', None, BANK, 'share',
         ['appraisal', 'guarantee', 'premium', 'fee'], share=0.5, per_year=20_000),
    # Zhongguancun 2021: 40 % of interest at LPR + 40 % at most, <= 500k a year, revenue <= 200 m.
    rule('zhongguancun-2021-interest', '110000', '2021-09-14', None, BANK, 'share', ['interest'], share=0.4,
         lpr_multiple=1.4, per_year=500_000, places=['中关村'], max_revenue_wan=20_000),
    # Shenzhen 2022-12: 50 % of interest + guarantee fee, <= 3.5 % of the financing, <= 2 m a year per applicant.
    rule('shenzhen-2022-securitisation', '440000', '2022-12-01', None, ABS, 'share', ['interest', 'guarantee'],
         share=0.5, total_share=0.035, per_year=2_000_000, places=['深圳']),
    # Nanshan 2025 call: 70 / 50 / 30 % of the cost by slice of the amount (10 m, 50 m); above 10 m, <= 8 per mille
    # of last year's revenue.
    rule('shenzhen-nanshan-2025-securitisation', '440000', '2025-01-01', None, ABS, 'tiered',
         ['interest', 'guarantee', 'fee'], tiers=[(10_000_000, 0.7), (50_000_000, 0.5), (None, 0.3)],
         revenue_share=(0.008, 10_000_000), places=['南山']),
    # Nanshan measures, known from a secondary copy only.
    rule('shenzhen-nanshan-2025-measures-securitisation', '440000', '2025-01-01', None, ABS, 'share',
         ['interest', 'guarantee', 'fee'], share=0.7, per_year=3_000_000, max_years=3, places=['南山'],
         confirmed=False),
    rule('shenzhen-nanshan-2025-pledge-loan', '440000', '2025-01-01', None, BANK, 'share',
         ['interest', 'guarantee', 'premium', 'appraisal'], share=0.7, per_year=1_500_000, places=['南山'],
         confirmed=False),
    # Zhejiang 2022-08: 5 % of the issue to a tech firm that itself issues; not a firm in someone else's pool.
    rule('zhejiang-2022-abs-award', '330000', '2022-08-01', None, ABS, 'award', recipient='issuing_enterprise'),
    # Hainan 2023-12: 500k to the lead team of a deal.
    rule('hainan-2023-lead-team', '460000', '2023-12-01', None, ABS, 'award', recipient='lead_team'),
    # Shanghai 2024-01: districts' interest subsidy at least 50 % of the loan rate.
    rule('shanghai-2024-interest', '310000', '2024-01-01', None, BANK, 'share', ['interest'], share=0.5),
    rule('jiangsu-suzhidai-2023', '320000', '2023-08-15', None, BANK, 'risk_sharing_only'),
    # 天府知来贷: 1.5 % a year on the loan, loans <= 10 m and <= 1 year, 2024-2025.
    rule('sichuan-tianfu-2024', '510000', '2024-01-01', '2025-12-31', BANK, 'rebate', rate=0.015,
         max_amount_wan=1000, max_tenor=12),
    # Hangzhou 2025: 1 % a year on bank-guarantor products, <= 200k a year.
    rule('hangzhou-2025-tech-guarantee', '330000', '2025-01-01', None, BANK, 'rebate', rate=0.01,
         per_year=200_000, needs_guarantor=True, places=['杭州']),
    rule('xuchang-2023-appraisal', '410000', '2023-03-08', None, BANK, 'share', ['appraisal'], share=0.5,
         per_year=100_000, places=['许昌']),
    rule('xuchang-2023-premium', '410000', '2023-03-08', None, BANK, 'share', ['premium'], share=0.5,
         per_year=20_000, places=['许昌']),
    # Kunming: the first year's interest at up to the benchmark (1-year LPR), <= 2 m a year.
    rule('kunming-interest', '530000', '2025-06-01', None, BANK, 'share', ['interest'], share=1.0,
         lpr_multiple=1.0, per_year=2_000_000, max_years=1, places=['昆明']),
    rule('lijiang-interest', '530000', '2025-06-01', None, BANK, 'share', ['interest'], share=0.3,
         places=['丽江']),
    rule('national-none', 'national', '2019-08-06', None, BANK + ABS + ['factoring'], 'no_rule'),
]


def lpr_at(d):
    v = LPR[0][1]
    for frm, r in LPR:
        if frm <= d:
            v = r
    return v


# ----------------------------------------------------------------------------------------------------------------
# The routes
# ----------------------------------------------------------------------------------------------------------------


def year_in_arrears(as_of, d):
    y = 1
    while d > add_months(as_of, 12 * y):
        y += 1
    return y


def yearly(as_of, principal, rate, months, kind):
    out = []
    for start in range(0, months, 12):
        share = min(12, months - start) / 12
        out.append((add_months(as_of, start), -rnd(principal * (rate * share)), kind, start // 12 + 1))
    return out


def in_cities(c, cities):
    return any(p == c['province'] and name in c['city'] for p, name in cities)


def bank_route(c, as_of):
    s = c['settings'].get('bank', {})
    months = s.get('tenorMonths', c['tenorMonths'])
    want = c['amountWantedWan']
    amount = fen_of_wan(max(0, min(want, c['indicativeLoanWan']) if want is not None else c['indicativeLoanWan']))
    product = None
    limits_exceeded = False
    for prov, frm, to, max_spread, other, max_wan, max_months in PRODUCTS:
        if prov == c['province'] and frm <= as_of and (to is None or as_of <= to):
            if amount / 1_000_000 <= max_wan and months <= max_months:
                product = (max_spread, other)
            else:
                limits_exceeded = True
    spread = s.get('spread', BANK_SPREAD)
    if product and 'spread' not in s:
        spread = min(spread, product[0])
    guarantee = s.get('guarantee', product is not None and product[1] == 'guarantee_only')
    appraise = s.get('appraisal', not (product is not None and product[1] == 'none'))
    rate = lpr_at(as_of) + spread
    reasons = []
    if c['readinessBlocked']:
        reasons.append('readiness_blocked')
    if c['indicativeLoanWan'] <= 0:
        reasons.append('no_pledgeable_value')
    if want is not None and want > c['indicativeLoanWan']:
        reasons.append('amount_below_wanted')
    if limits_exceeded:
        reasons.append('above_product_limits')
    flows = [(as_of, amount, 'proceeds', 0)]
    for k in range(1, months + 1):
        d = add_months(as_of, k)
        flows.append((d, -rnd(amount * ((rate / 12) * 1)), 'interest', year_in_arrears(as_of, d)))
    flows.append((add_months(as_of, months), -amount, 'principal', year_in_arrears(as_of, add_months(as_of, months))))
    if guarantee:
        flows += yearly(as_of, amount, s.get('guaranteeFee', GUARANTEE_FEE), months, 'guarantee')
    if appraise:
        flows.append((as_of, -rnd(fen_of_wan(c['appraisedWan']) * APPRAISAL_FEE), 'appraisal', 1))
    hard = {'readiness_blocked', 'no_pledgeable_value'}
    return dict(id='bank_pledge_loan', amount=amount, months=months, rate=rate, flows=flows, basis=('periods', 12),
                reasons=reasons, fit=fit_of(reasons, hard))


def loan_abs_route(c, as_of):
    s = c['settings'].get('loanAbs', {})
    months = s.get('tenorMonths', 12)
    want = c['amountWantedWan']
    amount = fen_of_wan(max(0, min(want, c['indicativeLoanWan']) if want is not None else c['indicativeLoanWan']))
    reasons = []
    if c['readinessBlocked']:
        reasons.append('readiness_blocked')
    if c['indicativeLoanWan'] <= 0:
        reasons.append('no_pledgeable_value')
    if amount / 1_000_000 < ABS_TICKET_MIN_WAN:
        reasons.append('below_programme_ticket')
    if not in_cities(c, ABS_CITIES):
        reasons.append('no_programme_in_city')
    flows = [(as_of, amount, 'proceeds', 0)]
    for start in range(0, months, 3):
        n = min(3, months - start)
        d = add_months(as_of, start + n)
        flows.append((d, -rnd(amount * ((ABS_COUPON / 12) * n)), 'interest', year_in_arrears(as_of, d)))
    flows.append((add_months(as_of, months), -amount, 'principal', 0))
    flows += yearly(as_of, amount, ABS_PROGRAMME_FEES, months, 'fee')
    flows += yearly(as_of, amount, GUARANTEE_FEE, months, 'guarantee')
    flows.append((as_of, -rnd(fen_of_wan(c['appraisedWan']) * APPRAISAL_FEE), 'appraisal', 1))
    return dict(id='loan_abs', amount=amount, months=months, rate=ABS_COUPON, flows=flows, basis=('periods', 4),
                reasons=reasons, fit=fit_of(reasons, {'readiness_blocked', 'no_pledgeable_value'}))


def sublicense_route(c, as_of):
    want = c['amountWantedWan']
    lump = c['patentValueWan'] * SUB_ADVANCE
    amount = fen_of_wan(max(0, min(want, lump) if want is not None else lump))
    periods = -(-SUB_TENOR // SUB_EVERY)
    r = SUB_YIELD * SUB_EVERY / 12
    fee = rnd(amount * r / (1 - (1 + r) ** -periods)) if amount > 0 else 0
    reasons = []
    if c['readinessBlocked']:
        reasons.append('readiness_blocked')
    if c['patentValueWan'] <= 0:
        reasons.append('exclusive_licence_exists' if c['patentsLicensedOut'] > 0 else 'needs_patent')
    elif c['patentsLicensedOut'] > 0:
        reasons.append('exclusive_licence_exists')
    if amount > 0 and amount / 1_000_000 < SUB_TICKET_MIN_WAN:
        reasons.append('below_programme_ticket')
    if not in_cities(c, SUB_CITIES):
        reasons.append('no_programme_in_city')
    flows = [(as_of, amount, 'proceeds', 0)]
    balance = amount
    for k in range(1, periods + 1):
        d = add_months(as_of, min(SUB_TENOR, k * SUB_EVERY))
        if k == periods:
            interest, principal = max(0, fee - balance), balance
        else:
            interest = min(fee, rnd(balance * r))
            principal = min(balance, fee - interest)
        balance -= principal
        if interest > 0:
            flows.append((d, -interest, 'interest', year_in_arrears(as_of, d)))
        if principal > 0:
            flows.append((d, -principal, 'principal', 0))
    flows.append((as_of, -rnd(fen_of_wan(c['patentValueWan']) * APPRAISAL_FEE), 'appraisal', 1))
    hard = {'readiness_blocked', 'needs_patent'} | ({'exclusive_licence_exists'} if c['patentValueWan'] <= 0 else set())
    return dict(id='sublicense_abs', amount=amount, months=SUB_TENOR, rate=SUB_YIELD, flows=flows,
                basis=('periods', 12 // SUB_EVERY), reasons=reasons, fit=fit_of(reasons, hard))


def factoring_route(c, as_of):
    s = c['settings'].get('factoring', {})
    receivables = s.get('receivablesWan', 0)
    want = c['amountWantedWan']
    avail = receivables * FACT_ADVANCE
    amount = fen_of_wan(max(0, min(want, avail) if want is not None else avail))
    reasons = []
    if c['readinessBlocked']:
        reasons.append('readiness_blocked')
    if receivables <= 0:
        reasons.append('needs_receivables')
    if not s.get('coreEnterprise', False):
        reasons.append('core_enterprise_only')
    reasons.append('rare_mode')
    end = add_months(as_of, FACT_TENOR)
    flows = [(as_of, amount, 'proceeds', 0),
             (end, -rnd(amount * (FACT_COUPON * FACT_TENOR / 12)), 'interest', 1),
             (end, -amount, 'principal', 0),
             (as_of, -rnd(amount * (FACT_FEES * FACT_TENOR / 12)), 'fee', 1),
             (as_of, -rnd(fen_of_wan(c['appraisedWan']) * APPRAISAL_FEE), 'appraisal', 1)]
    hard = {'readiness_blocked', 'needs_receivables', 'core_enterprise_only'}
    return dict(id='factoring', amount=amount, months=FACT_TENOR, rate=FACT_COUPON, flows=flows,
                basis=('bullet', FACT_TENOR / 12), reasons=reasons, fit=fit_of(reasons, hard))


def fit_of(reasons, hard):
    if any(r in hard for r in reasons):
        return 'unavailable'
    return 'good' if not reasons else 'possible'


# ----------------------------------------------------------------------------------------------------------------
# Subsidies: one scheme per cost item, confirmed rules only in the headline
# ----------------------------------------------------------------------------------------------------------------


def place_rules(c):
    return [r for r in RULES if (r['province'] in ('national', c['province']))
            and (not r['places'] or any(p in c['city'] for p in r['places']))]


def status(r, route, c, as_of):
    if r['kind'] in ('risk_sharing_only', 'no_rule'):
        return r['kind']
    if as_of < r['frm']:
        return 'not_yet_in_force'
    if r['to'] is not None and as_of > r['to']:
        return 'expired'
    if route['id'] not in r['modes']:
        return 'other_mode'
    if r['recipient'] != 'borrower':
        return 'not_recipient'
    rev = c['revenueWan']
    if r['max_revenue_wan'] is not None and rev is not None and rev > r['max_revenue_wan']:
        return 'condition_not_met'
    if r['max_amount_wan'] is not None and route['amount'] > r['max_amount_wan'] * 1_000_000:
        return 'condition_not_met'
    if r['max_tenor'] is not None and route['months'] > r['max_tenor']:
        return 'condition_not_met'
    if r['needs_guarantor'] and not any(k == 'guarantee' for _d, _v, k, _y in route['flows']):
        return 'needs_guarantor'
    if r['revenue_share'] and route['amount'] > r['revenue_share'][1] * 100 and rev is None:
        return 'needs_revenue'
    return None


def costs_of(route):
    costs = {}
    for _d, v, k, y in route['flows']:
        if k in ALL_PARTS:
            costs[(y, k)] = costs.get((y, k), 0) - v
    return costs


def covers(r):
    if r['kind'] in ('share', 'tiered'):
        return list(r['covers'])
    if r['kind'] == 'rebate':
        return ['interest']
    return list(ALL_PARTS)


def tier_share(amount_yuan, tiers):
    done, weighted = 0, 0.0
    for upto, share in tiers:
        top = amount_yuan if upto is None else min(amount_yuan, upto)
        if top > done:
            weighted += (top - done) * share
        done = max(done, top)
    return weighted / amount_yuan


def month_balances(route, as_of):
    principal_by_date = {}
    for d, v, k, _y in route['flows']:
        if k == 'principal':
            principal_by_date[d] = principal_by_date.get(d, 0) - v
    out, bal = [], route['amount']
    for m in range(route['months']):
        start = add_months(as_of, m)
        for d in sorted(list(principal_by_date)):
            if d <= start:
                bal -= principal_by_date.pop(d)
        out.append(bal)
    return out


def pay(r, parts, route, c, as_of, left):
    """What rule r pays on `parts` out of the unpaid costs `left` (consumed), year by year, within its caps."""
    years = -(-route['months'] // 12)
    amount = route['amount']
    total_cap = min(r['total'] * 100 if r['total'] is not None else float('inf'),
                    amount * r['total_share'] if r['total_share'] is not None else float('inf'))
    rev_cap = float('inf')
    if r['revenue_share'] and amount > r['revenue_share'][1] * 100 and c['revenueWan'] is not None:
        rev_cap = c['revenueWan'] * 1_000_000 * r['revenue_share'][0]
    per_year = r['per_year'] * 100 if r['per_year'] is not None else float('inf')
    balances = month_balances(route, as_of) if r['kind'] == 'rebate' else []
    out, paid_so_far = [], 0
    for y in range(1, years + 1):
        if r['max_years'] is not None and y > r['max_years']:
            break
        factor = 1.0
        if r['kind'] == 'share' and r['lpr_multiple'] is not None:
            factor = min(1.0, r['lpr_multiple'] * lpr_at(as_of) / route['rate'])
        counted = {p: left.get((y, p), 0) * (factor if p == 'interest' else 1.0) for p in parts}
        bound = sum(counted.values())
        if r['kind'] in ('share', 'tiered'):
            share = r['share'] if r['kind'] == 'share' else tier_share(amount / 100, r['tiers'])
            raw = bound * share
        elif r['kind'] == 'rebate':
            raw = sum(b * r['rate'] / 12 for b in balances[12 * (y - 1):12 * y])
        else:
            raw = 0.0
        cap = min(per_year, rev_cap, total_cap - paid_so_far)
        x = max(0.0, min(raw, cap, bound))
        got = rnd(x)
        if got <= 0:
            continue
        for p, v in counted.items():
            left[(y, p)] = left.get((y, p), 0) - x * v / bound
        paid_so_far += got
        end = add_months(as_of, min(12 * y, route['months']))
        out.append((add_months(end, PAYOUT_LAG_MONTHS), got, y))
    return out


def allocate(rules, route, c, as_of):
    costs = costs_of(route)
    alone = []
    for r in rules:
        total = sum(a for _d, a, _y in pay(r, covers(r), route, c, as_of, dict(costs)))
        alone.append((-total, 0 if r['confirmed'] else 1, r['id'], r))
    alone.sort(key=lambda t: t[:3])
    taken, left, out = {}, dict(costs), {}
    for _t, _u, _i, r in alone:
        parts = [p for p in covers(r) if p not in taken]
        if not parts:
            out[r['id']] = ([], taken[covers(r)[0]])
            continue
        ps = pay(r, parts, route, c, as_of, left)
        others = [p for p in covers(r) if p not in parts]
        out[r['id']] = (ps, taken[others[0]] if not ps and others else None)
        for p in parts:
            taken.setdefault(p, r['id'])
    return out


def with_subsidies(route, c, as_of):
    rules = place_rules(c)
    st = {r['id']: status(r, route, c, as_of) for r in rules}
    eligible = [r for r in rules if st[r['id']] is None] if route['amount'] > 0 else []
    confirmed = [r for r in eligible if r['confirmed']]
    headline = allocate(confirmed, route, c, as_of)
    possible = allocate(eligible, route, c, as_of) if len(eligible) > len(confirmed) else None
    lines = []
    for r in rules:
        if st[r['id']] is not None:
            lines.append({'id': r['id'], 'status': st[r['id']], 'totalFen': 0})
        elif route['amount'] <= 0:
            lines.append({'id': r['id'], 'status': 'applied', 'totalFen': 0})
        elif not r['confirmed']:
            lines.append({'id': r['id'], 'status': 'unconfirmed', 'totalFen': 0})
        elif headline[r['id']][1] is not None:
            lines.append({'id': r['id'], 'status': 'not_stacked', 'totalFen': 0})
        elif not headline[r['id']][0]:
            lines.append({'id': r['id'], 'status': 'no_cost', 'totalFen': 0})
        else:
            lines.append({'id': r['id'], 'status': 'applied',
                          'totalFen': sum(a for _d, a, _y in headline[r['id']][0])})
    head = [(d, a, 'subsidy', y) for ps, _ in headline.values() for d, a, y in ps]
    poss = [(d, a, 'subsidy', y) for ps, _ in possible.values() for d, a, y in ps] if possible else None
    if poss is not None and sum(a for _d, a, _k, _y in poss) == sum(a for _d, a, _k, _y in head):
        poss = None
    return lines, head, poss


def rates(route, flows):
    kind, n = route['basis']
    return all_in(flows, bullet_years=n) if kind == 'bullet' else all_in(flows, periods_per_year=n)


def assess_case(c, as_of):
    routes = [bank_route(c, as_of), loan_abs_route(c, as_of), sublicense_route(c, as_of), factoring_route(c, as_of)]
    out = {}
    for route in routes:
        entry = {'fit': route['fit'], 'reasons': sorted(route['reasons']), 'amountFen': route['amount']}
        if route['amount'] <= 0:
            entry.update(before=None, after=None, subsidyFen=0, lines=[], possible=None)
        else:
            lines, head, poss = with_subsidies(route, c, as_of)
            before = rates(route, route['flows'])
            after = rates(route, route['flows'] + head) if head else before
            entry.update(before=before, after=after, subsidyFen=sum(a for _d, a, _k, _y in head), lines=lines,
                         possible=rates(route, route['flows'] + poss)['compounded'] if poss else None,
                         costFen=-sum(v for _d, v, k, _y in route['flows'] if k not in ('proceeds', 'principal')))
        out[route['id']] = entry
    good = [(e['after']['compounded'], i) for i, e in out.items() if e['fit'] == 'good' and e['after']]
    return {'routes': out, 'cheapest': min(good)[1] if good else None}


# ----------------------------------------------------------------------------------------------------------------
# The gallery
# ----------------------------------------------------------------------------------------------------------------

MODE = {
    'zh': {'bank_pledge_loan': '银行质押贷款', 'loan_abs': '小贷模式证券化', 'sublicense_abs': '专利二次许可证券化',
           'factoring': '保理模式证券化'},
    'en': {'bank_pledge_loan': 'Bank pledge loan', 'loan_abs': 'Loan-mode ABS', 'sublicense_abs': 'Sublicense ABS',
           'factoring': 'Factoring-mode ABS'},
}
FIT = {'zh': {'good': '适合', 'possible': '可能', 'unavailable': '不可行'},
       'en': {'good': 'fits', 'possible': 'possible', 'unavailable': 'not open'}}
STATUS = {
    'zh': {'applied': '计入', 'unconfirmed': '未经原文核实，只作可能影响', 'not_stacked': '同一费用已由另一项补贴，不重复', 'no_cost': '此方式没有它补贴的费用',
           'expired': '已过期', 'not_yet_in_force': '尚未生效', 'other_mode': '适用于其他方式', 'needs_guarantor': '需要担保',
           'not_recipient': '补贴给其他方', 'condition_not_met': '条件不符', 'needs_revenue': '需要营业收入',
           'risk_sharing_only': '只分担风险', 'no_rule': '没有补贴'},
    'en': {'applied': 'counted', 'unconfirmed': 'unconfirmed: possible effect only',
           'not_stacked': 'the same cost is paid by another scheme', 'no_cost': 'no such cost on this route',
           'expired': 'expired',
           'not_yet_in_force': 'not yet in force', 'other_mode': 'for another route', 'needs_guarantor': 'needs a guarantor',
           'not_recipient': 'pays someone else', 'condition_not_met': 'condition not met', 'needs_revenue': 'needs revenue',
           'risk_sharing_only': 'risk sharing only', 'no_rule': 'no subsidy'},
}


def pct(x):
    return '—' if x is None else f'{x * 100:.2f}%'


def money(f, lang):
    return f'{f / 1_000_000:,.2f} 万元' if lang == 'zh' else f'RMB {f / 100:,.0f}'


def gallery(data, results):
    out = ['# 案例集 / Case gallery', '',
           '<!-- Written by scripts/cases/recompute.py from docs/cases/cases.json: edit those, not this file. -->', '',
           '下面每个企业的四种融资方式，都由 `scripts/cases/recompute.py` 按政策原文独立重算（不调用应用的代码），'
           '`src/lib/engine/finance/cases.test.ts` 检查应用的结果与之一致。综合成本为复利年化（XIRR，按 365 天）；'
           '「补贴后」只计入已核实的规则，未经原文核实的规则另列为「可能」。最低成本只在「适合」的方式中选。',
           f'评估日：{data["asOf"]}。这些是融资准备用的估算，不是银行的报价或授信结论。', '',
           'Each enterprise below is run through the four routes by `scripts/cases/recompute.py`, which restates the '
           'rules from their documents without the app\'s code; `src/lib/engine/finance/cases.test.ts` checks the '
           'app against it. All-in costs are compounded annual rates (XIRR, 365-day year); "after subsidies" counts '
           'confirmed rules only, an unconfirmed rule\'s effect is shown apart as "possible". The cheapest route is '
           f'chosen among the routes that fit well only. As of {data["asOf"]}. Estimates for preparation, not a bank\'s '
           'quote or credit decision.', '']
    for c in data['cases']:
        r = results[c['id']]
        for lang in ('zh', 'en'):
            out.append(f'## {c[lang]}' if lang == 'zh' else f'*{c[lang]}*')
            out.append('')
        hdr_zh = '| 方式 | 适配 | 金额 | 补贴前 | 补贴后 | 补贴 | 可能 |'
        hdr_en = '| Route | Fit | Amount | Before | After | Subsidy | Possible |'
        for lang, hdr in (('zh', hdr_zh), ('en', hdr_en)):
            out += [hdr, '|---|---|--:|--:|--:|--:|--:|']
            for mid, e in r['routes'].items():
                out.append('| ' + ' | '.join([
                    MODE[lang][mid] + (' ★' if r['cheapest'] == mid else ''),
                    FIT[lang][e['fit']],
                    money(e['amountFen'], lang),
                    pct(e['before']['compounded'] if e['before'] else None),
                    pct(e['after']['compounded'] if e['after'] else None),
                    money(e['subsidyFen'], lang),
                    pct(e['possible']),
                ]) + ' |')
            out.append('')
        lines = {}
        for mid, e in r['routes'].items():
            for l in e['lines']:
                if l['status'] != 'other_mode':
                    lines.setdefault(l['id'], []).append((mid, l))
        if lines:
            for lang in ('zh', 'en'):
                label = '补贴规则' if lang == 'zh' else 'Subsidy rules'
                items = []
                for rid, ls in lines.items():
                    parts = [f'{MODE[lang][m]}: {STATUS[lang][l["status"]]}'
                             + (f' {money(l["totalFen"], lang)}' if l['totalFen'] else '') for m, l in ls]
                    items.append(f'`{rid}` ({"; ".join(parts)})')
                out.append(f'{label}: ' + ' · '.join(items))
                out.append('')
        cheap = r['cheapest']
        out.append(f'最低成本且适合：{MODE["zh"][cheap] if cheap else "没有"} · '
                   f'Cheapest route that fits: {MODE["en"][cheap] if cheap else "none"}')
        out.append('')
    return '\n'.join(out)


def main():
    data = json.loads(CASES.read_text(encoding='utf-8'))
    results = {c['id']: assess_case(c, data['asOf']) for c in data['cases']}
    expected = json.dumps({'asOf': data['asOf'], 'results': results}, ensure_ascii=False, indent=1) + '\n'
    md = gallery(data, results)
    if '--check' in sys.argv:
        stale = [p for p, text in ((EXPECTED, expected), (GALLERY, md))
                 if not p.exists() or p.read_text(encoding='utf-8') != text]
        for p in stale:
            print(f'{p.relative_to(ROOT)} is out of date: run python3 scripts/cases/recompute.py', file=sys.stderr)
        sys.exit(1 if stale else 0)
    EXPECTED.write_text(expected, encoding='utf-8')
    GALLERY.write_text(md, encoding='utf-8')
    print(f'wrote {EXPECTED.relative_to(ROOT)} and {GALLERY.relative_to(ROOT)} ({len(results)} cases)')


if __name__ == '__main__':
    main()
