/**
 * `assessStored()`: assesses records as storage holds them, each validated on its own so one bad record shows its own
 * error instead of failing every screen (the index.ts door exports it).
 */
import { assess, assessValidated } from './assess';
import { checkedAsset, checkedEnterprise } from './memo';
import { field } from './owned';
import type { AssessmentResult } from './result';
import { ASSET_TYPES as ASSET_TYPES_LIST, type AssetType } from './schema/asset-type';
import { isIsoDate } from './dates';
import { AssessmentOptionsSchema, MAX_ASSETS, type AssessmentOptions } from './schema/input';
import type { RecordIssue } from './schema/validate';

/** A stored record the current schema refuses: where it is, and every issue (paths relative to the record). */
export interface InvalidRecord {
  id: string;
  /** The record's title or name as stored, when it has one, so a screen can say which record it is. */
  label: string;
  /** For assets: the stored type, when it is one the engine knows. */
  type: AssetType | null;
  issues: RecordIssue[];
}

/** What `assessStored` found: a result for the valid records and the invalid ones with their issues. */
export type StoredAssessment =
  | { ok: true; result: AssessmentResult; invalidAssets: InvalidRecord[] }
  | { ok: false; invalidEnterprise: InvalidRecord; invalidAssets: InvalidRecord[] };

function invalid(record: unknown, labelKey: string, issues: RecordIssue[]): InvalidRecord {
  const id = field(record, 'id');
  const label = field(record, labelKey);
  const type = field(record, 'type');
  return {
    id: typeof id === 'string' ? id : '',
    label: typeof label === 'string' ? label : '',
    type: (ASSET_TYPES_SET as ReadonlySet<unknown>).has(type) ? (type as AssetType) : null,
    issues
  };
}

const ASSET_TYPES_SET: ReadonlySet<AssetType> = new Set(ASSET_TYPES_LIST);

/**
 * Assesses records as storage holds them, which an older schema may have accepted: each record is validated on its
 * own (validateEnterprise / validateAsset at `asOf`); the assessment runs on the valid assets and lists the invalid
 * ones with their issues, so one bad record shows its own error instead of failing every screen. Only an invalid
 * enterprise stops the assessment. `options` default to the enterprise's stored scenario.
 */
export function assessStored(input: {
  asOf: string;
  enterprise: unknown;
  assets: readonly unknown[];
  options?: Partial<AssessmentOptions>;
}): StoredAssessment {
  const invalidAssets: InvalidRecord[] = [];
  const enterprise = checkedEnterprise(input.enterprise, input.asOf);
  const assets = input.assets.flatMap((a) => {
    const v = checkedAsset(a, input.asOf);
    if (!v.ok) return (invalidAssets.push(invalid(a, 'title', v.issues)), []);
    if (enterprise.ok && v.value.enterpriseId !== enterprise.value.id) {
      const issue = {
        code: 'custom',
        path: ['enterpriseId'],
        message: 'errors.foreign_asset',
        input: v.value.enterpriseId
      } as RecordIssue;
      return (invalidAssets.push(invalid(a, 'title', [issue])), []);
    }
    return [v.value];
  });
  if (!enterprise.ok)
    return {
      ok: false,
      invalidEnterprise: invalid(input.enterprise, 'name', enterprise.issues),
      invalidAssets
    };
  // Each record is parsed already: the assessment takes them as they are. Input the input schema would refuse (more
  // assets than it allows, an asOf or options it refuses) goes through `assess`, which says so with its own error.
  const options = input.options ? AssessmentOptionsSchema.safeParse(input.options) : null;
  const result =
    assets.length <= MAX_ASSETS && isIsoDate(input.asOf) && (options === null || options.success)
      ? assessValidated({
          asOf: input.asOf,
          enterprise: enterprise.value,
          assets,
          options: options?.data ?? { loanTenorYears: enterprise.value.scenario.loanTenorYears }
        })
      : assess({
          asOf: input.asOf,
          enterprise: enterprise.value,
          assets,
          ...(input.options ? { options: input.options } : {})
        });
  return { ok: true, result, invalidAssets };
}
