/** The readiness result and input types (`assessReadiness`, readiness/index.ts). */
import type { IsoDate } from '../dates';
import type { EligibilityCode } from '../eligibility';
import type {
  DocumentId,
  DocumentNeed,
  FirstLoanChannel,
  ReadinessDimension,
  ReadinessGrade,
  StartUpRoute
} from '../policy/readiness';
import type { Range, Source } from '../policy/types';
import type { Enterprise } from '../schema/enterprise';
import type { ActionCode, ActionTier, GapAsset, Horizon } from './action-types';
import type { StateAsset } from './state';
import type { ValuedAsset } from '../valued-asset';

export interface ReadinessInput {
  asOf: IsoDate;
  enterprise: Pick<
    Enterprise,
    | 'foundedOn'
    | 'financials'
    | 'credit'
    | 'qualifications'
    | 'hasHadBankLoan'
    | 'loans'
    | 'province'
    | 'controller'
    | 'taxCreditGrade'
    | 'court'
  >;
  /** The valued assets, in the shape `assess()` builds them (valued-asset.ts). */
  assets: readonly ValuedAsset[];
  /** Last year's revenue of each product the assets serve (`ProductRef.key` → 万元), where known. */
  productRevenue: ReadonlyMap<string, number>;
  loanTenorYears: number;
  amountWantedWan: number | null;
  /** The bundle's synergy factor (`bundle.synergy.factor`: 1 + the synergy rate applied, 1 without synergy). */
  synergyFactor: number;
  documentsReady: readonly DocumentId[];
}

/** i18n: `readiness.blocker.<code>`; asset codes are the eligibility codes (`valuation.eligibility.<code>`). */
export type EnterpriseBlockerCode = 'current_overdue' | 'dishonest_debtor' | 'nothing_pledgeable';

/**
 * What a blocker does, said once for every screen and the PDF: `stops_loan`, the loan cannot be applied for (the
 * enterprise's own grounds, or nothing pledgeable is left); `excludes_asset`, this asset cannot be pledged and counts
 * zero, the loan may go on with the others.
 */
export type BlockerEffect = 'stops_loan' | 'excludes_asset';

/** `actionId`: the ranked action that closes this blocker (`ReadinessAction.id`), null when no step of the
 *  enterprise's own closes it (a summary such as nothing_pledgeable, or a ground only time or a court can lift). */
export type Blocker =
  | { scope: 'enterprise'; code: EnterpriseBlockerCode; effect: 'stops_loan'; actionId: string | null }
  | {
      scope: 'asset';
      code: EligibilityCode;
      assetId: string;
      effect: 'excludes_asset';
      actionId: string | null;
    };

/** A blocker that stops the loan (the enterprise's own grounds, or nothing pledgeable left). */
export type LoanBlocker = Extract<Blocker, { effect: 'stops_loan' }>;
/** A blocker that leaves one asset out of the pledge. */
export type AssetBlocker = Extract<Blocker, { effect: 'excludes_asset' }>;

/**
 * `blockers` split by effect, once, so no screen or the PDF filters them: each part keeps the order of `blockers`
 * (the enterprise's grounds, then nothing_pledgeable, then each asset's reasons in the assets' order).
 */
export interface BlockersByEffect {
  stopsLoan: LoanBlocker[];
  excludesAsset: AssetBlocker[];
}

/** A question the bank will ask about an asset that does not stop its pledge (`valuation.eligibility.<code>`). */
export interface Caution {
  assetId: string;
  code: EligibilityCode;
}

export interface ReadinessAction {
  id: string;
  code: ActionCode;
  kind: 'step' | 'data';
  horizon: Horizon;
  assetId?: string;
  params: Record<string, string | number>;
  /** Where it ranks and why (the order of `ActionTier`, then the gain within the tier). */
  tier: ActionTier;
  /** Another way to close the same blocker as the action `alternativeTo`. */
  alternativeTo?: string;
  gain: {
    /** Closing this gap alone lifts the loan's blockers. */
    unblocks: boolean;
    /** Score after minus score now (whole points, as the score shows). */
    points: number;
    /** Points per week of effort (policy ACTION_EFFORT_WEEKS), the order within the points tier. */
    pointsPerWeek: number;
    /** Pledgeable value gained at the base valuation, 万元 (0 for an input whose amount is not known yet). */
    pledgeableValueWan: number;
    /** The grade after, when it is better than now; null otherwise. */
    grade: ReadinessGrade | null;
  };
}

