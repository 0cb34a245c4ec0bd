/**
 * The ranking of recruitment candidates of docs/domain.md as a pure function over plain data: for one gap, the outside
 * firms operating in its link, scored in [0, 1] with the reasons behind the score (推荐理由).
 */
import { reason, type Reason } from './reasons.js';

export interface CandidateWeights {
  ties: number;
  scale: number;
  stature: number;
  fit: number;
}

export const DEFAULT_CANDIDATE_WEIGHTS: CandidateWeights = { ties: 0.4, scale: 0.25, stature: 0.2, fit: 0.15 };

export interface CandidateFacts {
  enterpriseId: string;
  revenue: number | null;
  leading: boolean;
  listed: boolean;
  /** Annual value the firm already supplies to local firms, in any link. */
  annualValueToLocalFirms: number;
  localCustomerCount: number;
  /** The links the firm operates in, in any chain, and how many of them are present in the region. */
  linkCount: number;
  presentLinkCount: number;
}

export interface ScoreComponents {
  ties: number;
  scale: number;
  stature: number;
  fit: number;
}

export interface RankedCandidate<Facts extends CandidateFacts = CandidateFacts> {
  enterpriseId: string;
  score: number;
  components: ScoreComponents;
  annualValueToLocalFirms: number;
  reasons: Reason[];
  /** The facts it was ranked on, as given (with whatever else the caller keeps in them). */
  facts: Facts;
}

/**
 * Scores every candidate against the others of the same gap and orders them best first, equal scores by id; returns
 * the best `first` (all by default) with their reasons. The score is the weighted mean of the components; with the
 * default weights (summing to 1) it is exactly 0.4·ties + 0.25·scale + 0.2·stature + 0.15·fit.
 * A national link has thousands of candidates and a page shows a few: scores go in a typed array and only the best
 * `first` are kept while scanning, so a request allocates for the candidates it returns, not for all of them.
 */
export function rankCandidates<Facts extends CandidateFacts>(
  candidates: readonly Facts[],
  weights: CandidateWeights = DEFAULT_CANDIDATE_WEIGHTS,
  first = Infinity,
): RankedCandidate<Facts>[] {
  // A loop, not Math.max(...list): a national link has more candidates than a call may have arguments.
  let maxTies = 0;
  let maxScale = 0;
  const scales = new Float64Array(candidates.length);
  candidates.forEach((candidate, index) => {
    scales[index] = logScale(candidate.revenue);
    maxTies = Math.max(maxTies, candidate.annualValueToLocalFirms);
    maxScale = Math.max(maxScale, scales[index]!);
  });
  const weightSum = weights.ties + weights.scale + weights.stature + weights.fit;
  const componentsOf = (index: number): ScoreComponents => {
    const candidate = candidates[index]!;
    return {
      ties: maxTies > 0 ? candidate.annualValueToLocalFirms / maxTies : 0,
      scale: maxScale > 0 ? scales[index]! / maxScale : 0,
      stature: candidate.leading ? 1 : candidate.listed ? 0.5 : 0,
      fit: candidate.linkCount > 0 ? candidate.presentLinkCount / candidate.linkCount : 0,
    };
  };
  const scoreOf = (c: ScoreComponents) =>
    (weights.ties * c.ties + weights.scale * c.scale + weights.stature * c.stature + weights.fit * c.fit) / weightSum;

  const scores = new Float64Array(candidates.length);
  candidates.forEach((_, index) => (scores[index] = scoreOf(componentsOf(index))));
  const before = (a: number, b: number) => scores[b]! - scores[a]! || compareIds(candidates[a]!.enterpriseId, candidates[b]!.enterpriseId);
  return bestIndexes(candidates.length, first, before).map((index) => {
    const candidate = candidates[index]!;
    const components = componentsOf(index);
    return {
      enterpriseId: candidate.enterpriseId,
      score: scores[index]!,
      components,
      annualValueToLocalFirms: candidate.annualValueToLocalFirms,
      reasons: candidateReasons(candidate, components, weights),
      facts: candidate,
    };
  });
}

/** The `first` best of indexes 0..count-1 in order, by `before` (negative: a goes first). */
function bestIndexes(count: number, first: number, before: (a: number, b: number) => number): number[] {
  if (first * 8 >= count) {
    return Array.from({ length: count }, (_, index) => index)
      .sort(before)
      .slice(0, first);
  }
  const best: number[] = [];
  for (let index = 0; index < count; index += 1) {
    if (best.length === first && before(index, best[first - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(index, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, index);
    if (best.length > first) best.pop();
  }
  return best;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function logScale(revenue: number | null): number {
  return Math.log1p(Math.max(0, revenue ?? 0));
}

/** The reasons a planner reads, strongest contribution first; a component that adds nothing is not a reason. */
function candidateReasons(candidate: CandidateFacts, components: ScoreComponents, weights: CandidateWeights): Reason[] {
  const reasons: { weight: number; reason: Reason }[] = [];
  if (components.ties > 0) {
    reasons.push({
      weight: weights.ties * components.ties,
      reason: reason('SELLS_TO_LOCAL_FIRMS', { annualValue: candidate.annualValueToLocalFirms, customers: candidate.localCustomerCount }),
    });
  }
  if (components.stature > 0) {
    reasons.push({
      weight: weights.stature * components.stature,
      reason: reason(candidate.leading ? 'LEADING_ENTERPRISE' : 'LISTED_COMPANY', {}),
    });
  }
  if (components.scale > 0 && candidate.revenue) {
    reasons.push({ weight: weights.scale * components.scale, reason: reason('REVENUE', { revenue: candidate.revenue }) });
  }
  if (components.fit > 0) {
    reasons.push({
      weight: weights.fit * components.fit,
      reason: reason('LINKS_ALREADY_PRESENT', { present: candidate.presentLinkCount, links: candidate.linkCount }),
    });
  }
  return reasons.sort((a, b) => b.weight - a.weight).map((entry) => entry.reason);
}
