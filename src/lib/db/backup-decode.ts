/**
 * Turns a backup file's bytes into text, refusing what is not Unicode. A backup re-saved as "ANSI" on Chinese
 * Windows is GBK: decoding it as UTF-8 with replacement would turn every enterprise name into U+FFFD, so any byte
 * sequence that is not valid UTF-8 is refused instead, before anything is parsed or written.
 *
 * A UTF-8 byte-order mark is allowed (Notepad's "UTF-8 with BOM"). A UTF-16 byte-order mark (Notepad's "Unicode"
 * and "Unicode big endian") is decoded as UTF-16, also strictly: that text is Unicode, nothing is lost.
 */

/** The decoded text, or the i18n key of the reason it was refused. */
export type DecodeResult = { ok: true; text: string } | { ok: false; key: string };

function decodeStrict(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM false (the default): the decoder drops a byte-order mark of its own encoding.
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined; // undecodable bytes (TypeError), or an encoding this runtime lacks (RangeError)
  }
}

/** Decodes a backup file's bytes: strict UTF-8 (BOM allowed), or strict UTF-16 when the file starts with its BOM. */
export function decodeBackupBytes(bytes: Uint8Array): DecodeResult {
  const utf16 =
    bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (utf16) {
    const text = decodeStrict(utf16, bytes);
    return text === undefined ? { ok: false, key: 'backupFile.not_utf16' } : { ok: true, text };
  }
  const text = decodeStrict('utf-8', bytes);
  return text === undefined ? { ok: false, key: 'backupFile.not_utf8' } : { ok: true, text };
}
