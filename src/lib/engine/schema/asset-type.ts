/** The kinds of IP an enterprise can bring. Software copyright is a kind of its own beside other copyright. */
export const ASSET_TYPES = [
  'invention',
  'utility',
  'design',
  'trademark',
  'copyright',
  'software',
  'gi',
  'ic_layout'
] as const;

export type AssetType = (typeof ASSET_TYPES)[number];

export const PATENT_TYPES = ['invention', 'utility', 'design'] as const satisfies readonly AssetType[];

export function isPatentType(t: AssetType): t is (typeof PATENT_TYPES)[number] {
  return (PATENT_TYPES as readonly AssetType[]).includes(t);
}
