import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupData } from '$lib/db';

const storage = vi.hoisted(() => ({
  parseBackupFile: vi.fn(),
  previewImport: vi.fn(),
  importBackup: vi.fn(),
  undoImport: vi.fn(),
  errorMessage: vi.fn((err: unknown) => ({ key: 'errors.storage', values: { why: String(err) } }))
}));
const shown = vi.hoisted(() => ({ show: vi.fn() }));

vi.mock('./data', () => ({ data: storage }));
vi.mock('./toast.svelte', () => ({ toasts: shown }));
vi.mock('./failure', () => ({
  failedBecause: (key: string, err: unknown) => ({ key, values: { detail: String(err) } })
}));

const { ImportFlow, MAX_BACKUP_BYTES } = await import('./import-flow.svelte');

const backup = { enterprises: [{ id: 'e1', name: '甲' }], assets: [] } as unknown as BackupData;
const preview = { add: [{ id: 'e1', name: '甲' }], replace: [], assets: { added: 0, replaced: 0 } };
const result = {
  enterprises: { added: 1, replaced: 0 },
  assets: { added: 0, replaced: 0 },
  undo: { token: 1 }
};
const bytes = new TextEncoder().encode('{}');

function flow(refuse?: (b: BackupData) => { path: string; key: string }[] | null) {
  return new ImportFlow<string>({
    refuse,
    describe: (r, b) => ({
      done: `added ${r.enterprises.added} of ${b.enterprises.length}`,
      message: { key: 'imported' }
    })
  });
}

beforeEach(() => {
  vi.clearAllMocks();
  storage.parseBackupFile.mockResolvedValue({
    ok: true,
    data: backup,
    summary: { enterprises: 1, assets: 0 }
  });
  storage.previewImport.mockResolvedValue(preview);
  storage.importBackup.mockResolvedValue(result);
  storage.undoImport.mockResolvedValue(undefined);
});

describe('ImportFlow', () => {
  it('a valid backup waits in the preview; nothing is written before the user confirms', async () => {
    const f = flow();
    expect(await f.read(bytes)).toBe(true);
    expect(f.pending).toEqual({ data: backup, preview });
    expect(f.errors).toEqual([]);
    expect(f.busy).toBeNull();
    expect(storage.importBackup).not.toHaveBeenCalled();
  });

  it('a refused file keeps its reasons and their count, and no preview', async () => {
    const errors = [{ path: 'enterprises.0.name', key: 'v.required' }];
    storage.parseBackupFile.mockResolvedValue({ ok: false, errors, errorCount: 7 });
    const f = flow();
    expect(await f.read(bytes)).toBe(false);
    expect(f.errors).toEqual(errors);
    expect(f.errorCount).toBe(7);
    expect(f.pending).toBeNull();
    expect(storage.previewImport).not.toHaveBeenCalled();
  });

  it("the screen's own refusal stops a valid backup before the preview", async () => {
    const f = flow(() => [{ path: '', key: 'incubator.notOne' }]);
    expect(await f.read(bytes)).toBe(false);
    expect(f.errors).toEqual([{ path: '', key: 'incubator.notOne' }]);
    expect(f.errorCount).toBe(1);
    expect(f.pending).toBeNull();
  });

  it('a file over the limit is refused without reading it', async () => {
    const f = flow();
    const file = { size: MAX_BACKUP_BYTES + 1, arrayBuffer: vi.fn() } as unknown as File;
    expect(await f.readFile(file)).toBe(false);
    expect(f.errors).toEqual([{ path: '', key: 'backup.tooLarge', params: { mb: 50 } }]);
    expect(file.arrayBuffer).not.toHaveBeenCalled();
  });

  it('an error while reading is said in a toast, not thrown', async () => {
    storage.parseBackupFile.mockRejectedValue(new Error('disk'));
    const f = flow();
    expect(await f.read(bytes)).toBe(false);
    expect(shown.show).toHaveBeenCalledWith(
      { key: 'errors.storage', values: { why: 'Error: disk' } },
      { tone: 'error' }
    );
    expect(f.busy).toBeNull();
  });

  it('confirm imports what `change` makes of the backup, keeps the summary and offers undo', async () => {
    const f = flow();
    await f.read(bytes);
    const renamed = { ...backup, enterprises: [] } as unknown as BackupData;
    expect(await f.confirm(() => renamed)).toBe(true);
    expect(storage.importBackup).toHaveBeenCalledWith(renamed);
    expect(f.pending).toBeNull();
    expect(f.done).toBe('added 1 of 0');
    expect(f.lastUndo).toEqual({ token: 1 });
    const [message, options] = shown.show.mock.calls.at(-1)!;
    expect(message).toEqual({ key: 'imported' });
    expect(options.action.key).toBe('backup.undoImport');

    // The toast's undo button undoes that import, and the screen forgets it.
    await options.action.run();
    expect(storage.undoImport).toHaveBeenCalledWith({ token: 1 });
    expect(f.lastUndo).toBeNull();
    expect(f.done).toBeNull();
    expect(shown.show).toHaveBeenLastCalledWith({ key: 'backup.undone' });
  });

  it('a failed import says why and keeps the preview', async () => {
    storage.importBackup.mockRejectedValue(new Error('quota'));
    const f = flow();
    await f.read(bytes);
    expect(await f.confirm()).toBe(false);
    expect(f.pending).not.toBeNull();
    expect(shown.show).toHaveBeenLastCalledWith(
      { key: 'backup.importFailed', values: { detail: 'Error: quota' } },
      { tone: 'error' }
    );
  });

  it('a failed undo says so and keeps the undo', async () => {
    storage.undoImport.mockRejectedValue(new Error('locked'));
    const f = flow();
    await f.read(bytes);
    await f.confirm();
    await f.undo();
    expect(f.lastUndo).toEqual({ token: 1 });
    expect(shown.show).toHaveBeenLastCalledWith(
      { key: 'backup.undoFailed', values: { detail: 'Error: locked' } },
      { tone: 'error' }
    );
  });

  it('a new file read after an import hides the last import (its toast can still undo it)', async () => {
    const f = flow();
    await f.read(bytes);
    await f.confirm();
    await f.read(bytes);
    expect(f.done).toBeNull();
    expect(f.lastUndo).toBeNull();
  });
});
