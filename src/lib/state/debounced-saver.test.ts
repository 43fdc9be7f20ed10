import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const dirty = vi.hoisted(() => ({ set: vi.fn() }));
const shown = vi.hoisted(() => ({ show: vi.fn() }));
vi.mock('./dirty.svelte', () => ({ dirtyForms: dirty }));
vi.mock('./toast.svelte', () => ({ toasts: shown }));
vi.mock('./data', () => ({
  data: { errorMessage: (err: unknown) => ({ key: 'errors.storage', values: { why: String(err) } }) }
}));

const { DebouncedSaver, SAVE_DELAY_MS } = await import('./debounced-saver.svelte');

beforeEach(() => {
  vi.useFakeTimers();
  vi.clearAllMocks();
});
afterEach(() => vi.useRealTimers());

describe('DebouncedSaver', () => {
  it('saves once, the last edit, a pause after the last edit', async () => {
    const saver = new DebouncedSaver('form');
    const save = vi.fn((_which: string) => Promise.resolve());
    saver.schedule('a', () => save('first'));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    saver.schedule('a', () => save('second'));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    expect(save).not.toHaveBeenCalled();
    expect(saver.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('second');
    expect(saver.state).toBe('saved');
  });

  it('keeps one save per key: two keys are both saved', async () => {
    const saver = new DebouncedSaver('form');
    const saved: string[] = [];
    saver.schedule('asset:1', async () => void saved.push('asset:1'));
    saver.schedule('enterprise', async () => void saved.push('enterprise'));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(saved.sort()).toEqual(['asset:1', 'enterprise']);
  });

  it('marks the form dirty while a save waits, and clean once it has run', async () => {
    const saver = new DebouncedSaver('valuation');
    saver.schedule('a', () => Promise.resolve());
    expect(dirty.set).toHaveBeenLastCalledWith('valuation', true);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(dirty.set).toHaveBeenLastCalledWith('valuation', false);
  });

  it('stays pending (and dirty) while another key still waits', async () => {
    const saver = new DebouncedSaver('form');
    saver.schedule('a', () => Promise.resolve());
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS / 2);
    saver.schedule('b', () => Promise.resolve());
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS / 2);
    expect(saver.state).toBe('pending');
    expect(dirty.set).not.toHaveBeenCalledWith('form', false);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS / 2);
    expect(saver.state).toBe('saved');
  });

  it('flush saves everything waiting at once, and nothing again after the pause', async () => {
    const saver = new DebouncedSaver('form');
    const save = vi.fn(() => Promise.resolve());
    saver.schedule('a', save);
    saver.schedule('b', save);
    saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('a failed save says why in a toast and leaves the state "error"', async () => {
    const saver = new DebouncedSaver('form');
    saver.schedule('a', () => Promise.reject(new Error('quota')));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(shown.show).toHaveBeenCalledWith(
      { key: 'errors.storage', values: { why: 'Error: quota' } },
      { tone: 'error' }
    );
    expect(saver.state).toBe('error');
  });

  it('starts idle, and a flush with nothing waiting saves nothing', () => {
    const saver = new DebouncedSaver('form');
    saver.flush();
    expect(saver.state).toBe('idle');
    expect(dirty.set).not.toHaveBeenCalled();
  });
});
