/**
 * The gap rules of docs/domain.md as a pure function over plain data: which links of a chain a region is missing
 * (FILL, EXTEND) or holds only weakly (STRENGTHEN). No database here; the Cypher only gathers these facts.
 */

export type GapKind = 'FILL' | 'EXTEND' | 'STRENGTHEN';
export type ChainDirection = 'UPSTREAM' | 'DOWNSTREAM';

export interface ChainLinkFacts {
  id: string;
  name: string;
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
  reasons: string[];
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
  const names = (ids: string[]) => ids.map((id) => byId.get(id)?.name ?? id).join(', ');

  const gaps: ChainGap[] = [];
  for (const link of chain.links) {
    if (present.has(link.id)) {
      const reasons = strengthenReasons(link, options);
      if (reasons.length > 0) gaps.push(gapFor('STRENGTHEN', link, null, [...reasons, ...presenceReasons(link)]));
      continue;
    }
    if (present.size === 0) {
      gaps.push(gapFor('EXTEND', link, null, [`no local firm in ${link.name}, and the region has no link of this chain yet`]));
      continue;
    }
    if (reachesPresent.has(link.id) && reachedFromPresent.has(link.id)) {
      const before = (upstreamOf.get(link.id) ?? []).filter((id) => reachedFromPresent.has(id));
      const after = (downstreamOf.get(link.id) ?? []).filter((id) => reachesPresent.has(id));
      gaps.push(
        gapFor('FILL', link, null, [
          `no local firm in ${link.name}; the chain around it is present (upstream via ${names(before)}, downstream via ${names(after)})`,
        ]),
      );
      continue;
    }
    const distance = distanceToPresent.get(link.id);
    if (distance !== undefined && distance <= options.maxExtendDistance) {
      const direction: ChainDirection = reachesPresent.has(link.id) ? 'UPSTREAM' : 'DOWNSTREAM';
      const presentNeighbours = (neighboursOf.get(link.id) ?? []).filter((id) => present.has(id));
      const where =
        distance === 1
          ? `directly ${direction === 'UPSTREAM' ? 'upstream' : 'downstream'} of ${names(presentNeighbours)}, which the region has`
          : `${distance} links from the nearest link the region has`;
      gaps.push(gapFor('EXTEND', link, direction, [`no local firm in ${link.name}, ${where}`]));
    }
  }
  return { completeness: completenessOf(present.size, chain.links.length), gaps };
}

/** Present links over all links of the chain; 0 for a chain without links. */
export function completenessOf(presentLinks: number, links: number): number {
  return links === 0 ? 0 : presentLinks / links;
}

/**
 * Why a link is present although no firm located in the region works in it, in part or in whole: "1 of 3 firms in
 * Soles through project 'X', operating since 2026-06-03". Empty when no project counts in it.
 */
export function presenceReasons(link: ChainLinkFacts): string[] {
  const projects = link.recruitedThrough ?? [];
  if (projects.length === 0) return [];
  const n = link.localEnterpriseCount;
  const named = projects.map(
    (project) => `'${project.name}'${project.operatingSince ? `, operating since ${project.operatingSince}` : ''}`,
  );
  const through = projects.length === 1 ? `project ${named[0]}` : `projects ${named.join('; ')}`;
  return [`${projects.length} of ${n} firm${n === 1 ? '' : 's'} in ${link.name} through ${through}`];
}

function strengthenReasons(link: ChainLinkFacts, options: GapOptions): string[] {
  const reasons: string[] = [];
  const n = link.localEnterpriseCount;
  if (n < options.minEnterprises) {
    reasons.push(`only ${n} local firm${n === 1 ? '' : 's'} in ${link.name} (fewer than ${options.minEnterprises})`);
  }
  if (options.requireLeading && link.localLeadingCount === 0) reasons.push(`no local leading firm in ${link.name}`);
  const dependency = externalDependencyOf(link);
  if (dependency !== null && dependency > options.maxExternalDependency) {
    reasons.push(
      `local firms buy ${Math.round(dependency * 100)}% of their ${link.name} from outside the region (more than ${Math.round(options.maxExternalDependency * 100)}%)`,
    );
  }
  return reasons;
}

function gapFor(kind: GapKind, link: ChainLinkFacts, direction: ChainDirection | null, reasons: string[]): ChainGap {
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
