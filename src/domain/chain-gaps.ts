/**
 * The gap rules of docs/domain.md as a pure function over plain data: which links of a chain a region is missing
 * (FILL, EXTEND) or holds only weakly (STRENGTHEN). No database here; the Cypher only gathers these facts.
 */
import { reason, type Named, type Reason } from './reasons.js';

export type GapKind = 'FILL' | 'EXTEND' | 'STRENGTHEN';
export type ChainDirection = 'UPSTREAM' | 'DOWNSTREAM';

export interface ChainLinkFacts {
  id: string;
  name: string;
  nameZh?: string | null;
  /** Local firms operating in the link: n(l). */
  localEnterpriseCount: number;
  /** How many of them are leading firms. */
  localLeadingCount: number;
  /** Sum of annualValue of SUPPLIES in this link whose customer is local: localDemand(l). */
  localDemand: number;
  /** The part of `localDemand` whose supplier is not local. */
  externalSupply: number;
  /** The OPERATING projects through which some of the local firms count (their firm is located elsewhere). */
  recruitedThrough?: readonly RecruitedProject[];
}

/** A project whose firm counts as local because it is OPERATING in the region (docs/domain.md). */
export interface RecruitedProject {
  id: string;
  name: string;
  /** ISO date it moved to OPERATING. */
  operatingSince: string | null;
}

export interface ChainFacts {
  links: ChainLinkFacts[];
  feeds: readonly { from: string; to: string }[];
}

export interface GapOptions {
  minEnterprises: number;
  maxExternalDependency: number;
  maxExtendDistance: number;
  requireLeading: boolean;
}

export const DEFAULT_GAP_OPTIONS: GapOptions = {
  minEnterprises: 3,
  maxExternalDependency: 0.5,
  maxExtendDistance: 1,
  requireLeading: true,
};

export interface ChainGap {
  kind: GapKind;
  linkId: string;
  direction: ChainDirection | null;
  localEnterpriseCount: number;
  /** Null when local firms buy nothing in this link (no supply data). */
  externalDependency: number | null;
  localDemand: number;
  reasons: Reason[];
}

export interface ChainGapAnalysis {
  completeness: number;
  gaps: ChainGap[];
}

/** Fewest steps from each link to any link in `targets`, following `next`; links that cannot get there are absent. */
function distancesTo(targets: Set<string>, next: Map<string, string[]>): Map<string, number> {
  const distance = new Map<string, number>([...targets].map((id) => [id, 0]));
  let frontier = [...targets];
  for (let step = 1; frontier.length > 0; step += 1) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const neighbour of next.get(id) ?? []) {
        if (!distance.has(neighbour)) {
          distance.set(neighbour, step);
          following.push(neighbour);
        }
      }
    }
    frontier = following;
  }
  return distance;
}

export function externalDependencyOf(link: ChainLinkFacts): number | null {
  return link.localDemand > 0 ? link.externalSupply / link.localDemand : null;
}

/**
 * The local supply rate (本地配套率) of the links: of what local firms buy in them, by annual value, the share bought
 * from local firms — for one link 1 − its external dependency, for a chain its links' rates weighted by their local
 * demand; null when local firms buy nothing in them.
 */
export function localSupplyShareOf(links: readonly Pick<ChainLinkFacts, 'localDemand' | 'externalSupply'>[]): number | null {
  const demand = links.reduce((total, link) => total + link.localDemand, 0);
  if (demand <= 0) return null;
  return (demand - links.reduce((total, link) => total + link.externalSupply, 0)) / demand;
}

