import type { MessageRef } from '$lib/i18n/issue';

export interface Toast {
  id: number;
  message: MessageRef;
  /** A second, plainer line under the message (e.g. what "ready offline" means). */
  detail?: MessageRef;
  /** Label key and action of an optional button (e.g. undo). */
  action?: { key: string; run: () => void | Promise<void> };
  tone: 'info' | 'error';
}

/**
 * How long a toast stays. A plain notice is read in a glance; a toast with a button (undo) stays long enough to reach
 * with a thumb, and so does an error. The timer pauses while the pointer or the focus is on the toast.
 */
export const TOAST_MS = { info: 4000, action: 8000, error: 8000 } as const;

type ShowOptions = { action?: Toast['action']; tone?: Toast['tone']; detail?: MessageRef };

/** One toast at a time; ToastHost places it clear of the header and of the screen's action bar. */
class Toasts {
  #current = $state<Toast | null>(null);
  #seq = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** A notice waiting for the current toast to go (`notice`); the latest one only. */
  #waiting: { message: MessageRef; options: ShowOptions } | null = null;

  get current(): Toast | null {
    return this.#current;
  }

  /** Shows a toast about what the user just did, in place of any other. */
  show(message: MessageRef, options: ShowOptions = {}): void {
    const id = ++this.#seq;
    this.#current = {
      id,
      message,
      detail: options.detail,
      action: options.action,
      tone: options.tone ?? 'info'
    };
    this.resume();
  }

  /**
   * A notice the user did not ask for (the app is ready offline): shown now if nothing else is, otherwise once the
   * current toast has gone. It never takes the place of a confirmation, an error or an undo button.
   */
  notice(message: MessageRef, options: ShowOptions = {}): void {
    if (this.#current) this.#waiting = { message, options };
    else this.show(message, options);
  }

  /** Stops the clock (the user is reading or about to tap the toast's button). */
  pause(): void {
    clearTimeout(this.#timer);
  }

  /** Restarts the clock with the toast's full time. */
  resume(): void {
    clearTimeout(this.#timer);
    const t = this.#current;
    if (!t) return;
    const ms = t.action ? TOAST_MS.action : TOAST_MS[t.tone];
    this.#timer = setTimeout(() => this.dismiss(t.id), ms);
  }

  dismiss(id?: number): void {
    if (id === undefined || this.#current?.id === id) {
      clearTimeout(this.#timer);
      this.#current = null;
      const next = this.#waiting;
      this.#waiting = null;
      if (next) this.show(next.message, next.options);
    }
  }
}

export const toasts = new Toasts();
