/**
 * Quality index in the spirit of GB/T 42748-2023 (facts.md §1.1, §9.5): each 5-level answer maps to 0-100
 * ((a − 1) / 4 × 100), a dimension is the mean of its answers (50, neutral, when none is answered), and
 *   Q = w_L·L + w_T·T + w_E·E.
 * Q moves the discount rate's risk premium: adjustment = (50 − Q) / 50 × max premium, so Q = 100 lowers the rate by
 * the max premium, Q = 0 raises it by as much, and an unanswered questionnaire leaves it unchanged.
 */
import type { QualityWeights } from '../policy/valuation-defaults';
import {
  QUALITY_DIMENSIONS,
  QUALITY_QUESTIONS,
  type QualityDimension,
  type QualityQuestionId
} from './questions';
import type { QualityResult } from './types';

export type QualityAnswers = Partial<Record<QualityQuestionId, number>>;

const NEUTRAL = 50;

/** 0-100 score of one answer on the 1-5 scale. */
export function answerScore(answer: number): number {
  return ((answer - 1) / 4) * 100;
}

// The questions of each dimension, in the questionnaire's order (the order the mean adds them in).
const BY_DIMENSION = Object.fromEntries(
  QUALITY_DIMENSIONS.map((d) => [
    d,
    (Object.keys(QUALITY_QUESTIONS) as QualityQuestionId[]).filter((q) => QUALITY_QUESTIONS[q] === d)
  ])
) as unknown as Record<QualityDimension, readonly QualityQuestionId[]>;

function dimensionScore(answers: QualityAnswers, dim: QualityDimension): { score: number; answered: number } {
  let sum = 0;
  let answered = 0;
  for (const q of BY_DIMENSION[dim]) {
    const a = answers[q];
    if (a === undefined) continue;
    sum += answerScore(a);
    answered++;
  }
  if (answered === 0) return { score: NEUTRAL, answered: 0 };
  return { score: sum / answered, answered };
}

/** Scores, index and the discount-rate adjustment it implies. */
export function qualityIndex(
  answers: QualityAnswers,
  weights: QualityWeights,
  maxPremium: number
): QualityResult {
  const per = {
    legal: dimensionScore(answers, 'legal'),
    technical: dimensionScore(answers, 'technical'),
    economic: dimensionScore(answers, 'economic')
  };
  const scores = { legal: per.legal.score, technical: per.technical.score, economic: per.economic.score };
  const answered = {
    legal: per.legal.answered,
    technical: per.technical.answered,
    economic: per.economic.answered
  };
  const index =
    weights.legal * scores.legal + weights.technical * scores.technical + weights.economic * scores.economic;
  return { scores, answered, weights, index, discountAdjustment: ((NEUTRAL - index) / NEUTRAL) * maxPremium };
}
