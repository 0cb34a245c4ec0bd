import type { CandidateFacts, RankedCandidate } from '../../../domain/candidate-ranking.js';
import type { CandidateContextRecord, LinkFirmRecord } from './repository.js';

/** A candidate's facts with its names, which the API hands out with it (`@provides`). */
export interface NamedCandidateFacts extends CandidateFacts {
  name: string;
  nameZh: string | null;
}

export type RankedCandidateRecord = RankedCandidate<NamedCandidateFacts>;

/** The region's side of an analysis's candidates, ready for lookups. */
export interface CandidateContext {
  /** The region's own firms of the gap links. */
  local: ReadonlySet<string>;
  present: ReadonlySet<string>;
  /** Per outside firm: what it sells to local firms a year, and to how many of them. */
  ties: ReadonlyMap<string, { annualValue: number; customers: number }>;
}

export function candidateContext(record: CandidateContextRecord): CandidateContext {
  const sums = new Map<string, { annualValue: number; customers: Set<string> }>();
  for (const supply of record.supplies) {
    const sum = sums.get(supply.supplierId) ?? { annualValue: 0, customers: new Set<string>() };
    sum.annualValue += supply.annualValue;
    sum.customers.add(supply.customerId);
    sums.set(supply.supplierId, sum);
  }
  return {
    local: new Set(record.localLinkFirmIds),
    present: new Set(record.presentLinkIds),
    ties: new Map([...sums].map(([id, sum]) => [id, { annualValue: sum.annualValue, customers: sum.customers.size }])),
  };
}

/**
 * The candidates of one gap link in one region: every firm of the link but the region's own, each with its ties to
 * local firms and its fit (how many of its links the region has). Firms already recruited to the region are taken
 * out by the caller: they change with the pipeline, these facts only with an import.
 */
export function candidatesOfLink(linkFirms: readonly LinkFirmRecord[], context: CandidateContext): NamedCandidateFacts[] {
  return linkFirms
    .filter((firm) => !context.local.has(firm.enterpriseId))
    .map((firm) => {
      const tie = context.ties.get(firm.enterpriseId);
      return {
        enterpriseId: firm.enterpriseId,
        name: firm.name,
        nameZh: firm.nameZh,
        revenue: firm.revenue,
        leading: firm.leading,
        listed: firm.listed,
        annualValueToLocalFirms: tie?.annualValue ?? 0,
        localCustomerCount: tie?.customers ?? 0,
        linkCount: firm.linkIds.length,
        presentLinkCount: firm.linkIds.filter((id) => context.present.has(id)).length,
      };
    });
}
