import { describe, expect, it } from 'vitest';
import { decodeBackupBytes } from './backup-decode';

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

// GBK (GB2312 rows) by hand from the GB2312 code table: 中 = row 54 col 48 → D6 D0; 文 = row 46 col 36 → CE C4;
// 知 = row 54 col 10 → D6 AA; 融 = row 40 col 58 → C8 DA (byte = 0xA0 + row / 0xA0 + column).
const GBK_ZHONG_WEN = [0xd6, 0xd0, 0xce, 0xc4];
const GBK_ZHI_RONG = [0xd6, 0xaa, 0xc8, 0xda];

/** `{"name":"中文知融"}` as Notepad's "Save as ANSI" writes it on Chinese Windows. */
const gbkFile = new Uint8Array([...ascii('{"name":"'), ...GBK_ZHONG_WEN, ...GBK_ZHI_RONG, ...ascii('"}')]);

describe('decodeBackupBytes', () => {
  it('the GBK fixture really is GBK (checked with an independent decoder)', () => {
    expect(new TextDecoder('gbk').decode(gbkFile)).toBe('{"name":"中文知融"}');
  });

  it('refuses GBK bytes instead of turning names into U+FFFD', () => {
    expect(decodeBackupBytes(gbkFile)).toEqual({ ok: false, key: 'backupFile.not_utf8' });
    // A single stray byte is enough: 0xFF never occurs in UTF-8.
    expect(decodeBackupBytes(new Uint8Array([...ascii('{"a":"'), 0xff, ...ascii('"}')]))).toEqual({
      ok: false,
      key: 'backupFile.not_utf8'
    });
    // A UTF-8 sequence cut in the middle (中 = E4 B8 AD, last byte missing).
    expect(decodeBackupBytes(new Uint8Array([0x22, 0xe4, 0xb8]))).toEqual({
      ok: false,
      key: 'backupFile.not_utf8'
    });
  });

  it('decodes UTF-8, with or without a byte-order mark', () => {
    // 中 = U+4E2D = 0100 1110 0010 1101 → 1110 0100, 10 111000, 10 101101 = E4 B8 AD; 文 = U+6587 → E6 96 87.
    const utf8 = [...ascii('{"name":"'), 0xe4, 0xb8, 0xad, 0xe6, 0x96, 0x87, ...ascii('"}')];
    expect(decodeBackupBytes(new Uint8Array(utf8))).toEqual({ ok: true, text: '{"name":"中文"}' });
    expect(decodeBackupBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      ok: true,
      text: '{"name":"中文"}'
    });
    // 𠀀 (U+20000, outside the BMP) = F0 A0 80 80.
    expect(decodeBackupBytes(new Uint8Array([0xf0, 0xa0, 0x80, 0x80]))).toEqual({ ok: true, text: '𠀀' });
    expect(decodeBackupBytes(new Uint8Array([]))).toEqual({ ok: true, text: '' });
  });

  it('decodes UTF-16 with a byte-order mark (Notepad "Unicode"), strictly', () => {
    // 中 = U+4E2D: little endian 2D 4E, big endian 4E 2D.
    expect(decodeBackupBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x2d, 0x4e, 0x7d, 0x00]))).toEqual({
      ok: true,
      text: '{中}'
    });
    expect(decodeBackupBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x7b, 0x4e, 0x2d, 0x00, 0x7d]))).toEqual({
      ok: true,
      text: '{中}'
    });
    // An odd number of bytes, or a lone high surrogate D800, is not UTF-16.
    expect(decodeBackupBytes(new Uint8Array([0xff, 0xfe, 0x7b]))).toEqual({
      ok: false,
      key: 'backupFile.not_utf16'
    });
    expect(decodeBackupBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x7b, 0x00]))).toEqual({
      ok: false,
      key: 'backupFile.not_utf16'
    });
  });
});
