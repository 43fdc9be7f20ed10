/**
 * Property test of the overview's stored summaries (fast-check, fixed seed: a failure prints its seed and path and
 * reproduces). Random sequences of what happens to a device (edits through the forms' code, raw writes that keep
 * every stamp as a migration would, deletes and their undo, backup imports of edited records and their undo, a new
 * day, a new engine or policy version, refreshes of some or all stale summaries) never leave a stored summary that
 * the overview would use and that differs from what the engine gives now for the same records.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessStored, clearAssessCache } from '$lib/engine';
import {
  buildBackup,
  importBackup,
  undoImport,
  type ImportUndo,
  type Snapshot,
  type ZhirongDB
} from '$lib/db';
import { deleteAsset, deleteEnterprise, restoreSnapshot, saveAsset, saveEnterprise } from '$lib/db/repo';
import { assetDraft, enterpriseDraft, freshDb, NOW, softwareDraft } from '$lib/db/test-fixtures';
import { currentVersions, type KeyVersions } from './summary';
import { refreshSummaries, scanSummaries, SummaryDB } from './summary-store';

const SEED = Number(process.env.FC_SEED ?? 20261123);
const TIMEOUT = 180_000;

type Op =
  | { kind: 'editEnterprise'; pick: number; revenue: number; overdue: boolean }
  | { kind: 'editAsset'; pick: number; revenue: number; frozen: boolean }
  | { kind: 'addAsset'; pick: number; software: boolean }
  | { kind: 'rawAssetWrite'; pick: number; pledged: boolean }
  | { kind: 'deleteAsset'; pick: number }
  | { kind: 'deleteEnterprise'; pick: number }
  | { kind: 'undoDelete' }
  | { kind: 'importEdited'; pick: number; revenue: number }
  | { kind: 'undoImport' }
  | { kind: 'newDay' }
  | { kind: 'newVersion'; part: 'engine' | 'readinessPolicy' | 'policyData' }
  | { kind: 'refresh'; share: number };

const pick = fc.nat(50);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('editEnterprise' as const),
    pick,
    revenue: fc.integer({ min: 0, max: 9000 }),
    overdue: fc.boolean()
  }),
  fc.record({
    kind: fc.constant('editAsset' as const),
    pick,
    revenue: fc.integer({ min: 0, max: 5000 }),
    frozen: fc.boolean()
  }),
  fc.record({ kind: fc.constant('addAsset' as const), pick, software: fc.boolean() }),
  fc.record({ kind: fc.constant('rawAssetWrite' as const), pick, pledged: fc.boolean() }),
  fc.record({ kind: fc.constant('deleteAsset' as const), pick }),
  fc.record({ kind: fc.constant('deleteEnterprise' as const), pick }),
  fc.constant({ kind: 'undoDelete' as const }),
  fc.record({ kind: fc.constant('importEdited' as const), pick, revenue: fc.integer({ min: 0, max: 5000 }) }),
  fc.constant({ kind: 'undoImport' as const }),
  fc.constant({ kind: 'newDay' as const }),
  fc.record({
    kind: fc.constant('newVersion' as const),
    part: fc.constantFrom('engine' as const, 'readinessPolicy' as const, 'policyData' as const)
  }),
  fc.record({ kind: fc.constant('refresh' as const), share: fc.double({ min: 0, max: 1, noNaN: true }) })
);

/** What the overview shows for an enterprise, from the engine now (its memo emptied first), as the screens assess. */
function fromEngineNow(enterprise: unknown, assets: unknown[], asOf: string) {
  clearAssessCache();
  const r = assessStored({ asOf, enterprise, assets });
  if (!r.ok)
    return {
      status: 'invalid',
      grade: null,
      score: null,
      pledgeableValueWan: null,
      loanLowWan: null,
      loanBaseWan: null,
      loanHighWan: null,
      blockers: [],
      provisional: false
    };
  return {
    status: 'ok',
    grade: r.result.readiness.grade,
    score: r.result.readiness.score,
    pledgeableValueWan: r.result.bundle.pledgeableValueWan,
    loanLowWan: r.result.readiness.loanRange.lowWan,
    loanBaseWan: r.result.readiness.loanRange.baseWan,
    loanHighWan: r.result.readiness.loanRange.highWan,
    blockers: r.result.readiness.blockers.filter((b) => b.scope === 'enterprise').map((b) => b.code),
    provisional: r.result.readiness.missingInputs.length > 0
  };
}

let base: KeyVersions;
beforeAll(async () => {
  base = await currentVersions();
});

let run = 0;
afterAll(() => clearAssessCache());

