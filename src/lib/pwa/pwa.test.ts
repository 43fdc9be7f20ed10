import { describe, expect, test, vi } from 'vitest';
import type { SwCallbacks, SwHandle } from './sw-bridge';
import { isWeChatBrowser, PwaState, STORAGE_KEYS, type PwaDeps } from './pwa.svelte';

const WECHAT_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';
const CHROME_UA =
  'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

/** A PwaState wired to a fake service worker whose lifecycle the test drives. */
function setup(overrides: Partial<PwaDeps> = {}) {
  let callbacks: SwCallbacks | undefined;
  const handle: SwHandle = { applyUpdate: vi.fn() };
  let isDirty = false;
  const storage = memoryStorage();
  const state = new PwaState({
    register: async (cb) => {
      callbacks = cb;
      return handle;
    },
    storage: () => storage,
    userAgent: () => CHROME_UA,
    isDirty: () => isDirty,
    ...overrides
  });
  return {
    state,
    handle,
    storage,
    sw: (): SwCallbacks => {
      if (!callbacks) throw new Error('start() was not called');
      return callbacks;
    },
    setDirty: (v: boolean) => (isDirty = v)
  };
}

describe('isWeChatBrowser', () => {
  test('recognises WeChat and nothing else', () => {
    expect(isWeChatBrowser(WECHAT_UA)).toBe(true);
    expect(isWeChatBrowser(CHROME_UA)).toBe(false);
    expect(isWeChatBrowser('')).toBe(false);
  });
});

describe('PwaState', () => {
  test('"ready offline" shows once per device', async () => {
    const { state, storage, sw } = setup();
    await state.start();
    expect(state.offlineReady).toBe(false);
    sw().onOfflineReady();
    expect(state.offlineReady).toBe(true);
    expect(storage.getItem(STORAGE_KEYS.offlineReadyShown)).not.toBeNull();
    state.dismissOfflineReady();

    const again = new PwaState({
      ...setupDeps(storage),
      register: async (cb) => (cb.onOfflineReady(), null)
    });
    await again.start();
    expect(again.offlineReady).toBe(false);
  });

  test('the update reloads through the worker when no form is dirty', async () => {
    const { state, handle, sw } = setup();
    await state.start();
    sw().onUpdateAvailable();
    expect(state.updateAvailable).toBe(true);
    state.applyUpdate();
    expect(handle.applyUpdate).toHaveBeenCalledOnce();
  });

  test('a dirty form blocks the update until it is saved or discarded', async () => {
    const { state, handle, sw, setDirty } = setup();
    await state.start();
    sw().onUpdateAvailable();
    setDirty(true);
    state.applyUpdate();
    expect(handle.applyUpdate).not.toHaveBeenCalled();
    expect(state.updateBlocked).toBe(true);

    setDirty(false);
    expect(state.updateBlocked).toBe(false);
    state.applyUpdate();
    expect(handle.applyUpdate).toHaveBeenCalledOnce();
  });

  test('"later" hides the update bar', async () => {
    const { state, sw } = setup();
    await state.start();
    sw().onUpdateAvailable();
    state.dismissUpdate();
    expect(state.updateAvailable).toBe(false);
  });

  test('the WeChat banner shows once, only in WeChat', async () => {
    const storage = memoryStorage();
    const first = setup({ userAgent: () => WECHAT_UA, storage: () => storage }).state;
    await first.start();
    expect(first.weChatBanner).toBe(true);
    first.dismissWeChat();
    expect(first.weChatBanner).toBe(false);

    const second = setup({ userAgent: () => WECHAT_UA, storage: () => storage }).state;
    await second.start();
    expect(second.weChatBanner).toBe(false);

    const chrome = setup().state;
    await chrome.start();
    expect(chrome.weChatBanner).toBe(false);
  });

  test('without a service worker (dev, old browser) nothing breaks and start() runs once', async () => {
    const register = vi.fn(async () => null);
    const { state } = setup({ register });
    await state.start();
    await state.start();
    expect(register).toHaveBeenCalledOnce();
    state.applyUpdate();
    expect(state.updateAvailable).toBe(false);
  });

  test('blocked storage still works (the prompt may repeat next visit)', async () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined
    };
    const { state, sw } = setup({ storage: () => throwing });
    await state.start();
    sw().onOfflineReady();
    expect(state.offlineReady).toBe(true);
  });
});

function setupDeps(storage: Pick<Storage, 'getItem' | 'setItem'>): PwaDeps {
  return {
    register: async () => null,
    storage: () => storage,
    userAgent: () => CHROME_UA,
    isDirty: () => false
  };
}
