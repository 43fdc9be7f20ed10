import type { MessageRef } from '$lib/i18n/issue';

/**
 * Whether this browser lets the app read and write its IndexedDB. WeChat's built-in browser, some private modes and
 * a full disk refuse; the layout then says so plainly instead of showing "loading" for ever.
 */
class StorageHealth {
  #problem = $state<MessageRef | null>(null);

  /** What went wrong on the last failed read, or null. */
  get problem(): MessageRef | null {
    return this.#problem;
  }

  report(problem: MessageRef): void {
    this.#problem = problem;
  }

  clear(): void {
    this.#problem = null;
  }
}

export const storageHealth = new StorageHealth();
