/**
 * One enterprise's backup as a numbered sequence of QR texts, and back: a hand-over without a network.
 * The backup's JSON is compressed (deflate-raw, CompressionStream: browsers and Node 20), base64-encoded and cut into
 * pieces of at most CHUNK_CHARS characters, each with a header:
 *
 *   ZR1|<enterprise id>|<index>/<total>|<checksum>|<piece>
 *
 * The checksum is the CRC-32 (hex) of the whole base64 text, the same in every piece: pieces of two different
 * hand-overs of one enterprise cannot be mixed, and the joined text is checked before it is decompressed. The
 * result is only a backup file's text: the importer validates it like any file (parseBackup) before anything is
 * written.
 */

export const QR_PREFIX = 'ZR1';
/** Base64 characters per QR code: version ~19 at error correction M (93 modules), easy to scan from a phone screen. */
export const CHUNK_CHARS = 600;

export interface Chunk {
  enterpriseId: string;
  index: number;
  total: number;
  checksum: string;
  data: string;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE 802.3, as zip and PNG use) of a string's UTF-8 bytes, 8 hex digits. */
export function crc32(text: string): string {
  let c = 0xffffffff;
  for (const b of new TextEncoder().encode(text)) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return ((c ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The QR texts for one enterprise's backup JSON, in order. */
export async function encodeHandover(
  json: string,
  enterpriseId: string,
  chunkChars = CHUNK_CHARS
): Promise<string[]> {
  const packed = toBase64(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
  const checksum = crc32(packed);
  const total = Math.max(1, Math.ceil(packed.length / chunkChars));
  return Array.from(
    { length: total },
    (_, i) =>
      `${QR_PREFIX}|${enterpriseId}|${i + 1}/${total}|${checksum}|${packed.slice(i * chunkChars, (i + 1) * chunkChars)}`
  );
}

/** A scanned text as a chunk, or null when it is not one of ours (another app's QR code, a damaged text). */
export function parseChunk(text: string): Chunk | null {
  const m = /^ZR1\|([^|]{1,100})\|(\d{1,4})\/(\d{1,4})\|([0-9a-f]{8})\|([A-Za-z0-9+/=]*)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[2]);
  const total = Number(m[3]);
  if (index < 1 || index > total) return null;
  return { enterpriseId: m[1] as string, index, total, checksum: m[4] as string, data: m[5] as string };
}

/** The chunks scanned so far (all of one hand-over: same enterprise, total and checksum). */
export interface ChunkSet {
  enterpriseId: string;
  total: number;
  checksum: string;
  pieces: Map<number, string>;
}

export type AddOutcome =
  | { ok: true; set: ChunkSet; added: boolean }
  | { ok: false; code: 'not_ours' | 'other_enterprise' | 'other_handover' };

/**
 * Adds one scanned text to the set (any order; a repeat is ignored). A chunk of another enterprise, or of another
 * hand-over of the same one, is refused and the set stays as it was.
 */
export function addChunk(set: ChunkSet | null, text: string): AddOutcome {
  const c = parseChunk(text);
  if (!c) return { ok: false, code: 'not_ours' };
  if (!set) {
    const pieces = new Map([[c.index, c.data]]);
    return {
      ok: true,
      set: { enterpriseId: c.enterpriseId, total: c.total, checksum: c.checksum, pieces },
      added: true
    };
  }
  if (c.enterpriseId !== set.enterpriseId) return { ok: false, code: 'other_enterprise' };
  if (c.total !== set.total || c.checksum !== set.checksum) return { ok: false, code: 'other_handover' };
  if (set.pieces.has(c.index)) return { ok: true, set, added: false };
  const pieces = new Map(set.pieces);
  pieces.set(c.index, c.data);
  return { ok: true, set: { ...set, pieces }, added: true };
}

/** The numbers (1-based) of the chunks still missing, in order. */
export function missingChunks(set: ChunkSet): number[] {
  const out: number[] = [];
  for (let i = 1; i <= set.total; i++) if (!set.pieces.has(i)) out.push(i);
  return out;
}

export type AssembleOutcome =
  | { ok: true; json: string }
  | { ok: false; code: 'missing'; missing: number[] }
  | { ok: false; code: 'checksum' | 'corrupt' };

/** The backup JSON once every chunk is there and the checksum matches. */
export async function assembleChunks(set: ChunkSet): Promise<AssembleOutcome> {
  const missing = missingChunks(set);
  if (missing.length) return { ok: false, code: 'missing', missing };
  let packed = '';
  for (let i = 1; i <= set.total; i++) packed += set.pieces.get(i);
  if (crc32(packed) !== set.checksum) return { ok: false, code: 'checksum' };
  try {
    const bytes = await pipe(fromBase64(packed), new DecompressionStream('deflate-raw'));
    return { ok: true, json: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, code: 'corrupt' };
  }
}
