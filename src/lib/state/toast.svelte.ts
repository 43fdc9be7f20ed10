import type { MessageRef } from '$lib/i18n/issue';

export interface Toast {
  id: number;
  message: MessageRef;
  /** Label key and action of an optional button (e.g. undo). */
  action?: { key: string; run: () => void | Promise<void> };
  tone: 'info' | 'error';
}

const TIMEOUT_MS = 8000;

/** One toast at a time at the bottom of the screen; an undo stays long enough to reach with a thumb. */
class Toasts {
  #current = $state<Toast | null>(null);
  #seq = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  get current(): Toast | null {
    return this.#current;
  }

  show(message: MessageRef, options: { action?: Toast['action']; tone?: Toast['tone'] } = {}): void {
    clearTimeout(this.#timer);
    const id = ++this.#seq;
    this.#current = { id, message, action: options.action, tone: options.tone ?? 'info' };
    this.#timer = setTimeout(() => this.dismiss(id), TIMEOUT_MS);
  }

  dismiss(id?: number): void {
    if (id === undefined || this.#current?.id === id) this.#current = null;
  }
}

export const toasts = new Toasts();
