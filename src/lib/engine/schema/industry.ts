/** Industry buckets; they pick the default royalty rates in valuation (facts.md §1.3). */
export const INDUSTRIES = [
  'basic',
  'intermediate',
  'durable_consumer',
  'consumer',
  'high_tech',
  'software',
  'biomed',
  'agri_food',
  'culture',
  'services',
  'other'
] as const;
export type Industry = (typeof INDUSTRIES)[number];