export interface DimensionResult {
  id: ReadinessDimension;
  weight: number;
  /** 0-1 */
  fraction: number;
  /** weight × fraction, exact */
  points: number;
}

export interface DocumentItem {
  id: DocumentId;
  need: DocumentNeed;
  /** Counted in the score: always needed, or needed for this portfolio. */
  required: boolean;
  ticked: boolean;
  source: Source;
}

/** What limits the indicative amount: no pledgeable IP value at all, the size cap, or the IP's pledgeable value. */
export type LoanLimit = 'nothing_pledgeable' | 'size_cap' | 'ip_value';

export interface LoanRange {
  /** Pledgeable value at the low / base / high valuation after the cap, 万元. */
  lowWan: number;
  baseWan: number;
  highWan: number;
  /** Before the size cap. */
  uncapped: Range;
  /** Indicative size cap (revenue × share − existing loans); null without a revenue figure. */
  capWan: number | null;
  capShare: number;
  existingLoansWan: number;
  /** The amount the enterprise wants, 万元; null when it named none. */
  wantedWan: number | null;
  /** Whether the amount wanted fits under the base figure; null when it named none. */
  wantedFits: boolean | null;
  /**
   * What limits the base figure: `nothing_pledgeable` (no pledgeable IP value), `size_cap` (the enterprise's size:
   * the cap is below the IP's pledgeable value, e.g. revenue 0), or `ip_value` (the IP's pledgeable value).
   */
  limitedBy: LoanLimit;
  /** When the size cap limits it: what a start-up can do instead (first-loan channels, guarantee products). */
  startUp: StartUpRoute[];
}

/** The ratios a credit officer reads first, worked out once here so no screen or the PDF computes them. */
export interface CreditProfile {
  /** Years since founding (365.25-day years); null without a founding date. */
  operatingYears: number | null;
  /** Total liabilities ÷ total assets (资产负债率); null without both. */
  leverage: number | null;
  /** R&D spending ÷ revenue (研发投入占比); null without both or with revenue 0. */
  rdRatio: number | null;
  /** Loans outstanding, 万元. */
  existingLoansWan: number;
}

export interface Readiness {
  policyVersion: string;
  /** The enterprise's ratios as a bank reads them (the PDF's first page). */
  profile: CreditProfile;
  /** A loan cannot be applied for now (a blocker with effect `stops_loan`). */
  blocked: boolean;
  /**
   * The one sentence every screen and the PDF lead with: `blocked` (cannot apply now), `assets_excluded` (can apply;
   * some assets cannot be pledged and count zero), `clear` (can apply, no blocker).
   */
  headline: 'blocked' | 'assets_excluded' | 'clear';
  blockers: Blocker[];
  /** The same blockers split by effect: what stops the loan, and which assets are left out. */
  blockersByEffect: BlockersByEffect;
  /** What the bank will ask about assets that can still be pledged (a third-party holder, a recent transfer …). */
  cautions: Caution[];
  score: number;
  /**
   * The enterprise's own answers the score still lacks (the data steps among `actions`: founding date, revenue,
   * controller, tax grade, court records, balance sheet, R&D): while any is missing the grade is provisional.
   */
  missingInputs: ActionCode[];
  /** The grade: the score's band (`band`), capped by the gates (`gradeCap`). */
  grade: ReadinessGrade;
  band: ReadinessGrade;
  /** Why the grade is below the score's band: the loan is blocked, or documents are not ready; null when not. */
  gradeCap: 'blocked' | 'documents' | null;
  /** The bands the grade is read from (a score at or above `min` earns it), highest first. */
  gradeBands: { grade: ReadinessGrade; min: number }[];
  /** Where the weights and bands come from (the screen cites it under the score's parts). */
  scoreSource: Source;
  dimensions: DimensionResult[];
  actions: ReadinessAction[];
  documents: DocumentItem[];
  /** Required documents ticked, of those required. */
  documentsReady: { ready: number; required: number };
  loanRange: LoanRange;
  firstLoan: { applies: boolean; channels: FirstLoanChannel[] };
}

/** What the state and the gaps read from one asset: a function of the asset alone. */
export interface DerivedAsset {
  state: StateAsset;
  gap: GapAsset;
}
