// Placeholder: the identifier validators are being written (see issue 2). Signatures are final.
import type { AssetType } from '../schema/asset-type';

export type IdErrorCode = 'empty' | 'format' | 'checksum' | 'type_mismatch' | 'year';
export type IdCheck = { ok: true; normalized: string } | { ok: false; code: IdErrorCode };

export function validateUscc(raw: string): IdCheck {
  const s = raw.trim().toUpperCase();
  return s ? { ok: true, normalized: s } : { ok: false, code: 'empty' };
}

export function validateAssetIdentifier(type: AssetType, raw: string): IdCheck {
  void type;
  const s = raw.trim();
  return s ? { ok: true, normalized: s } : { ok: false, code: 'empty' };
}
