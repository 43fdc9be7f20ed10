/**
 * `assessStored()`: assesses records as storage holds them, each validated on its own so one bad record shows its own
 * error instead of failing every screen (the index.ts door exports it).
 */
import { assess } from './assess';
import { field, idOf, owned } from './owned';
import type { AssessmentResult } from './result';
import type { Asset } from './schema/asset';
import { ASSET_TYPES as ASSET_TYPES_LIST, type AssetType } from './schema/asset-type';
import type { Enterprise } from './schema/enterprise';
import type { AssessmentOptions } from './schema/input';
import { validateAsset, validateEnterprise, type RecordIssue, type Validated } from './schema/validate';
import { copyPlain, NOT_PLAIN, samePlain } from './same';

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

/** A record's validation at asOf, with a private copy of the record it was computed from (the memo's invariant). */
interface Checked<T> {
  asOf: string;
  input: unknown;
  result: Validated<T>;
}
const MAX_CHECKED = 4000;
const checkedAssets = new Map<string, Checked<Asset>>();
const checkedEnterprises = new Map<string, Checked<Enterprise>>();

/**
 * `validate(record, asOf)`, reused while the record (found by its id) is the same data at the same asOf. A valid
 * record's value is the engine's own (`owned`): `assess` then matches it by identity instead of comparing it.
 */
function checkedOnce<T extends object>(
  memo: Map<string, Checked<T>>,
  record: unknown,
  asOf: string,
  validate: (record: unknown, asOf: string) => Validated<T>
): Validated<T> {
  const id = idOf(record);
  const m = id === null ? undefined : memo.get(id);
  if (m && m.asOf === asOf && samePlain(record, m.input)) return m.result;
  const result = validate(record, asOf);
  const copy = id === null ? NOT_PLAIN : copyPlain(record);
  if (copy !== NOT_PLAIN) {
    if (memo.size >= MAX_CHECKED) memo.clear();
    memo.set(id as string, { asOf, input: copy, result });
    if (result.ok) owned.add(result.value);
  }
  return result;
}

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
  const enterprise = checkedOnce(checkedEnterprises, input.enterprise, input.asOf, validateEnterprise);
  const assets = input.assets.flatMap((a) => {
    const v = checkedOnce(checkedAssets, a, input.asOf, validateAsset);
    if (!v.ok) return (invalidAssets.push(invalid(a, 'title', v.issues)), []);
    if (enterprise.ok && v.value.enterpriseId !== enterprise.value.id) {
      const issue = {
        code: 'custom',
        path: ['enterpriseId'],
        message: 'err.foreign_asset',
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
  const result = assess({
    asOf: input.asOf,
    enterprise: enterprise.value,
    assets,
    ...(input.options ? { options: input.options } : {})
  });
  return { ok: true, result, invalidAssets };
}

/** Empties the validation memo of `assessStored`. */
export function clearStoredMemo(): void {
  checkedAssets.clear();
  checkedEnterprises.clear();
}
