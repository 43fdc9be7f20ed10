import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOAST_MS, toasts } from './toast.svelte';

const key = (k: string) => ({ key: k });

describe('toasts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    toasts.dismiss();
    toasts.dismiss();
    vi.useRealTimers();
  });

  it('a toast about what the user did replaces the one showing', () => {
    toasts.show(key('a'));
    toasts.show(key('b'));
    expect(toasts.current?.message).toEqual(key('b'));
  });

  it('a notice waits for an undo toast instead of taking its button away, then shows for its own time', () => {
    const undo = { key: 'undo', run: () => {} };
    toasts.show(key('home.deleted'), { action: undo });
    toasts.notice(key('pwa.offlineReady'), { detail: key('pwa.offlineReadyDetail') });
    expect(toasts.current?.message).toEqual(key('home.deleted'));
    expect(toasts.current?.action).toBe(undo);

    vi.advanceTimersByTime(TOAST_MS.action - 1);
    expect(toasts.current?.message).toEqual(key('home.deleted'));
    vi.advanceTimersByTime(1);
    expect(toasts.current?.message).toEqual(key('pwa.offlineReady'));
    expect(toasts.current?.detail).toEqual(key('pwa.offlineReadyDetail'));

    vi.advanceTimersByTime(TOAST_MS.info);
    expect(toasts.current).toBeNull();
  });

  it('a notice shows at once when nothing else is showing', () => {
    toasts.notice(key('pwa.offlineReady'));
    expect(toasts.current?.message).toEqual(key('pwa.offlineReady'));
  });

  it('a notice still waits when the user acts again, and shows once that toast is closed', () => {
    toasts.show(key('backup.imported'));
    toasts.notice(key('pwa.offlineReady'));
    toasts.show(key('backup.undone'));
    expect(toasts.current?.message).toEqual(key('backup.undone'));
    toasts.dismiss(toasts.current!.id);
    expect(toasts.current?.message).toEqual(key('pwa.offlineReady'));
  });
});
