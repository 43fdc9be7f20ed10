import { describe, expect, it } from 'vitest';
import {
  addChunk,
  assembleChunks,
  crc32,
  encodeHandover,
  missingChunks,
  parseChunk,
  type ChunkSet
} from './qr-chunks';

/** A backup-like JSON of `n` assets with text that does not compress to nothing (varied digits). */
function backupJson(id: string, n: number): string {
  const assets = Array.from({ length: n }, (_, i) => ({
    id: `${id}-a${i}`,
    title: `一种数据压缩方法 ${i * 7919}`,
    identifier: `2018${String(i * 104729).padStart(8, '0')}.3`,
    notes: `备注 ${(i * 2654435761) % 1000003}`
  }));
  return JSON.stringify({ app: 'zhirong', enterprises: [{ id, name: '知融科技' }], assets }, null, 2);
}

function collect(texts: string[]): ChunkSet {
  let set: ChunkSet | null = null;
  for (const t of texts) {
    const r = addChunk(set, t);
    if (!r.ok) throw new Error(r.code);
    set = r.set;
  }
  if (!set) throw new Error('empty');
  return set;
}

describe('QR hand-over chunks', () => {
  it('CRC-32 matches the published check value', () => {
    // The standard check value of CRC-32/ISO-HDLC for "123456789" is CBF43926.
    expect(crc32('123456789')).toBe('cbf43926');
  });

  it('a small enterprise fits one code and comes back byte for byte', async () => {
    const json = backupJson('ent-small', 1);
    const texts = await encodeHandover(json, 'ent-small');
    expect(texts).toHaveLength(1);
    expect(texts[0]?.startsWith('ZR1|ent-small|1/1|')).toBe(true);
    const out = await assembleChunks(collect(texts));
    expect(out).toEqual({ ok: true, json });
  });

  it('a large enterprise is a numbered sequence, read back in any order', async () => {
    const json = backupJson('ent-big', 200);
    const texts = await encodeHandover(json, 'ent-big');
    expect(texts.length).toBeGreaterThan(2);
    texts.forEach((t, i) => expect(parseChunk(t)).toMatchObject({ index: i + 1, total: texts.length }));
    // Compressed: fewer characters than the JSON (base64 adds a third, deflate removes far more here).
    const dataChars = texts.reduce((s, t) => s + (parseChunk(t)?.data.length ?? 0), 0);
    expect(dataChars).toBeLessThan(json.length);
    const shuffled = [...texts].reverse();
    shuffled.push(texts[0] as string); // a code scanned twice is ignored
    const out = await assembleChunks(collect(shuffled));
    expect(out).toEqual({ ok: true, json });
  });

  it('says which chunk is missing', async () => {
    const texts = await encodeHandover(backupJson('ent-big', 200), 'ent-big', 500);
    const withoutSecond = texts.filter((_, i) => i !== 1);
    const set = collect(withoutSecond);
    expect(missingChunks(set)).toEqual([2]);
    expect(await assembleChunks(set)).toEqual({ ok: false, code: 'missing', missing: [2] });
  });

  it('refuses a chunk of another enterprise and of another hand-over, and keeps what it had', async () => {
    const a = await encodeHandover(backupJson('ent-a', 100), 'ent-a', 500);
    const b = await encodeHandover(backupJson('ent-b', 100), 'ent-b', 500);
    const a2 = await encodeHandover(backupJson('ent-a', 101), 'ent-a', 500);
    const set = collect([a[0] as string]);
    expect(addChunk(set, b[1] as string)).toEqual({ ok: false, code: 'other_enterprise' });
    expect(addChunk(set, a2[1] as string)).toEqual({ ok: false, code: 'other_handover' });
    expect(addChunk(set, 'https://example.com')).toEqual({ ok: false, code: 'not_ours' });
    expect(set.pieces.size).toBe(1);
  });

  it('refuses a damaged chunk by its checksum', async () => {
    const texts = await encodeHandover(backupJson('ent-a', 100), 'ent-a', 500);
    const set = collect(texts);
    const first = set.pieces.get(1) as string;
    set.pieces.set(1, (first[0] === 'A' ? 'B' : 'A') + first.slice(1));
    expect(await assembleChunks(set)).toEqual({ ok: false, code: 'checksum' });
  });
});