export function findChainGaps(chain: ChainFacts, options: GapOptions = DEFAULT_GAP_OPTIONS): ChainGapAnalysis {
  const byId = new Map(chain.links.map((link) => [link.id, link]));
  const present = new Set(chain.links.filter((link) => link.localEnterpriseCount >= 1).map((link) => link.id));
  const downstreamOf = new Map<string, string[]>();
  const upstreamOf = new Map<string, string[]>();
  const neighboursOf = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const { from, to } of chain.feeds) {
    add(downstreamOf, from, to);
    add(upstreamOf, to, from);
    add(neighboursOf, from, to);
    add(neighboursOf, to, from);
  }
  // A link "reaches" a present link when one lies downstream of it; it "is reached" when one lies upstream.
  const reachesPresent = distancesTo(present, upstreamOf);
  const reachedFromPresent = distancesTo(present, downstreamOf);
  // EXTEND distance: FEEDS walked in either direction.
  const distanceToPresent = distancesTo(present, neighboursOf);
  const named = (ids: string[]): Named[] => ids.map((id) => namedLink(byId.get(id) ?? { name: id }));

  const gaps: ChainGap[] = [];
  for (const link of chain.links) {
    if (present.has(link.id)) {
      const reasons = strengthenReasons(link, options);
      if (reasons.length > 0) gaps.push(gapFor('STRENGTHEN', link, null, [...reasons, ...presenceReasons(link)]));
      continue;
    }
    if (present.size === 0) {
      gaps.push(gapFor('EXTEND', link, null, [reason('NO_LINK_OF_CHAIN_YET', { link: namedLink(link) })]));
      continue;
    }
    if (reachesPresent.has(link.id) && reachedFromPresent.has(link.id)) {
      const before = (upstreamOf.get(link.id) ?? []).filter((id) => reachedFromPresent.has(id));
      const after = (downstreamOf.get(link.id) ?? []).filter((id) => reachesPresent.has(id));
      gaps.push(
        gapFor('FILL', link, null, [
          reason('MISSING_BETWEEN_PRESENT', { link: namedLink(link), upstream: named(before), downstream: named(after) }),
        ]),
      );
      continue;
    }
    const distance = distanceToPresent.get(link.id);
    if (distance !== undefined && distance <= options.maxExtendDistance) {
      const direction: ChainDirection = reachesPresent.has(link.id) ? 'UPSTREAM' : 'DOWNSTREAM';
      const presentNeighbours = (neighboursOf.get(link.id) ?? []).filter((id) => present.has(id));
      const why =
        distance === 1
          ? reason('MISSING_NEXT_TO_PRESENT', { link: namedLink(link), direction, neighbours: named(presentNeighbours) })
          : reason('MISSING_NEAR_PRESENT', { link: namedLink(link), distance });
      gaps.push(gapFor('EXTEND', link, direction, [why]));
    }
  }
  return { completeness: completenessOf(present.size, chain.links.length), gaps };
}

/** Present links over all links of the chain; 0 for a chain without links. */
export function completenessOf(presentLinks: number, links: number): number {
  return links === 0 ? 0 : presentLinks / links;
}

const namedLink = (link: { name: string; nameZh?: string | null }): Named => ({ name: link.name, nameZh: link.nameZh ?? null });

/**
 * Why a link is present although no firm located in the region works in it, in part or in whole: "1 of 3 firms in
 * Soles through project 'X', operating since 2026-06-03". Empty when no project counts in it.
 */
export function presenceReasons(link: ChainLinkFacts): Reason[] {
  const projects = link.recruitedThrough ?? [];
  if (projects.length === 0) return [];
  return [
    reason('PRESENT_THROUGH_PROJECTS', {
      link: namedLink(link),
      firms: link.localEnterpriseCount,
      projects: projects.map(({ name, operatingSince }) => ({ name, operatingSince })),
    }),
  ];
}

function strengthenReasons(link: ChainLinkFacts, options: GapOptions): Reason[] {
  const reasons: Reason[] = [];
  if (link.localEnterpriseCount < options.minEnterprises) {
    reasons.push(reason('FEW_LOCAL_FIRMS', { link: namedLink(link), firms: link.localEnterpriseCount, minimum: options.minEnterprises }));
  }
  if (options.requireLeading && link.localLeadingCount === 0) reasons.push(reason('NO_LOCAL_LEADING_FIRM', { link: namedLink(link) }));
  const dependency = externalDependencyOf(link);
  if (dependency !== null && dependency > options.maxExternalDependency) {
    reasons.push(reason('BOUGHT_FROM_OUTSIDE', { link: namedLink(link), share: dependency, maximum: options.maxExternalDependency }));
  }
  return reasons;
}

function gapFor(kind: GapKind, link: ChainLinkFacts, direction: ChainDirection | null, reasons: Reason[]): ChainGap {
  return {
    kind,
    linkId: link.id,
    direction,
    localEnterpriseCount: link.localEnterpriseCount,
    externalDependency: externalDependencyOf(link),
    localDemand: link.localDemand,
    reasons,
  };
}

export type LinkState = 'PRESENT' | 'WEAK' | 'MISSING';

/** A link's colour on the investment map: missing, present but weak (a STRENGTHEN gap), or present. */
export function linkStateOf(link: ChainLinkFacts, gap: ChainGap | undefined): LinkState {
  if (link.localEnterpriseCount === 0) return 'MISSING';
  return gap?.kind === 'STRENGTHEN' ? 'WEAK' : 'PRESENT';
}
