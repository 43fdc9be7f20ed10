/**
 * Importing a backup, as the backup screen and the hand-over's receiving side both do it: read the bytes (validated
 * exactly as a file), preview what would change, import on the user's word, and undo while the screen still can.
 * The screens own their inputs (a file, QR codes, the camera) and their wording; this owns the steps and the state.
 */
import type { BackupData, BackupError, ImportPreview, ImportResult, ImportUndo } from '$lib/db';
import type { MessageRef } from '$lib/i18n/issue';
import { data } from './data';
import { failedBecause } from './failure';
import { toasts } from './toast.svelte';

/** A backup of thousands of enterprises is a few MB; anything far larger is not ours and would stall the phone. */
export const MAX_BACKUP_BYTES = 50 * 1_048_576;

export interface ImportFlowOptions<Done> {
  /** A screen's own refusal of a valid backup (the hand-over takes one enterprise only); null to go on. */
  refuse?: (backup: BackupData) => BackupError[] | null;
  /** What the screen keeps of an import (`done`) and the toast that says it (with the undo button added here). */
  describe: (result: ImportResult, backup: BackupData) => { done: Done; message: MessageRef };
}

/** parse → preview → confirm → done, with undo; `Done` is what the screen shows of the import it just made. */
export class ImportFlow<Done> {
  #options: ImportFlowOptions<Done>;
  /** Why the last file or text was refused (the first ones), and how many reasons there were in all. */
  errors = $state.raw<BackupError[]>([]);
  errorCount = $state(0);
  /** The validated backup waiting for the user's word, and what it would change. Raw: it is written as it is. */
  pending = $state.raw<{ data: BackupData; preview: ImportPreview } | null>(null);
  /** The last import, while it can still be undone from this screen. */
  lastUndo = $state.raw<ImportUndo | null>(null);
  done = $state.raw<Done | null>(null);
  busy = $state<'read' | 'import' | 'undo' | null>(null);

  constructor(options: ImportFlowOptions<Done>) {
    this.#options = options;
  }

  /** Forgets the refusal and the preview. */
  clear(): void {
    this.errors = [];
    this.errorCount = 0;
    this.pending = null;
  }

  /** Forgets the refusal, the preview and the last import's summary (not its undo, which a toast may still hold). */
  reset(): void {
    this.clear();
    this.done = null;
  }

  /** Drops the preview without importing. */
  cancel(): void {
    this.pending = null;
  }

  /** Reads a chosen file: too large is refused before reading; then as `read`. True when a preview is waiting. */
  async readFile(file: File): Promise<boolean> {
    if (file.size > MAX_BACKUP_BYTES) {
      this.pending = null;
      this.errors = [{ path: '', key: 'backup.tooLarge', params: { mb: MAX_BACKUP_BYTES / 1_048_576 } }];
      this.errorCount = 1;
      return false;
    }
    // Bytes, not file.text(): text() would turn a GBK file's names into U+FFFD without a word.
    return this.read(() => file.arrayBuffer().then((b) => new Uint8Array(b)));
  }

  /**
   * Validates a backup's bytes exactly as a file (parseBackup), then previews it. True when a preview is waiting
   * for the user's word; false when the bytes were refused (`errors`) or could not be read (a toast says why).
   */
  async read(bytes: Uint8Array | (() => Promise<Uint8Array>)): Promise<boolean> {
    this.clear();
    this.busy = 'read';
    try {
      const result = await data.parseBackupFile(typeof bytes === 'function' ? await bytes() : bytes);
      if (!result.ok) {
        this.errors = result.errors;
        this.errorCount = result.errorCount;
        return false;
      }
      const refused = this.#options.refuse?.(result.data);
      if (refused) {
        this.errors = refused;
        this.errorCount = refused.length;
        return false;
      }
      this.pending = { data: result.data, preview: await data.previewImport(result.data) };
      this.lastUndo = null;
      this.done = null;
      return true;
    } catch (err) {
      toasts.show(data.errorMessage(err), { tone: 'error' });
      return false;
    } finally {
      this.busy = null;
    }
  }

  /** Imports the waiting backup (or what `change` makes of it: new ids to keep both); says so with an undo button. */
  async confirm(change: (backup: BackupData) => BackupData = (b) => b): Promise<boolean> {
    if (!this.pending) return false;
    this.busy = 'import';
    try {
      const backup = change(this.pending.data);
      const r = await data.importBackup(backup);
      const undo = r.undo;
      const { done, message } = this.#options.describe(r, backup);
      this.lastUndo = undo;
      this.done = done;
      toasts.show(message, { action: { key: 'backup.undoImport', run: () => this.undo(undo) } });
      this.pending = null;
      return true;
    } catch (err) {
      toasts.show(failedBecause('backup.importFailed', err), { tone: 'error' });
      return false;
    } finally {
      this.busy = null;
    }
  }

  /** Puts the device back as it was before an import (the last one by default). */
  async undo(undo: ImportUndo | null = this.lastUndo): Promise<void> {
    if (!undo) return;
    this.busy = 'undo';
    try {
      await data.undoImport(undo);
      if (this.lastUndo === undo) {
        this.lastUndo = null;
        this.done = null;
      }
      toasts.show({ key: 'backup.undone' });
    } catch (err) {
      toasts.show(failedBecause('backup.undoFailed', err), { tone: 'error' });
    } finally {
      this.busy = null;
    }
  }
}
