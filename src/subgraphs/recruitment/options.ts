import { DEFAULT_CANDIDATE_WEIGHTS, type CandidateWeights } from '../../domain/candidate-ranking.js';
import { DEFAULT_GAP_OPTIONS, type GapOptions } from '../../domain/chain-gaps.js';
import { badUserInput } from '../../graphql/errors.js';
import type { GapOptions as GapOptionsInput } from './generated/resolvers-types.js';

export interface AnalysisOptions {
  gap: GapOptions;
  weights: CandidateWeights;
}

/** Fills in the defaults of docs/domain.md and refuses values out of range, naming every one (BAD_USER_INPUT). */
export function analysisOptions(input: GapOptionsInput | null | undefined): AnalysisOptions {
  const gap: GapOptions = {
    minEnterprises: input?.minEnterprises ?? DEFAULT_GAP_OPTIONS.minEnterprises,
    maxExternalDependency: input?.maxExternalDependency ?? DEFAULT_GAP_OPTIONS.maxExternalDependency,
    maxExtendDistance: input?.maxExtendDistance ?? DEFAULT_GAP_OPTIONS.maxExtendDistance,
    requireLeading: input?.requireLeading ?? DEFAULT_GAP_OPTIONS.requireLeading,
  };
  const weights: CandidateWeights = {
    ties: input?.weights?.ties ?? DEFAULT_CANDIDATE_WEIGHTS.ties,
    scale: input?.weights?.scale ?? DEFAULT_CANDIDATE_WEIGHTS.scale,
    stature: input?.weights?.stature ?? DEFAULT_CANDIDATE_WEIGHTS.stature,
    fit: input?.weights?.fit ?? DEFAULT_CANDIDATE_WEIGHTS.fit,
  };
  const problems = [
    outOfRange('minEnterprises', gap.minEnterprises, 1, 10_000),
    outOfRange('maxExternalDependency', gap.maxExternalDependency, 0, 1),
    outOfRange('maxExtendDistance', gap.maxExtendDistance, 0, 20),
    ...Object.entries(weights).map(([name, weight]) => outOfRange(`weights.${name}`, weight, 0, 1)),
    Object.values(weights).every((weight) => weight === 0) ? 'weights must not all be 0' : undefined,
  ].filter((problem): problem is string => problem !== undefined);
  if (problems.length > 0) throw badUserInput(`options: ${problems.join('; ')}.`, { argumentName: 'options' });
  return { gap, weights };
}

function outOfRange(name: string, value: number, min: number, max: number): string | undefined {
  return Number.isFinite(value) && value >= min && value <= max ? undefined : `${name} must be between ${min} and ${max}, got ${value}`;
}
