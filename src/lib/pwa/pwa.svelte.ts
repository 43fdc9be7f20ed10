/**
 * What the app tells the user about offline use and updates: "ready offline" once, "update available" when a new
 * version waits, and, inside WeChat's built-in browser, once, how to open the app in the system browser.
 * PwaPrompts.svelte renders it; nothing reloads while a form holds unsaved input (dirtyForms).
 */
import { dirtyForms } from '$lib/state/dirty.svelte';
import { registerServiceWorker, type SwCallbacks, type SwHandle } from './sw-bridge';

/** localStorage keys: each prompt is offered once per device. */
export const STORAGE_KEYS = {
  offlineReadyShown: 'zr.pwa.offlineReadyShown',
  weChatBannerShown: 'zr.pwa.weChatBannerShown'
} as const;

/** How long the "ready offline" toast stays (it has no button and lets taps through). */
const TOAST_MS = 6000;

/** True in WeChat's built-in browser, where offline storage and "add to home screen" are unreliable. */
export function isWeChatBrowser(userAgent: string): boolean {
  return /MicroMessenger/i.test(userAgent);
}

export interface PwaDeps {
  register: (callbacks: SwCallbacks) => Promise<SwHandle | null>;
  storage: () => Pick<Storage, 'getItem' | 'setItem'> | undefined;
  userAgent: () => string;
  isDirty: () => boolean;
}

const browserDeps: PwaDeps = {
  register: registerServiceWorker,
  storage: () => {
    try {
      return globalThis.localStorage;
    } catch {
      return undefined; // storage blocked: prompts may show again next visit, which is harmless
    }
  },
  userAgent: () => globalThis.navigator?.userAgent ?? '',
  isDirty: () => dirtyForms.any
};

export class PwaState {
  #deps: PwaDeps;
  #started = false;
  #handle: SwHandle | null = null;
  #toastTimer: ReturnType<typeof setTimeout> | undefined;

  #offlineReady = $state(false);
  #updateAvailable = $state(false);
  #triedUpdateWhileDirty = $state(false);
  #weChatBanner = $state(false);

  constructor(deps: PwaDeps = browserDeps) {
    this.#deps = deps;
  }

  /** The "ready to use offline" toast is showing (at most once per device). */
  get offlineReady(): boolean {
    return this.#offlineReady;
  }

  /** A new version is ready and waits for the user to agree. */
  get updateAvailable(): boolean {
    return this.#updateAvailable;
  }

  /** The user asked to update while a form holds unsaved input: ask them to save or discard it first. */
  get updateBlocked(): boolean {
    return this.#updateAvailable && this.#triedUpdateWhileDirty && this.#deps.isDirty();
  }

  /** The "open in the system browser" banner for WeChat is showing (at most once per device). */
  get weChatBanner(): boolean {
    return this.#weChatBanner;
  }

  /** Registers the service worker and decides on the WeChat banner. Call once on mount; later calls do nothing. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    if (isWeChatBrowser(this.#deps.userAgent()) && this.#showOnce(STORAGE_KEYS.weChatBannerShown)) {
      this.#weChatBanner = true;
    }
    this.#handle = await this.#deps.register({
      onOfflineReady: () => this.#onOfflineReady(),
      onUpdateAvailable: () => {
        this.#updateAvailable = true;
      }
    });
  }

  /** Reloads into the new version, unless a form holds unsaved input (then updateBlocked turns true). */
  applyUpdate(): void {
    if (this.#deps.isDirty()) {
      this.#triedUpdateWhileDirty = true;
      return;
    }
    this.#triedUpdateWhileDirty = false;
    this.#handle?.applyUpdate();
  }

  /** Hides the update bar until the next visit; the new version then starts by itself once all tabs are closed. */
  dismissUpdate(): void {
    this.#updateAvailable = false;
    this.#triedUpdateWhileDirty = false;
  }

  dismissOfflineReady(): void {
    clearTimeout(this.#toastTimer);
    this.#offlineReady = false;
  }

  dismissWeChat(): void {
    this.#weChatBanner = false;
  }

  #onOfflineReady(): void {
    if (!this.#showOnce(STORAGE_KEYS.offlineReadyShown)) return;
    this.#offlineReady = true;
    this.#toastTimer = setTimeout(() => this.dismissOfflineReady(), TOAST_MS);
  }

  /** True the first time for `key` on this device, and remembers it. */
  #showOnce(key: string): boolean {
    const storage = this.#deps.storage();
    try {
      if (storage?.getItem(key)) return false;
      storage?.setItem(key, String(Date.now()));
    } catch {
      // Quota or privacy mode: show it this time anyway.
    }
    return true;
  }
}

/** The app's one instance. */
export const pwa = new PwaState();