describe('stored summaries', () => {
  it(
    'always equal what the engine gives now for the records on the device',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
          const db: ZhirongDB = freshDb();
          const store = new SummaryDB(`summaries-prop-${run++}`);
          let day = 21;
          let versions = { ...base };
          let bump = 0;
          let lastDelete: Snapshot | null = null;
          let lastImport: ImportUndo | null = null;
          const asOf = () => `2026-11-${String(day).padStart(2, '0')}`;
          // Stamps move forward with each write, as a clock would.
          let tick = 0;
          const opts = () => ({
            today: asOf(),
            now: new Date(Date.parse(NOW) + ++tick * 1000).toISOString()
          });
          try {
            for (const name of ['甲', '乙']) {
              const e = await saveEnterprise(db, enterpriseDraft({ name }), opts());
              await saveAsset(db, assetDraft(e.id), opts());
            }
            const nth = <T>(list: T[], i: number): T | undefined => list[i % (list.length || 1)];
            for (const o of ops) {
              const enterprises = await db.enterprises.orderBy('id').toArray();
              const assets = await db.assets.orderBy('id').toArray();
              switch (o.kind) {
                case 'editEnterprise': {
                  const e = nth(enterprises, o.pick);
                  if (e)
                    await saveEnterprise(
                      db,
                      {
                        ...e,
                        financials: { ...e.financials, revenueWan: o.revenue },
                        credit: { ...e.credit, currentOverdue: o.overdue }
                      },
                      opts()
                    );
                  break;
                }
                case 'editAsset': {
                  const a = nth(assets, o.pick);
                  if (a)
                    await saveAsset(
                      db,
                      {
                        ...a,
                        use: { ...a.use, revenueWan: o.revenue },
                        disputes: { ...a.disputes, frozen: o.frozen }
                      },
                      opts()
                    );
                  break;
                }
                case 'addAsset': {
                  const e = nth(enterprises, o.pick);
                  if (e) await saveAsset(db, o.software ? softwareDraft(e.id) : assetDraft(e.id), opts());
                  break;
                }
                case 'rawAssetWrite': {
                  // What a migration does: the record changes, no stamp moves.
                  const a = nth(assets, o.pick);
                  if (a)
                    await db.assets.put({ ...a, pledged: o.pledged, pledgee: o.pledged ? '某银行' : '' });
                  break;
                }
                case 'deleteAsset': {
                  const a = nth(assets, o.pick);
                  if (a) lastDelete = (await deleteAsset(db, a.id, opts().now)) ?? null;
                  break;
                }
                case 'deleteEnterprise': {
                  const e = nth(enterprises, o.pick);
                  if (e) lastDelete = (await deleteEnterprise(db, e.id)) ?? null;
                  break;
                }
                case 'undoDelete':
                  if (lastDelete) {
                    // Undoing an asset's delete needs its enterprise; if that went since, the undo is refused.
                    await restoreSnapshot(db, lastDelete, opts().now).catch(() => undefined);
                    lastDelete = null;
                  }
                  break;
                case 'importEdited': {
                  // Another device's copy: edited figures, the very same stamps.
                  const e = nth(enterprises, o.pick);
                  if (!e) break;
                  const backup = await buildBackup(db, { enterpriseId: e.id }, NOW);
                  const edited = {
                    ...backup,
                    assets: backup.assets.map((a) => ({ ...a, use: { ...a.use, revenueWan: o.revenue } }))
                  };
                  lastImport = (await importBackup(db, edited)).undo;
                  break;
                }
                case 'undoImport':
                  if (lastImport) await undoImport(db, lastImport);
                  lastImport = null;
                  break;
                case 'newDay':
                  day++;
                  break;
                case 'newVersion':
                  versions = { ...versions, [o.part]: `${versions[o.part]}+${++bump}` };
                  break;
                case 'refresh': {
                  const { stale } = await scanSummaries(db, store, asOf(), versions);
                  await refreshSummaries(
                    db,
                    store,
                    stale.slice(0, Math.ceil(stale.length * o.share)),
                    asOf(),
                    versions
                  );
                  break;
                }
              }

              // The invariant, after every step: a summary the overview would use is the engine's answer now.
              const { lines, stale } = await scanSummaries(db, store, asOf(), versions);
              for (const line of lines) {
                if (!line.summary) {
                  expect(stale).toContain(line.id);
                  continue;
                }
                const e = await db.enterprises.get(line.id);
                const own = await db.assets.where('enterpriseId').equals(line.id).sortBy('id');
                expect(line.summary, `${o.kind}: ${line.name}`).toEqual(fromEngineNow(e, own, asOf()));
                expect(line.assetCount).toBe(own.length);
              }
            }
          } finally {
            db.close();
            await store.delete();
          }
        }),
        { seed: SEED, numRuns: 40 }
      );
    },
    TIMEOUT
  );
});
