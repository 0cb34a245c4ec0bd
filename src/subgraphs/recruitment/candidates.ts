import type { CandidateFacts } from '../../domain/candidate-ranking.js';
import type { CandidateContextRecord, LinkFirmRecord } from './repository.js';

/**
 * The candidates of one gap link in one region: every firm of the link but the region's own and those already
 * recruited to it, each with its ties to local firms and its fit (how many of its links the region has).
 */
export function candidatesOfLink(linkFirms: readonly LinkFirmRecord[], context: CandidateContextRecord): CandidateFacts[] {
  const excluded = new Set(context.excludedIds);
  const present = new Set(context.presentLinkIds);
  const ties = new Map(context.ties.map((tie) => [tie.enterpriseId, tie]));
  return linkFirms
    .filter((firm) => !excluded.has(firm.enterpriseId))
    .map((firm) => {
      const tie = ties.get(firm.enterpriseId);
      return {
        enterpriseId: firm.enterpriseId,
        revenue: firm.revenue,
        leading: firm.leading,
        listed: firm.listed,
        annualValueToLocalFirms: tie?.annualValue ?? 0,
        localCustomerCount: tie?.customers ?? 0,
        linkCount: firm.linkIds.length,
        presentLinkCount: firm.linkIds.filter((id) => present.has(id)).length,
      };
    });
}
