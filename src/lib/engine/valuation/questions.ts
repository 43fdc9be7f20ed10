/**
 * The owner's quality questions, in the spirit of GB/T 42748-2023 (法律 / 技术 / 经济价值度; facts.md §1.1). Each is
 * answered on a 5-level scale (1 = weakest, 5 = strongest); the text is `valuation.quality.q.<id>.{label,low,high}`.
 */
export const QUALITY_DIMENSIONS = ['legal', 'technical', 'economic'] as const;
export type QualityDimension = (typeof QUALITY_DIMENSIONS)[number];

export const QUALITY_QUESTIONS = {
  /** 稳定性: has the right been examined, searched or survived an invalidation? */
  stability: 'legal',
  /** 不可规避性: how hard is it for a competitor to design around it? */
  design_around: 'legal',
  /** 侵权可判定性: can you tell whether a rival's product uses it? */
  detectability: 'legal',
  /** 保护范围 / 多国申请: family, foreign filings, Nice classes covered */
  coverage: 'legal',
  /** 先进性 */
  advancement: 'technical',
  /** 成熟度: from lab to mass production */
  maturity: 'technical',
  /** 可替代性: are there substitutes? (5 = none) */
  substitutability: 'technical',
  /** 适用范围 */
  scope: 'technical',
  /** 市场应用: is it used in your main products? */
  market_application: 'economic',
  /** 市场规模前景 */
  market_size: 'economic',
  /** 市场占有率 */
  market_share: 'economic',
  /** 竞争情况 (5 = little competition) */
  competition: 'economic',
  /** 政策适应性 */
  policy_fit: 'economic'
} as const satisfies Record<string, QualityDimension>;

export type QualityQuestionId = keyof typeof QUALITY_QUESTIONS;
export const QUALITY_QUESTION_IDS = Object.keys(QUALITY_QUESTIONS) as [
  QualityQuestionId,
  ...QualityQuestionId[]
];
